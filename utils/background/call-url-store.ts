/**
 * «Вызвать URL» templates the admin has seen in a school's process editor, so the popup's webhook
 * test can offer them (issue 6). Per school host, per process; the oldest processes drop first.
 */
import { callUrlsOf, processKindsOf } from '../storage/items';

const MAX_PROCESSES = 200;

export async function rememberCallUrls(host: string, processId: string, urls: string[], now = Date.now()): Promise<void> {
  const kind = (await processKindsOf(host).get())[processId]?.kind ?? null;
  await callUrlsOf(host).update((known) => {
    const next = { ...known, [processId]: { urls: [...new Set(urls)].slice(0, 20), kind, seenAt: now } };
    const kept = Object.entries(next).sort((a, b) => b[1].seenAt - a[1].seenAt).slice(0, MAX_PROCESSES);
    return Object.fromEntries(kept);
  });
}

export interface SeenCallUrl {
  processId: string;
  url: string;
  kind: 'user' | 'deal' | null;
}

export async function listCallUrls(host: string): Promise<SeenCallUrl[]> {
  const known = await callUrlsOf(host).get();
  return Object.entries(known)
    .sort((a, b) => b[1].seenAt - a[1].seenAt)
    .flatMap(([processId, seen]) => seen.urls.map((url) => ({ processId, url, kind: seen.kind })));
}
