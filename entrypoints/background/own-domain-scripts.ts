/**
 * The content scripts a school's own domain gets at runtime (`scripting.registerContentScripts`):
 * the same four page-group scripts the manifest injects on `*.getcourse.ru` / `*.getcourse.io`,
 * for exactly that one host. Pure: the background decides which origins qualify
 * (entrypoints/background/own-domain-registrar.ts), this file only says what to register for one.
 *
 * Registered scripts have no `include_globs` in Chrome, so each group's globs become match
 * patterns with a path on that host. A glob `*<path>` matches `<path>` anywhere in the URL; the
 * pattern `https://host<path>` only from the start of the path. That is narrower on purpose: a
 * query string that merely contains an admin path (`?x=/pl/tasks/mission/`) does not pick the
 * script. Both browsers match a pattern's path against the URL's path and query.
 */
import { PAGE_GROUP_URLS, type PageGroupUrls } from '@/utils/page-groups';
import { schoolFromUrl } from '@/utils/school';

/** Every id this file makes starts with it, so the reconciler never touches other registrations. */
export const OWN_DOMAIN_SCRIPT_PREFIX = 'own-domain:';

export interface OwnDomainScript {
  id: string;
  js: string[];
  matches: string[];
  /** the manifest's scripts have no run_at: document_idle, the default, in both */
  runAt: 'document_idle';
  /** the browser keeps it across restarts (Chrome; Firefox since 105), the reconciler repairs the rest */
  persistAcrossSessions: true;
}

/**
 * The scheme and host a match pattern can name. Match patterns carry no port (Firefox refuses
 * one; in Chrome a portless pattern covers every port), like the host permission itself.
 */
export function matchOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}`;
}

/** The match-pattern origin of a saved school's address when it is an own domain; null for technical domains (the manifest covers them). */
export function ownDomainOf(schoolOrigin: string): string | null {
  const school = schoolFromUrl(schoolOrigin);
  return school?.domainKind === 'custom' ? matchOrigin(school.origin) : null;
}

// The glob `*` + `/pl/sales/offer*` on `https://academy.example.com` → `https://academy.example.com/pl/sales/offer*`.
export function globToMatchPattern(glob: string, origin: string): string {
  // `?` (one character) has no match-pattern equivalent; a glob not shaped `*<path>` would need one.
  if (!glob.startsWith('*/') || glob.includes('?')) throw new Error(`page-group glob ${glob} has no match-pattern form`);
  return `${origin}${glob.slice(1)}`;
}

/** One registration per page group for one own domain (a `matchOrigin`), ids `own-domain:<origin>:<group>`. */
export function ownDomainScripts(origin: string, groups: readonly PageGroupUrls[] = PAGE_GROUP_URLS): OwnDomainScript[] {
  const toPatterns = (globs: string[]) => globs.map((glob) => globToMatchPattern(glob, origin));
  return groups.map((group) => ({
    id: `${OWN_DOMAIN_SCRIPT_PREFIX}${origin}:${group.name}`,
    js: [`content-scripts/${group.name}.js`],
    matches: toPatterns(group.includeGlobs),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }));
}
