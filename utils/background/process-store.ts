/**
 * Process object kinds (user or order) per school, learned from the settings page, because the
 * process editor does not show it (fact sheet C.5) and the «Вызвать URL» checks depend on it.
 */
import { browser } from 'wxt/browser';

type Kind = 'user' | 'deal';
const MAX_REMEMBERED = 2000;
const keyFor = (host: string) => `process-kinds:${host}`;

/** Stores `kind` when given; returns what is known for the process. */
export async function processKind(host: string, processId: string, kind?: Kind): Promise<Kind | null> {
  const stored = (await browser.storage.local.get(keyFor(host)))[keyFor(host)];
  const known: Record<string, Kind> = stored && typeof stored === 'object' ? (stored as Record<string, Kind>) : {};
  if (kind && known[processId] !== kind) {
    delete known[processId]; // re-insert last: the oldest entries are the first dropped
    known[processId] = kind;
    const entries = Object.entries(known).slice(-MAX_REMEMBERED);
    await browser.storage.local.set({ [keyFor(host)]: Object.fromEntries(entries) });
  }
  return known[processId] === 'user' || known[processId] === 'deal' ? known[processId] : null;
}
