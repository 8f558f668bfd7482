/**
 * API keys the admin asked to remember across browser restarts, in the extension origin's
 * IndexedDB. Not storage.local: content scripts can read that area. Content scripts run in the
 * page's origin, so the `indexedDB` they see is the page's, never this one. The database's own
 * version (`onupgradeneeded`) versions its layout; storage migrations do not touch it.
 */
import { z } from 'zod';
import { apiKeySchema } from './items';

const DATABASE = 'gc-albato-helper';
const STORE = 'remembered-keys';
const rememberedKey = z.object({ schoolId: z.string(), key: apiKeySchema });

function openVault(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STORE, { keyPath: 'schoolId' }));
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB open failed')));
    request.addEventListener('blocked', () => reject(new Error('IndexedDB open blocked')));
  });
}

/** One transaction; resolves when it has committed, so a stop right after loses nothing. */
async function withStore<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
  const db = await openVault();
  try {
    return await new Promise<R>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.addEventListener('complete', () => resolve(request.result));
      transaction.addEventListener('error', () => reject(transaction.error ?? new Error('IndexedDB transaction failed')));
      transaction.addEventListener('abort', () => reject(transaction.error ?? new Error('IndexedDB transaction aborted')));
    });
  } finally {
    db.close(); // no connection kept in a global: the worker may stop at any moment
  }
}

/** The remembered key, or null (none, or a damaged record). */
export async function vaultGet(schoolId: string): Promise<string | null> {
  const parsed = rememberedKey.safeParse(await withStore('readonly', (store) => store.get(schoolId)));
  return parsed.success ? parsed.data.key : null;
}

/** The remembered keys of `schoolIds` in one read (one open, one transaction); missing or damaged ones are left out. */
export async function vaultGetMany(schoolIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(schoolIds);
  const records = await withStore('readonly', (store) => store.getAll());
  const found = new Map<string, string>();
  for (const record of records) {
    const parsed = rememberedKey.safeParse(record);
    if (parsed.success && wanted.has(parsed.data.schoolId)) found.set(parsed.data.schoolId, parsed.data.key);
  }
  return found;
}

export async function vaultPut(schoolId: string, key: string): Promise<void> {
  await withStore('readwrite', (store) => store.put(rememberedKey.parse({ schoolId, key })));
}

export async function vaultDelete(schoolId: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(schoolId));
}

export async function vaultClear(): Promise<void> {
  await withStore('readwrite', (store) => store.clear());
}

/** School ids with a remembered key (for tests and for cleaning up orphans). */
export async function vaultSchoolIds(): Promise<string[]> {
  const keys = await withStore('readonly', (store) => store.getAllKeys());
  return keys.map(String);
}
