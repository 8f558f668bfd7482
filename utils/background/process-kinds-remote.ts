/**
 * A process's object kind (users or orders) where no page shows it. The editor does not, and the
 * settings page's object-type select was NOT FOUND on real pages (fact sheet R.2: only
 * /pl/tasks/mission/create has it). GetCourse lists a school's processes by type as JSON,
 * `/pl/tasks/mission/find-by-type?objectTypeId=41|42` (C.2, R.2), and the background reads that
 * list: it already talks to the school, and content scripts have no network (README, Decisions).
 * It asks only when the process editor asks about a process it does not know, only where the
 * extension has the school's host, with the admin's session cookies (the list is an admin page,
 * like the rights check's), reads only ids, and remembers every kind it learns.
 */
import { browser } from 'wxt/browser';
import { permissionPattern } from '../call-url-request';
import { detectPage } from '../page-detect';
import { processIdsOf } from '../process-kind-list';
import type { SchoolAddress } from '../school';
import { fetchAnswer } from './fetch-answer';
import { processKind, rememberProcessKinds } from './process-store';

type Kind = 'user' | 'deal';

/** ref C.2: 41 users, 42 orders (R.2 adds 58 purchases and 27 calls, which «Вызвать URL» checks do not cover). */
const OBJECT_TYPES: readonly (readonly [number, Kind])[] = [
  [41, 'user'],
  [42, 'deal'],
];
export const KIND_LIST_TIMEOUT_MS = 5_000;

/** One look-up per school at a time (both editor features ask at once). Work in progress only. */
const running = new Map<string, Promise<void>>();

/**
 * The kind a page told (`told`, stored), or the one known; for the process editor, an unknown
 * process makes the background read GetCourse's lists once.
 */
export async function processKindFor(school: SchoolAddress, senderUrl: string, processId: string, told?: Kind): Promise<Kind | null> {
  if (told) return processKind(school.host, processId, told);
  const known = await processKind(school.host, processId);
  if (known || detectPage(senderUrl) !== 'process-editor') return known;
  let lookup = running.get(school.host);
  if (!lookup) {
    lookup = readKindLists(school.origin)
      .then((kinds) => (kinds ? rememberProcessKinds(school.host, kinds) : undefined))
      .finally(() => running.delete(school.host));
    running.set(school.host, lookup);
  }
  await lookup;
  return processKind(school.host, processId);
}

/** Process id → kind from both lists; an id in both is left out (it cannot be both). */
async function readKindLists(origin: string): Promise<Record<string, Kind> | null> {
  if (!(await browser.permissions.contains({ origins: [permissionPattern(origin)] }))) return null;
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
  const kinds: Record<string, Kind> = {};
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
