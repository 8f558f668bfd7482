/**
 * What the «Вызвать URL» checks need to know about a school and cannot read in the process editor
 * (fact sheet C.5): each process's object kind (user or order), learned from its settings page,
 * and the school's custom-field titles per kind, learned from the custom-field pages.
 */
import { processKindsOf, schoolFieldsOf } from '../storage/items';

type Kind = 'user' | 'deal';
const MAX_REMEMBERED = 2000;

/** Stores `kind` when given; returns what is known for the process. */
export async function processKind(host: string, processId: string, kind?: Kind, now = Date.now()): Promise<Kind | null> {
  const item = processKindsOf(host);
  if (!kind) return (await item.get())[processId]?.kind ?? null;
  const known = await item.update((known) => {
    if (known[processId]?.kind === kind) return undefined;
    known[processId] = { kind, seenAt: now };
    // By seenAt, not key order: integer-like keys enumerate in numeric order, not insertion order.
    const kept = Object.entries(known).sort(([, a], [, b]) => b.seenAt - a.seenAt).slice(0, MAX_REMEMBERED);
    return Object.fromEntries(kept);
  });
  return known[processId]?.kind ?? null;
}

type Fields = { user: string[] | null; deal: string[] | null };

/** Stores the titles of one kind when given; returns what is known (null: that page not seen yet). */
export async function schoolFields(host: string, context?: Kind, titles?: string[]): Promise<Fields> {
  const item = schoolFieldsOf(host);
  if (!context || !titles) return item.get();
  return item.update((known) => ({ ...known, [context]: titles }));
}
