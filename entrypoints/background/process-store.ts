/**
 * What the «Вызвать URL» checks need to know about a school and cannot read in the process editor
 * (fact sheet C.5, R.2): each process's object kind (user or order), told by a page that shows it
 * or read from GetCourse's processes-by-type list (process-kinds-remote.ts), and the school's
 * custom-field titles per kind, learned from the custom-field pages (and the connection check).
 * Both are page-learned: held to the page-data budget (page-data.ts).
 */
import { FIELD_TITLE_MAX, FIELDS_PER_CONTEXT_MAX, PROCESS_KINDS_MAX } from '@/utils/page-data-limits';
import { processKindsOf, schoolFieldsOf } from './storage/items';
import { newestThatFit, readPageData, writePageData, type PageDataWrite } from './page-data';
import type { ProcessKind } from '@/utils/process-url';

type Kinds = Record<string, { kind: ProcessKind; seenAt: number }>;

/** By seenAt, not key order: integer-like keys enumerate in numeric order, not insertion order. */
const newestKinds = (known: Kinds): Kinds =>
  Object.fromEntries(
    Object.entries(known)
      .sort(([, a], [, b]) => b.seenAt - a.seenAt)
      .slice(0, PROCESS_KINDS_MAX),
  );

/** Stores `kind` when given; returns what is known for the process. */
export async function processKind(host: string, processId: string, kind?: ProcessKind, now = Date.now()): Promise<ProcessKind | null> {
  if (!kind) return (await readPageData(processKindsOf, host, now))[processId]?.kind ?? null;
  const written = await writePageData(
    processKindsOf,
    host,
    (known) => {
      if (known[processId]?.kind === kind) return undefined;
      known[processId] = { kind, seenAt: now };
      return newestKinds(known);
    },
    { now, fit: newestThatFit },
  );
  return written.value[processId]?.kind ?? null;
}

/** Many kinds at once (a list GetCourse gave), in one write; the oldest drop first past the limit. */
export async function rememberProcessKinds(host: string, kinds: Record<string, ProcessKind>, now = Date.now()): Promise<void> {
  if (Object.keys(kinds).length === 0) return;
  await writePageData(
    processKindsOf,
    host,
    (known) => {
      for (const [processId, kind] of Object.entries(kinds)) known[processId] = { kind, seenAt: now };
      return newestKinds(known);
    },
    { now, fit: newestThatFit },
  );
}

type Fields = { user: string[] | null; deal: string[] | null };

/**
 * Stores the titles of one kind, at most FIELDS_PER_CONTEXT_MAX of FIELD_TITLE_MAX characters (a
 * page's message is refused beyond that; GetCourse's own API answer is cut). A list that does not
 * fit in the school's share is refused whole: titles have no age to drop the oldest by.
 */
export function rememberSchoolFields(
  host: string,
  context: ProcessKind,
  titles: string[],
  now = Date.now(),
): Promise<PageDataWrite<Fields>> {
  const kept = titles.slice(0, FIELDS_PER_CONTEXT_MAX).map((title) => title.slice(0, FIELD_TITLE_MAX));
  return writePageData(schoolFieldsOf, host, (known) => ({ ...known, [context]: kept }), { now });
}

/** Stores the titles of one kind when given; returns what is known (null: that page not seen yet). */
export async function schoolFields(host: string, context?: ProcessKind, titles?: string[]): Promise<Fields> {
  if (!context || !titles) return readPageData(schoolFieldsOf, host);
  return (await rememberSchoolFields(host, context, titles)).value;
}
