/**
 * The last 100 test requests per school (issue 6): webhook calls and test imports, newest first,
 * in storage.local (nothing secret: an entry has the target and what came back, never a key).
 */
import type { HistoryNotKept } from '@/utils/problem';
import { HISTORY_LIMIT, historyOf, type HistoryEntry } from './storage/items';

export async function recordRequest(host: string, entry: Omit<HistoryEntry, 'id' | 'at'>, at = Date.now()): Promise<HistoryEntry> {
  const full: HistoryEntry = { id: crypto.randomUUID(), at, ...entry };
  await historyOf(host).update((list) => [full, ...list].slice(0, HISTORY_LIMIT));
  return full;
}

/**
 * Keeps a request that already went out, without ever throwing: its answer must reach the admin
 * whatever storage does (an import is not safe to repeat). Null when kept; otherwise why not.
 */
export async function keepInHistory(host: string, entry: Omit<HistoryEntry, 'id' | 'at'>): Promise<HistoryNotKept | null> {
  try {
    await recordRequest(host, entry);
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'storage-full' : 'storage-failed';
  }
}

/**
 * Chrome rejects a write past storage.local's 10 MiB with "Resource::kQuotaBytes quota exceeded"
 * (Chromium 156; "QUOTA_BYTES quota exceeded" in older versions); Firefox's IndexedDB-backed
 * storage with a QuotaExceededError.
 */
export function isQuotaError(error: unknown): boolean {
  const { name = '', message = '' } = error instanceof Error ? error : { message: String(error) };
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

export function listHistory(host: string): Promise<HistoryEntry[]> {
  return historyOf(host).get();
}

export async function clearHistory(host: string): Promise<void> {
  await historyOf(host).remove();
}
