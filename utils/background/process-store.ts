/**
 * What the «Вызвать URL» checks need to know about a school and cannot read in the process editor
 * (fact sheet C.5, R.2): each process's object kind (user or order), told by a page that shows it
 * or read from GetCourse's processes-by-type list (process-kinds-remote.ts), and the school's
 * custom-field titles per kind, learned from the custom-field pages.
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

/** Many kinds at once (a list GetCourse gave), in one write; the oldest drop first past the limit. */
export async function rememberProcessKinds(host: string, kinds: Record<string, Kind>, now = Date.now()): Promise<void> {
  if (Object.keys(kinds).length === 0) return;
  await processKindsOf(host).update((known) => {
    for (const [processId, kind] of Object.entries(kinds)) known[processId] = { kind, seenAt: now };
    return Object.fromEntries(Object.entries(known).sort(([, a], [, b]) => b.seenAt - a.seenAt).slice(0, MAX_REMEMBERED));
  });
}

type Fields = { user: string[] | null; deal: string[] | null };

/** Stores the titles of one kind when given; returns what is known (null: that page not seen yet). */
export async function schoolFields(host: string, context?: Kind, titles?: string[]): Promise<Fields> {
  const item = schoolFieldsOf(host);
  if (!context || !titles) return item.get();
  return item.update((known) => ({ ...known, [context]: titles }));
}
