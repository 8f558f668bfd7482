/**
 * Keeps the browser's registered content scripts equal to what the background itself knows: every
 * saved school on an own domain whose origin the admin granted gets the page-group scripts
 * (entrypoints/background/own-domain-scripts.ts); nothing else does — not a granted webhook host, not a school
 * whose origin was revoked. Inputs are only the stored schools and the browser's permissions,
 * never anything a page sends.
 *
 * Run on startup and on install/update (Firefox drops persisted registrations when the add-on
 * updates; a lost one is repaired), when a permission is added or removed, and after a school is
 * saved, forgotten or all data erased. Idempotent, and one run at a time: two events close together
 * would otherwise both register the same id, which the browser refuses.
 */
import { browser } from 'wxt/browser';
import { permissionPattern } from '@/utils/call-url-request';
import { OWN_DOMAIN_SCRIPT_PREFIX, ownDomainOf, ownDomainScripts, type OwnDomainScript } from './own-domain-scripts';
import { listSchools } from './school-store';

/** Match-pattern origins (`https://academy.example.com`) of saved schools' own domains the admin granted. */
export async function grantedOwnDomains(): Promise<string[]> {
  const ownDomains = new Set((await listSchools()).map((school) => ownDomainOf(school.origin)).filter((origin) => origin !== null));
  const granted = await Promise.all(
    [...ownDomains].map(async (origin) => ((await browser.permissions.contains({ origins: [permissionPattern(origin)] })) ? origin : null)),
  );
  return granted.filter((origin) => origin !== null);
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registrations in line; never rejects (a failure is logged and the next run retries). */
export function syncOwnDomainScripts(): Promise<void> {
  queue = queue.then(() =>
    reconcile().catch((error: unknown) => console.warn('own-domain content scripts:', error instanceof Error ? error.message : error)),
  );
  return queue;
}

/** Resolves once every run asked for so far has finished (tests, and handlers that answer after it). */
export function ownDomainScriptsSettled(): Promise<void> {
  return queue;
}

type Registration = { id: string; js?: string[]; matches?: string[]; excludeMatches?: string[]; persistAcrossSessions?: boolean };

async function reconcile(): Promise<void> {
  const wantedPerOrigin = (await grantedOwnDomains()).map((origin) => ownDomainScripts(origin));
  const wanted = new Map(wantedPerOrigin.flat().map((script) => [script.id, script]));
  const ours = ((await browser.scripting.getRegisteredContentScripts()) as Registration[]).filter((script) =>
    script.id.startsWith(OWN_DOMAIN_SCRIPT_PREFIX),
  );
  const stale = ours.filter((script) => !isRegisteredAs(script, wanted.get(script.id)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  const kept = new Set(ours.filter((script) => !stale.includes(script)).map((script) => script.id));
  // One call per origin: a registration the browser refuses must not keep other schools' scripts out.
  for (const scripts of wantedPerOrigin) {
    const missing = scripts.filter((script) => !kept.has(script.id));
    if (!missing.length) continue;
    try {
      await browser.scripting.registerContentScripts(missing);
    } catch (error) {
      console.warn(`own-domain content scripts for ${missing[0]!.matches[0]}:`, error instanceof Error ? error.message : error);
    }
  }
}

/** The browser may report paths with a leading slash or as full URLs, and leave out empty lists. */
function isRegisteredAs(registered: Registration, wanted: OwnDomainScript | undefined): boolean {
  if (!wanted) return false;
  const base = browser.runtime.getURL('/');
  const paths = (list: string[] = []) =>
    list.map((path) => (path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''))).sort();
  const same = (a: string[] = [], b: string[] = []) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return (
    same(paths(registered.js), paths(wanted.js)) &&
    same(registered.matches, wanted.matches) &&
    // No group excludes pages any more; an older version's catch-all had exclusions and is replaced.
    same(registered.excludeMatches, []) &&
    registered.persistAcrossSessions !== false
  );
}
