// @vitest-environment node
/**
 * A page gets only the strings and styles its group's features name (`needs`, entrypoints/content/
 * feature.ts). Checked here on the source: every dictionary section (`'fields.…'`, `` `processVars.${…}` ``)
 * and every style (`shadowHost(kind, 'style')`) the code a feature imports refers to is one it
 * names, and it names nothing its code never uses. tests/content/features-on-fixtures.test.ts runs
 * the features with only what they name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ALL_FEATURES_FOR_TESTS, PAGE_GROUPS } from '@/entrypoints/content/registry';
import type { ContentFeature } from '@/entrypoints/content/feature';
import { CONTENT_STYLES } from '@/utils/content-styles';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { importsOf } from './source-graph';

const SECTIONS = new Set(Object.keys(CONTENT_STRINGS.ru));
const STYLES = new Set(Object.keys(CONTENT_STYLES));

/** The repo file a module path names, or null for a package. */
function fileOf(target: string): string | null {
  for (const candidate of [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Every repo file `entry` runs: its imports that are not types only, followed to the end. */
function runtimeClosure(entry: string, read: (path: string) => string): string[] {
  const seen = new Set([entry]);
  for (const path of seen)
    for (const imp of importsOf(path, read(path))) {
      const file = !imp.typeOnly && fileOf(imp.target);
      if (file) seen.add(file);
    }
  return [...seen];
}

/** The sections and styles `sources` refer to. */
export function referenced(sources: readonly string[]): { strings: Set<string>; styles: Set<string> } {
  const strings = new Set<string>();
  const styles = new Set<string>();
  for (const source of sources) {
    for (const [, section] of source.matchAll(/['"`]([a-zA-Z]+)\.[\w$]/g)) if (SECTIONS.has(section!)) strings.add(section!);
    for (const [, style] of source.matchAll(/shadowHost\(\s*['"][^'"]*['"]\s*,\s*['"](\w+)['"]/g))
      if (STYLES.has(style!)) styles.add(style!);
  }
  return { strings, styles };
}

/** What a feature's code uses and does not name, and what it names and does not use, one line each. */
export function needsMismatches(feature: Pick<ContentFeature, 'id' | 'needs'>, sources: readonly string[]): string[] {
  const used = referenced(sources);
  const named = { strings: new Set<string>(feature.needs.strings), styles: new Set<string>(feature.needs.styles) };
  const lines: string[] = [];
  for (const kind of ['strings', 'styles'] as const) {
    for (const name of used[kind]) if (!named[kind].has(name)) lines.push(`${feature.id}: uses ${kind} ${name} without naming it`);
    for (const name of named[kind]) if (!used[kind].has(name)) lines.push(`${feature.id}: names ${kind} ${name} it never uses`);
  }
  return lines;
}

const read = (path: string) => readFileSync(path, 'utf8');
const sourcesOf = (feature: ContentFeature) => runtimeClosure(`entrypoints/content/features/${feature.id}.ts`, read).map(read);

it.each(ALL_FEATURES_FOR_TESTS.map((feature) => [feature.id, feature] as const))(
  '%s names exactly the strings and styles its code uses',
  (_id, feature) => {
    expect(existsSync(`entrypoints/content/features/${feature.id}.ts`)).toBe(true);
    expect(needsMismatches(feature, sourcesOf(feature))).toEqual([]);
  },
);

it('the check sees a section or style missing, and one named for nothing', () => {
  const marker = ALL_FEATURES_FOR_TESTS.find((feature) => feature.id === 'page-marker')!;
  const sources = sourcesOf(marker);
  expect(referenced(sources).strings.size).toBeGreaterThan(0);
  const without = { id: 'x', needs: { strings: marker.needs.strings.slice(1), styles: [] } };
  expect(needsMismatches(without, sources)).toEqual([
    `x: uses strings ${marker.needs.strings[0]} without naming it`,
    ...marker.needs.styles.map((style) => `x: uses styles ${style} without naming it`),
  ]);
  expect(
    needsMismatches({ id: 'x', needs: { strings: [...marker.needs.strings, 'offers'], styles: marker.needs.styles } }, sources),
  ).toEqual(['x: names strings offers it never uses']);
  expect([
    ...referenced(['t(`processVars.${name}`)', "t('fields.problem.x')", "'fields'", "shadowHost('k', 'process', 'div')"]).strings,
  ]).toEqual(['processVars', 'fields']);
});

it('every page group that draws a guarded control (onTrustedClick) has a feature that installs the guard and its refusal sentence', () => {
  const drawsGuarded = (feature: ContentFeature) => sourcesOf(feature).some((source) => source.includes('onTrustedClick:'));
  const guardedGroups = PAGE_GROUPS.filter((group) => group.features.some(drawsGuarded));
  expect(guardedGroups.length).toBeGreaterThan(0);
  for (const group of guardedGroups) {
    const installers = group.features.filter((feature) =>
      sourcesOf(feature).some((source) => source.includes("useIntentGuard(t('guard.refused'))")),
    );
    // Without it a guarded control never acts (entrypoints/content/ui/dom.ts fails closed).
    expect(installers.length, group.features.map((feature) => feature.id).join(', ')).toBeGreaterThan(0);
  }
});
