/**
 * Storage layout versions. Layout 1 is everything stored before versioning existed. Each migration
 * is written against the raw shapes of its time (not today's schemas, which will move on), must
 * tolerate data it does not recognise, and must be safe to run again if the worker was stopped
 * halfway (the version is recorded only after it finishes).
 *
 * storage.session needs no migrations: browsers empty it when the extension is updated or
 * reloaded, and when the browser stops.
 */
import { rawGet, rawRemove, rawSet } from './raw';

export interface Migration {
  /** the layout version this migration produces; the list runs in ascending order */
  to: number;
  why: string;
  run(): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: `process-kinds:<host>` was `{ [processId]: kind }`, relying on insertion order to drop
 * the oldest entries; but process ids are integer-like keys, which JavaScript enumerates in numeric
 * order, so the lowest ids were dropped instead. Each entry now carries `seenAt`. Entries of
 * unknown age get 0: they are the first to go.
 */
export const processKindsWithSeenAt: Migration = {
  to: 2,
  why: 'process kinds carry seenAt, so the oldest (not the lowest id) are dropped first',
  async run() {
    const everything = await rawGet('local', null);
    const updates: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(everything)) {
      if (!key.startsWith('process-kinds:') || !isRecord(value)) continue;
      const converted: Record<string, unknown> = {};
      for (const [processId, entry] of Object.entries(value)) {
        if (entry === 'user' || entry === 'deal') converted[processId] = { kind: entry, seenAt: 0 };
        else if (isRecord(entry)) converted[processId] = entry; // already layout 2 (a repeated run)
      }
      updates[key] = converted;
    }
    if (Object.keys(updates).length) await rawSet('local', updates);
  },
};

// Layout 3's rule for a school's host (utils/school.ts `isHostName`), copied: a later rule must not change what this step did.
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;

/** The host of an origin whose host name has `*` or another character no host name has; null for any other value. */
function unplainHost(origin: unknown): string | null {
  if (typeof origin !== 'string') return null;
  try {
    const url = new URL(origin);
    return PLAIN_HOST.test(url.hostname) ? null : url.host;
  } catch {
    return null;
  }
}

/**
 * 2 → 3: a school's address may no longer have `*` or another character no host name has. Earlier
 * versions saved `https://*.example.com`, which asks the browser for every subdomain (own domains
 * are granted one at a time). Today's schema refuses such an address, and one school it refuses
 * makes the whole list read as empty, so such a school is forgotten here with what is stored for
 * it: its key (session and remembered), last check, history and export counts (page-learned data
 * is only ever kept for a page's real host, never a wildcard one). A kept school whose
 * `keyDroppedFrom` note names such an address loses the note. Its data goes before the list
 * changes, so a stop halfway finds the same schools again.
 */
export const schoolsWithPlainHosts: Migration = {
  to: 3,
  why: 'a school address with a wildcard (or another character no host name has) is refused; such schools are forgotten',
  async run() {
    const { schools } = await rawGet('local', ['schools']);
    if (!Array.isArray(schools)) return;
    const dropped = schools.filter((school) => isRecord(school) && unplainHost(school.origin) !== null) as Record<string, unknown>[];
    const noted = schools.filter((school) => isRecord(school) && unplainHost(school.keyDroppedFrom) !== null);
    if (!dropped.length && !noted.length) return;
    const ids = dropped.map((school) => school.id).filter((id) => typeof id === 'string');
    const hosts = dropped.map((school) => unplainHost(school.origin)!);
    await rawRemove(
      'session',
      ids.map((id) => `school-key:${id}`),
    );
    await deleteRememberedKeys(ids);
    await rawRemove('local', [
      ...ids.map((id) => `last-check:${id}`),
      ...hosts.flatMap((host) => [`history:${host}`, `export-calls:${host}`]),
    ]);
    const kept = schools
      .filter((school) => !dropped.includes(school))
      .map((school) => {
        if (!noted.includes(school)) return school;
        const { keyDroppedFrom: _gone, ...rest } = school as Record<string, unknown>;
        return rest;
      });
    await rawSet('local', { schools: kept });
  },
};

/**
 * Removes remembered keys from the extension origin's IndexedDB: the vault's database and store as
 * of layout 3 (storage/key-vault.ts, not imported: it reads items.ts, which runs the migrations).
 * Best effort: a vault that cannot be opened holds nothing reachable, since a key is only read for
 * a saved school, and a failure here must not keep the rest of storage from being read.
 */
async function deleteRememberedKeys(ids: string[]): Promise<void> {
  if (!ids.length || typeof indexedDB === 'undefined') return;
  try {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gc-albato-helper', 1);
      request.addEventListener('upgradeneeded', () => request.result.createObjectStore('remembered-keys', { keyPath: 'schoolId' }));
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB open failed')));
      request.addEventListener('blocked', () => reject(new Error('IndexedDB open blocked')));
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('remembered-keys', 'readwrite');
        for (const id of ids) transaction.objectStore('remembered-keys').delete(id);
        transaction.addEventListener('complete', () => resolve());
        transaction.addEventListener('error', () => reject(transaction.error ?? new Error('IndexedDB transaction failed')));
        transaction.addEventListener('abort', () => reject(transaction.error ?? new Error('IndexedDB transaction aborted')));
      });
    } finally {
      db.close();
    }
  } catch {
    // see above: nothing reads a key of a school that is not saved
  }
}

export const MIGRATIONS: readonly Migration[] = [processKindsWithSeenAt, schoolsWithPlainHosts];

export const latestVersion = (migrations: readonly Migration[]): number => Math.max(1, ...migrations.map((m) => m.to));
