/**
 * What the «Вызвать URL» checks need to know about a school and cannot read in the process editor
 * (fact sheet C.5): each process's object kind (user or order), learned from its settings page,
 * and the school's custom-field titles per kind, learned from the custom-field pages.
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

type Fields = { user: string[] | null; deal: string[] | null };
const fieldsKey = (host: string) => `school-fields:${host}`;

/** Stores the titles of one kind when given; returns what is known (null: that page not seen yet). */
export async function schoolFields(host: string, context?: Kind, titles?: string[]): Promise<Fields> {
  const stored = (await browser.storage.local.get(fieldsKey(host)))[fieldsKey(host)] as Partial<Fields> | undefined;
  const known: Fields = { user: Array.isArray(stored?.user) ? stored.user : null, deal: Array.isArray(stored?.deal) ? stored.deal : null };
  if (context && titles) {
    known[context] = titles;
    await browser.storage.local.set({ [fieldsKey(host)]: known });
  }
  return known;
}
