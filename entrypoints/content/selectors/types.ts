/**
 * Selectors as data (refined-github's way, on committed fixtures instead of live pages): each
 * anchor lists its CSS alternatives (matched as a union), where the guess comes from, and how many
 * elements it must match on each fixture page in tests/fixtures/pages (0 on every page not listed).
 * tests/selectors.test.ts enforces the counts. Regenerate fixtures: node scripts/update-fixtures.mjs
 */
export type FixturePage =
  | 'user-fields'
  | 'deal-fields'
  | 'user-fields-selected'
  | 'user-fields-served'
  | 'offers'
  | 'offer-edit'
  | 'processes'
  | 'process-settings'
  | 'process-create'
  | 'process-editor'
  | 'process-editor-modal'
  | 'api-keys';

export interface SelectorSpec {
  /** alternatives, one per known layout; each with its reason in a comment beside it */
  css: readonly string[];
  /** the fact sheet section, or "assumption: …" when GetCourse's markup is guessed */
  source: string;
  fixtures: Partial<Record<FixturePage, number>>;
}

let joined: WeakMap<SelectorSpec, string> | undefined;

/**
 * Called where a selector is used, never at a module's top level: every content script imports
 * every feature's modules through the registry, and the bundler keeps a top-level call (and the
 * selector table it reads) even in the scripts that never use its result. Joined once per spec:
 * the callers include the editor watch's handling of every batch of page changes.
 */
export function selectorOf(spec: SelectorSpec): string {
  joined ??= new WeakMap();
  let css = joined.get(spec);
  if (css === undefined) joined.set(spec, (css = spec.css.join(', ')));
  return css;
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, spec: SelectorSpec): E[] {
  return Array.from(root.querySelectorAll<E>(selectorOf(spec)));
}
