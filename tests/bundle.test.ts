// @vitest-environment node
/**
 * What the built content script must not contain (it runs inside GetCourse's pages): no network
 * calls, no zod, no storage access (where an API key could be read), no HTML parsing sinks.
 * Reads the store builds, made first when missing or older than the sources (tests/store-builds.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ensureStoreBuilds, STORE_BUILD_TIMEOUT } from './store-builds';
import { ALL_FEATURES_FOR_TESTS, PAGE_GROUPS } from '@/entrypoints/content/registry';
import { SELECTOR_TABLES } from '@/entrypoints/content/selectors';

// One script per page group (entrypoints/content/registry.ts), in both store builds.
const BUNDLES = ['chrome-mv3', 'firefox-mv3'].flatMap((build) =>
  PAGE_GROUPS.map((group) => `.output/${build}/content-scripts/${group.name}.js`),
);

beforeAll(ensureStoreBuilds, STORE_BUILD_TIMEOUT);

it('the builds hold no content script the registry does not know', () => {
  for (const build of ['chrome-mv3', 'firefox-mv3']) {
    const dir = `.output/${build}/content-scripts`;
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort(),
    ).toEqual(PAGE_GROUPS.map((g) => `${g.name}.js`).sort());
  }
});

describe.each(BUNDLES)('%s', (file) => {
  const code = () => readFileSync(file, 'utf8');

  it.each([
    ['network', /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/],
    ['zod', /ZodError|_zod\b|\$ZodType/],
    ['storage', /storage\.(local|session|sync)\b/],
    ['HTML sinks', /\.innerHTML\s*=|insertAdjacentHTML|document\.write\(|outerHTML\s*=/],
    ['string evaluation', /\beval\(|new Function\(/],
    // Where API keys live (entrypoints/background/storage): a content script that knew these names could reach for a key.
    ['key storage names', /school-key:|remembered-keys|indexedDB/],
    ['the key-carrying messages', /ui-to-bg\/save-school|ui-to-bg\/check-connection/],
    // The bundler's CommonJS interop copies every own property of a module's export; around the
    // polyfill that read the whole of the browser's `browser` on each page (scripts/build/polyfill-esm.ts).
    ['CommonJS interop copying a module’s properties', /getOwnPropertyNames/],
    // Strings and styles come from the background with the settings (README, "Performance").
    ['style sheets of its own', /border-left:\s*3px solid|font:\s*13px\/18px/],
  ])('has no %s', (_what, pattern) => {
    expect(code()).not.toMatch(pattern);
  });
});

// Every entry imports the whole registry. What a script does not run must not be in it either: a
// module's top level runs on every page its script is injected into (README, "Performance"). The
// transliteration tables and the custom-field editor's selectors were once built in all four.
const OWN_SELECTOR_TABLE: Record<string, string | undefined> = {
  'field-pages': 'custom-fields',
  'offer-pages': 'offers',
  'process-pages': 'processes',
};

it.each(['chrome-mv3', 'firefox-mv3'].flatMap((build) => PAGE_GROUPS.map((group) => [`${build} ${group.name}`, build, group] as const)))(
  '%s carries the features of its page group and nothing of the others',
  (_name, build, group) => {
    const code = readFileSync(`.output/${build}/content-scripts/${group.name}.js`, 'utf8');
    const carried = ALL_FEATURES_FOR_TESTS.filter((feature) => code.includes(feature.id)).map((feature) => feature.id);
    expect(carried.sort()).toEqual(group.features.map((feature) => feature.id).sort());
    const foreignSelectors = Object.entries(SELECTOR_TABLES)
      .filter(([table]) => table !== OWN_SELECTOR_TABLE[group.name])
      .flatMap(([, table]) => Object.values(table).flatMap((spec) => spec.css));
    expect(foreignSelectors.filter((css) => code.includes(css))).toEqual([]);
    if (group.name !== 'field-pages') expect(code).not.toContain('абвгдеёжз');
    // The intent guard (entrypoints/content/ui/intent.ts) only where controls act: the catch-all and
    // offers scripts run on every GetCourse page, where its size would be each page's fixed cost.
    const guard = group.features.some((feature) => ['field-name-warnings', 'call-url-test'].includes(feature.id));
    expect(code.includes('trackVisibility'), 'the intent guard').toBe(guard);
  },
);

it('the background carries the in-page styles it sends (so the check above can fail)', () => {
  expect(readFileSync('.output/chrome-mv3/background.js', 'utf8')).toMatch(/border-left:\s*3px solid/);
});
