/**
 * «Вызвать URL» templates the admin has seen in a school's process editor, so the popup's webhook
 * test can offer them (issue 6). Per school host, per process; the oldest processes drop first,
 * and the whole is held to the page-data budget (page-data.ts).
 */
import { CALL_URLS_PER_PROCESS_MAX, PROCESSES_WITH_CALL_URLS_MAX } from '@/utils/page-data-limits';
import { callUrlsOf, processKindsOf } from './storage/items';
import { newestThatFit, readPageData, writePageData, type PageDataWrite } from './page-data';
import type { ProcessKind } from '@/utils/process-url';

type Remembered = Record<string, { urls: string[]; kind: ProcessKind | null; seenAt: number }>;

export async function rememberCallUrls(
  host: string,
  processId: string,
  urls: string[],
  now = Date.now(),
): Promise<PageDataWrite<Remembered>> {
  const kind = (await processKindsOf(host).get())[processId]?.kind ?? null;
  return writePageData(
    callUrlsOf,
    host,
    (known) => {
      const next = { ...known, [processId]: { urls: [...new Set(urls)].slice(0, CALL_URLS_PER_PROCESS_MAX), kind, seenAt: now } };
      const kept = Object.entries(next)
        .sort((a, b) => b[1].seenAt - a[1].seenAt)
        .slice(0, PROCESSES_WITH_CALL_URLS_MAX);
      return Object.fromEntries(kept);
    },
    { now, fit: newestThatFit },
  );
}

export interface SeenCallUrl {
  processId: string;
  url: string;
  kind: ProcessKind | null;
}

/** The school's remembered addresses, newest first: a use of that school (page-data.ts). */
export async function listCallUrls(host: string): Promise<SeenCallUrl[]> {
  const known = await readPageData(callUrlsOf, host);
  return Object.entries(known)
    .sort((a, b) => b[1].seenAt - a[1].seenAt)
    .flatMap(([processId, seen]) => seen.urls.map((url) => ({ processId, url, kind: seen.kind })));
}
