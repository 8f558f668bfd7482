/**
 * A process's object kind (users or orders) where no page shows it. The editor does not, and the
 * settings page's object-type select was NOT FOUND on real pages (fact sheet R.2: only
 * /pl/tasks/mission/create has it). GetCourse lists a school's processes by type as JSON,
 * `/pl/tasks/mission/find-by-type?objectTypeId=41|42` (C.2, R.2), and the background reads that
 * list: it already talks to the school, and content scripts have no network (README, Decisions).
 * It asks only when the process editor asks about a process it does not know, only where the
 * extension has the school's host, with the admin's session cookies (the list is an admin page,
 * like the rights check's), reads only ids, and remembers every kind it learns.
 *
 * What asks is the page, not the admin: the editor asks on every load and on every address change
 * without reload (WXT's location watcher re-runs the features), so a school's own script could turn
 * `history.pushState` through unknown ids into cookie-bearing requests (issue 20: 400 ids over two
 * loads made 758). Hence the lists are read at most once per school per KIND_LOOKUP_INTERVAL_MS,
 * however many pages, tabs or ids ask (README, Security).
 */
import { browser } from 'wxt/browser';
import { permissionPattern } from '@/utils/call-url-request';
import { detectPage } from '@/utils/page-detect';
import { processIdsOf } from './process-kind-list';
import type { SchoolAddress } from '@/utils/school';
import { fetchAnswer } from './fetch-answer';
import { processKind, rememberProcessKinds } from './process-store';
import type { ProcessKind } from '@/utils/process-url';

/** ref C.2: 41 users, 42 orders (R.2 adds 58 purchases and 27 calls, which «Вызвать URL» checks do not cover). */
const OBJECT_TYPES: readonly (readonly [number, ProcessKind])[] = [
  [41, 'user'],
  [42, 'deal'],
];
export const KIND_LIST_TIMEOUT_MS = 5_000;

/**
 * At most one read of the two lists per school in this window. A process created meanwhile is the
 * case it costs: the admin who opened one editor, then creates a process and opens its editor
 * within the window, sees the editor's «kind unknown» note (only the cost-with-currency check runs,
 * Test this URL guesses the kind from the URL's variables) until a reload after the window reads
 * the lists again (a settings page that shows the object type still tells it at once). 10 minutes
 * keeps that wait short for an admin setting up a new process, and a page's worst case at 12 pairs
 * of requests an hour per school instead of one pair per pushState.
 */
export const KIND_LOOKUP_INTERVAL_MS = 10 * 60_000;

/**
 * The last read per school host: when it started and what it found (empty when nothing was
 * readable); a read in flight is shared the same way (both editor features ask at once). In memory
 * only, like the click tokens: a worker that restarts forgets it, and the first unknown id after
 * that reads the lists again. A page cannot restart the worker; it can only wait until the browser
 * stops an idle one (Chromium: 30 s without events), so the worst a patient page gets is one pair
 * per such wait (the worker stays up while the page keeps asking), not one per navigation.
 * The kinds found are remembered in storage as well.
 */
const lastLookups = new Map<string, { startedAt: number; kinds: Promise<Record<string, ProcessKind>> }>();

/** A worker starting afresh has read nothing yet (module state survives only in tests). */
export function forgetKindLookups(): void {
  lastLookups.clear();
}

/**
 * The kind a page told (`told`, stored), or the one known; for the process editor, an unknown
 * process makes the background read GetCourse's lists, at most once per school per interval.
 */
export async function processKindFor(
  school: SchoolAddress,
  senderUrl: string,
  processId: string,
  told?: ProcessKind,
): Promise<ProcessKind | null> {
  if (told) return processKind(school.host, processId, told);
  const known = await processKind(school.host, processId);
  if (known || detectPage(senderUrl) !== 'process-editor') return known;
  // Checked before the bound: without the host nothing is sent, and a grant must not wait out a window.
  if (!(await browser.permissions.contains({ origins: [permissionPattern(school.origin)] }))) return null;
  const kinds = await boundedLookup(school);
  return (Object.hasOwn(kinds, processId) ? kinds[processId] : undefined) ?? processKind(school.host, processId);
}

/** The lists as last read for this school, read again only once the interval has passed since. */
function boundedLookup(school: SchoolAddress, now = Date.now()): Promise<Record<string, ProcessKind>> {
  const last = lastLookups.get(school.host);
  if (last && now - last.startedAt < KIND_LOOKUP_INTERVAL_MS) return last.kinds;
  const kinds = readKindLists(school.origin).then(async (read) => {
    // Kept in memory even when storage refuses them (page-data budget, quota): the window still holds.
    await rememberProcessKinds(school.host, read).catch(() => undefined);
    return read;
  });
  lastLookups.set(school.host, { startedAt: now, kinds });
  return kinds;
}

/** Process id → kind from both lists; an id in both is left out (it cannot be both). */
async function readKindLists(origin: string): Promise<Record<string, ProcessKind>> {
  const lists = await Promise.all(
    OBJECT_TYPES.map(async ([type, kind]) => {
      const fetched = await fetchAnswer(
        `${origin}/pl/tasks/mission/find-by-type?objectTypeId=${type}`,
        { method: 'GET', headers: { accept: 'application/json' } },
        { timeoutMs: KIND_LIST_TIMEOUT_MS, withCookies: true },
      );
      const ids = fetched.ok && fetched.answer.status === 200 ? processIdsOf(fetched.answer.body) : null;
      return { kind, ids: ids ?? [] };
    }),
  );
  const kinds: Record<string, ProcessKind> = {};
  const both = new Set<string>();
  for (const { kind, ids } of lists) {
    for (const id of ids) {
      if (kinds[id] && kinds[id] !== kind) both.add(id);
      kinds[id] = kind;
    }
  }
  for (const id of both) delete kinds[id];
  return kinds;
}
