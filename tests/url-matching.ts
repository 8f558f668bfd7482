/**
 * How browsers match content scripts to URLs, for tests that check the page groups against the
 * page detectors' example URLs (the manifest's globs and the own-domain match patterns).
 */

/** `*` any run of characters; `?` one character when `questionMarkIsWildcard`, itself otherwise. */
function wildcards(text: string, questionMarkIsWildcard: boolean): RegExp {
  const body = text
    .split('') // globs and URLs here are ASCII
    .map((c) => (c === '*' ? '.*' : c === '?' && questionMarkIsWildcard ? '.' : c.replace(/[.+?^${}()|[\]\\]/, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Chrome/Firefox `include_globs` semantics: the whole URL; `*` any run of characters, `?` exactly one. */
export function globMatches(glob: string, url: string): boolean {
  return wildcards(glob, true).test(url);
}

/**
 * Match patterns `scheme://host/path` as both browsers read ours (no wildcard host, no port): same
 * scheme, same host whatever the port, and the path (`*` any run, `?` literal) against the URL's
 * path and query, never the fragment. The e2e suites check the query part in real browsers.
 */
export function matchPatternMatches(pattern: string, url: string): boolean {
  const parsed = /^(https?):\/\/([^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`not a match pattern this helper reads: ${pattern}`);
  const target = new URL(url);
  return (
    target.protocol === `${parsed[1]}:` &&
    target.hostname === parsed[2] &&
    wildcards(parsed[3]!, false).test(target.pathname + target.search)
  );
}

/** Whether a page group's script is injected into `url` by its `include_globs`. */
export function groupInjects(group: { includeGlobs: readonly string[] }, url: string): boolean {
  return group.includeGlobs.some((glob) => globMatches(glob, url));
}
