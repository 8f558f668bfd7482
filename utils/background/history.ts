/**
 * The last 100 test requests per school (issue 6): webhook calls and test imports, newest first,
 * in storage.local (nothing secret: an entry has the target and what came back, never a key).
 */
import { HISTORY_LIMIT, historyOf, type HistoryEntry } from '../storage/items';

export async function recordRequest(host: string, entry: Omit<HistoryEntry, 'id' | 'at'>, at = Date.now()): Promise<HistoryEntry> {
  const full: HistoryEntry = { id: crypto.randomUUID(), at, ...entry };
  await historyOf(host).update((list) => [full, ...list].slice(0, HISTORY_LIMIT));
  return full;
}

export function listHistory(host: string): Promise<HistoryEntry[]> {
  return historyOf(host).get();
}

export async function clearHistory(host: string): Promise<void> {
  await historyOf(host).remove();
}
