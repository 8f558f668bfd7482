/**
 * Every content feature's `init`, run the way its page group's script runs it, on each committed
 * fixture page (tests/fixtures/pages, the sandbox's model of GetCourse's pages rendered in
 * Chromium, fact sheet R) in happy-dom, with the real background handlers behind its messages.
 * What each page gets is spelled out below: the views by kind, and the warnings' texts where
 * the page's own data decides them. The e2e suites check the same in real browsers; this tier
 * runs in a second and points at the feature that broke.
 */
import { readFileSync } from 'node:fs';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_GROUPS } from '@/entrypoints/content/registry';
import { groupNeeds } from '@/entrypoints/content/run-features';
import { installStyles } from '@/entrypoints/content/ui/dom';
import { handleMessage } from '@/entrypoints/background/router';
import { pageSettings } from '@/entrypoints/background/page-settings';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { detectPage } from '@/utils/page-detect';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import { FIXTURE_PAGES } from '../fixtures/fixture-pages.mjs';
import { groupInjects } from '../url-matching';

const ORIGIN = 'https://school.getcourse.ru';
/** The page the content script runs on, as the browser tells the background (`sender.url`). */
let pageUrl = ORIGIN;

function load(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

/** The extension's views on the page, by kind (`data-gc-albato`), in page order. */
const viewKinds = () => [...document.querySelectorAll('[data-gc-albato]')].map((node) => node.getAttribute('data-gc-albato'));
const countOf = (kinds: (string | null)[]) =>
  Object.fromEntries([...new Set(kinds)].map((kind) => [kind, kinds.filter((k) => k === kind).length]));
const shadowText = (kind: string) =>
  [...document.querySelectorAll(`[data-gc-albato="${kind}"]`)].map((node) => node.shadowRoot?.textContent ?? '');

/** Runs the features of the page's group for `path`, as run-features.ts does, and waits for them to settle. */
async function runFeaturesOn(name: string) {
  const { path } = FIXTURE_PAGES[name]!;
  const url = new URL(path, ORIGIN);
  pageUrl = url.href;
  load(readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8'));
  const pageKind = detectPage(url.href);
  if (!pageKind) return [];
  // The group whose script the browser injects here (its globs), as in the built extension.
  const groups = PAGE_GROUPS.filter((g) => groupInjects(g, url.href));
  expect(groups).toHaveLength(1);
  const group = groups[0]!;
  // Only what the group's features name (their `needs`), as the built script asks: a string or a
  // style outside it shows as the key itself or as a warning, and fails the run below.
  const reply = await pageSettings('ru', groupNeeds(group.features));
  if (!reply.ok) throw new Error('no settings');
  installStyles(reply.styles);
  const translate = createContentT('ru', reply.strings);
  const untranslated: string[] = [];
  const t: typeof translate = (key, vars) => {
    const text = translate(key, vars);
    if (text === key) untranslated.push(key);
    return text;
  };
  const warnings = vi.spyOn(console, 'warn');
  const ctx = new ContentScriptContext('fixtures');
  const controller = new AbortController();
  const failures: string[] = [];
  for (const feature of group.features.filter((f) => f.include(pageKind, url))) {
    try {
      await feature.init({
        ctx,
        url,
        pageKind,
        signal: controller.signal,
        lang: 'ru',
        t,
        standard: reply.settings.standard,
      });
    } catch (error) {
      failures.push(`${feature.id}: ${String(error)}`);
    }
  }
  // Let the features' messages, idle callbacks and observers finish.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(failures).toEqual([]);
  expect(untranslated).toEqual([]);
  expect(warnings).not.toHaveBeenCalled();
  return viewKinds();
}

afterEach(() => vi.unstubAllGlobals());
beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  (fakeBrowser.storage.session as unknown as { setAccessLevel(o: object): Promise<void> }).setAccessLevel = async () => {};
  // The content script's messages reach the real router as from a content script in tab 7 on this page.
  // GetCourse itself is out of reach here (the process kind may be asked from its processes list).
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    handleMessage(message, { id: fakeBrowser.runtime.id, url: pageUrl, tab: { id: 7, url: pageUrl } }),
  );
});

/**
 * What each page gets: the views by kind, and a text each kind must show. Field pages draw six
 * warnings at once (one screen, DRAWN_AT_ONCE); the rest come as they scroll into view, which
 * happy-dom does not do. The served editor page (before GetCourse's script drew the editor) has
 * the state, so the summary, but no field to put a warning beside yet. Messages come from the
 * dictionary's keys (a copy edit changes both sides); the counts, names and codes the page's data
 * decides are spelled out.
 */
const ru = createContentT('ru', CONTENT_STRINGS.ru);
const EXPECTED: Record<string, { views: Record<string, number>; texts?: Record<string, string[]> }> = {
  'user-fields': {
    views: { marker: 1, summary: 1, 'field-warning': 6 },
    texts: {
      summary: [ru('fields.summaryBad', { n: 23, total: 30 }), ru('fields.renameAll', { n: 23 }), '23', '30'],
      'field-warning': [`${ru('fields.problem.cyrillic')}, ${ru('fields.problem.spaces')}`, 'gorod_prozh'],
    },
  },
  'deal-fields': {
    views: { marker: 1, summary: 1, 'field-warning': 6 },
    texts: { summary: [ru('fields.summaryBad', { n: 8, total: 10 }), '8', '10'], 'field-warning': ['promokod'] },
  },
  'user-fields-selected': {
    views: { marker: 1, summary: 1, 'field-warning': 6 },
    texts: { summary: [ru('fields.summaryBad', { n: 23, total: 30 })] },
  },
  'user-fields-served': { views: { marker: 1, summary: 1 }, texts: { summary: [ru('fields.summaryBad', { n: 23, total: 30 })] } },
  offers: {
    views: { marker: 1, 'offer-list-note': 1 },
    // The note names the offer form's field where the code lives.
    texts: { 'offer-list-note': [ru('offerList.note'), '«Уникальный код предложения»'] },
  },
  'offer-edit': { views: { marker: 1, 'offer-code': 1 }, texts: { 'offer-code': ['marketing-basic'] } },
  processes: { views: { marker: 1 }, texts: { marker: [ru('pageKind.processes-list')] } },
  'process-settings': { views: { marker: 1, 'process-approved': 1 }, texts: { 'process-approved': [ru('processes.approvedOn')] } },
  // A process being created has no id yet: no page the extension acts on.
  'process-create': { views: {} },
  // The editor's call settings live only in the block modal (R.2): without it, the marker alone.
  'process-editor': { views: { marker: 1 } },
  'process-editor-modal': {
    views: { marker: 1, 'call-url': 1, 'call-url-test': 1 },
    texts: { 'call-url': [ru('processes.albato'), '{object.email}'], 'call-url-test': [ru('callTest.open')] },
  },
  'api-keys': { views: { marker: 1 }, texts: { marker: [ru('pageKind.api-keys')] } },
};

describe('content features on the fixture pages', () => {
  it('covers every fixture page', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(FIXTURE_PAGES).sort());
  });

  it.each(Object.keys(FIXTURE_PAGES))('%s', async (name) => {
    const kinds = await runFeaturesOn(name);
    const expected = EXPECTED[name]!;
    expect(countOf(kinds)).toEqual(expected.views);
    for (const [kind, texts] of Object.entries(expected.texts ?? {})) {
      const shown = shadowText(kind).join('\n');
      for (const text of texts) expect(shown, kind).toContain(text);
    }
  });
});
