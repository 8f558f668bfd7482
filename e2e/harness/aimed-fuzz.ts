/**
 * Generated hostile pages that aim the admin's real clicks and keys (aimed-attacks.ts), for the
 * Chromium and Firefox fuzz suites (issue 20, point 6). Each page is a fresh load of a sandbox
 * admin page: the process editor with its «Вызвать URL» block open and «Test this URL» opened by the
 * admin (the call's URL is saved in the block, so it passes every target rule: only the aim stands
 * between the page and an opened confirmation tab), or the custom-fields editor with Cyrillic
 * titles (Use this name, Rename all). On some pages the page also walks `history.pushState`
 * through unknown process ids, or forges WXT's "newer copy started" event.
 * What must never follow: a new tab (the confirmation page is the only one the page side opens),
 * a call at the sandbox's receiver, a changed field title, our views gone after a forged event,
 * more than the bounded process-list reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { adminActs, armAttack, ATTACKS, type AttackKind, type AttackSetup } from './aimed-attacks';
import { seededRandom, type Random } from './hostile';
import type { LaunchedBrowser } from './launch.js';
import { pressAsAdmin } from './admin-press';
import { MARKER } from './extension';
import { openBlock, MODAL } from './process-editor';
import { schoolUrl, type Sandbox } from './sandbox';
import { forgeStartedEvent, PROCESS_SCRIPT, startedEventName } from './wxt-event';

const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
/** «Use this name» under the selected field's title input. */
export const USE_THIS_NAME = '.field-settings:visible [data-gc-albato="field-warning"] .gc-use';
const KEY_ATTACKS: ReadonlySet<AttackKind> = new Set(['focus-on-keydown', 'focus-silently']);
/** Our confirmation tab opens in a few hundred ms; each page is watched this long before the next. */
const SETTLE_MS = 300;

export interface AimedFigures {
  pages: number;
  byAttack: Record<string, number>;
  pushStates: number;
  forgedEvents: number;
  tabsOpened: number;
  calls: number;
  titlesChanged: number;
  /** «Test this URL» opened by a click aimed at the page's own button */
  previewsOpened: number;
  viewsLostToForgedEvent: number;
  kindListReads: number;
}

export function newFigures(): AimedFigures {
  return {
    pages: 0,
    byAttack: {},
    pushStates: 0,
    forgedEvents: 0,
    tabsOpened: 0,
    calls: 0,
    titlesChanged: 0,
    previewsOpened: 0,
    viewsLostToForgedEvent: 0,
    kindListReads: 0,
  };
}

/** Counts tabs the browser opens from now on. */
export function countTabs(browser: LaunchedBrowser): () => number {
  let opened = 0;
  browser.context.on('page', () => void (opened += 1));
  return () => opened;
}

/** The saved «Вызвать URL» of process 101: Albato's host on the sandbox's port (A33). */
export function saveAlbatoUrl(sandbox: Sandbox): string {
  const url = `https://h.albato.ru:${sandbox.httpsPort}${sandbox.webhookPath}?email={object.email}`;
  const block = sandbox
    .school()
    .missions.find((m) => m.id === 101)
    ?.blocks.find((b) => b.operationType === 'common_get_url');
  block!.settings = { ...block!.settings, url };
  return url;
}

/** Cyrillic custom fields, so every field has a «Use this name» and the summary a «Rename all». */
export function useCyrillicFields(sandbox: Sandbox, count = 6): void {
  const school = sandbox.school();
  school.fields = [
    ...school.fields.filter((f: { context: string; system: boolean }) => f.context !== 'user' || f.system),
    ...Array.from({ length: count }, (_, i) => ({
      id: 61_001 + i,
      title: `Поле номер ${i + 1}`,
      type: 'string',
      required: false,
      context: 'user' as const,
      order: i + 1,
      system: false,
    })),
  ];
}

export async function loadProcessPage(page: Page, sandbox: Sandbox): Promise<void> {
  await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
  await page.locator(MARKER).waitFor();
}

/** The block modal open (and, with `openPreview`, «Test this URL» opened by the admin). */
export async function prepareProcessPage(page: Page, openPreview = true): Promise<void> {
  await openBlock(page, 2);
  await page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-open`).waitFor();
  if (!openPreview) return;
  // The admin's own, honest press: the preview and its Send… are there.
  await pressAsAdmin(page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-open`));
  await page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-send`).waitFor();
}

export async function loadFieldsPage(page: Page, sandbox: Sandbox): Promise<void> {
  await page.goto(schoolUrl(sandbox, USER_FIELDS));
  await page.locator('[data-gc-albato="summary"]').waitFor();
}

/** The first field selected and its title input clicked by the admin: «Use this name» is under it. */
export async function prepareFieldsPage(page: Page): Promise<void> {
  await page.locator('label[for="field-input-61001"]').click();
  await page.locator('.field-settings:visible input.label-input').click();
  await page.locator(USE_THIS_NAME).waitFor();
}

export const stateTitles = (page: Page) => page.locator('#CustomFormValue').inputValue();

function processSetup(kind: AttackKind, rng: Random, target: '.gc-test-open' | '.gc-test-send'): AttackSetup {
  return {
    kind,
    host: `${MODAL} [data-gc-albato="call-url-test"]`,
    target,
    decoy: `${MODAL} button[name="save"]`,
    typingField: `${MODAL} #block-title`,
    faint: rng.next(),
  };
}

function fieldsSetup(kind: AttackKind, rng: Random): AttackSetup {
  const renameAll = rng.int(2) === 0;
  return {
    kind,
    host: renameAll ? '[data-gc-albato="summary"]' : '[data-gc-albato="field-warning"]',
    target: renameAll ? '.gc-rename-all' : '.gc-use',
    decoy: '.control-buttons button',
    typingField: '',
    faint: rng.next(),
  };
}

/** The page's own extras: a pushState walk through unknown ids, a forged "newer copy" event. */
async function pageExtras(page: Page, rng: Random, figures: AimedFigures, runtimeId: string): Promise<void> {
  if (rng.int(5) === 0) {
    const ids = Array.from({ length: 20 }, () => 900_000 + rng.int(99_999));
    await page.evaluate((list) => {
      const back = location.pathname + location.search;
      for (const id of list) history.pushState(null, '', `/pl/tasks/mission/process?id=${id}`);
      history.pushState(null, '', back);
    }, ids);
    figures.pushStates += ids.length;
  }
  if (rng.int(5) === 0) {
    const before = await page.locator('[data-gc-albato]').count();
    for (const script of [PROCESS_SCRIPT, 'field-pages']) {
      await page.evaluate(forgeStartedEvent, { name: startedEventName(runtimeId, script), script });
    }
    await page.waitForTimeout(50);
    figures.forgedEvents += 1;
    if ((await page.locator('[data-gc-albato]').count()) < before) figures.viewsLostToForgedEvent += 1;
  }
}

/** One generated hostile page; figures say what, if anything, it achieved. */
export async function oneAimedPage(
  page: Page,
  sandbox: Sandbox,
  rng: Random,
  figures: AimedFigures,
  tabs: () => number,
  /** the extension's runtime id: public (the id in Chromium, the add-on id in Firefox) */
  runtimeId: string,
): Promise<void> {
  const onProcess = rng.int(10) < 7;
  const kind = rng.pick(onProcess ? ATTACKS : ATTACKS.filter((attack) => !KEY_ATTACKS.has(attack)));
  // On half the process pages the trap is on «Test this URL» itself (a success would open the
  // preview); on the others the admin opened the preview and the trap is on Send….
  const onOpener = onProcess && rng.int(2) === 0;
  const setup = onProcess ? processSetup(kind, rng, onOpener ? '.gc-test-open' : '.gc-test-send') : fieldsSetup(kind, rng);
  const started = Date.now();
  const tabsBefore = tabs();
  const callsBefore = sandbox.webhookCalls().length;
  if (onProcess) await loadProcessPage(page, sandbox);
  else await loadFieldsPage(page, sandbox);
  // The page's extras first: an address change re-runs the features, which draw their views anew.
  await pageExtras(page, rng, figures, runtimeId);
  if (onProcess) await prepareProcessPage(page, !onOpener);
  else await prepareFieldsPage(page);
  const titles = onProcess ? '' : await stateTitles(page);
  const at = await page.evaluate(armAttack, setup);
  await adminActs(page, setup, at, rng);
  await page.waitForTimeout(SETTLE_MS);
  figures.pages += 1;
  if (process.env.AIMED_TRACE) console.log(`${kind} ${onProcess ? 'process' : 'fields'} ${Date.now() - started} ms`);
  figures.byAttack[kind] = (figures.byAttack[kind] ?? 0) + 1;
  figures.tabsOpened += tabs() - tabsBefore;
  figures.calls += sandbox.webhookCalls().length - callsBefore;
  if (!onProcess && (await stateTitles(page)) !== titles) figures.titlesChanged += 1;
  if (onOpener && (await page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-send`).count()) > 0) figures.previewsOpened += 1;
}

/** The process-list reads the sandbox saw (cookie-bearing requests the background made for pages). */
export function kindListReads(sandbox: Sandbox): number {
  return sandbox.pageCalls().filter((call: { path: string }) => call.path.includes('/pl/tasks/mission/find-by-type')).length;
}

/**
 * The suite both browsers run: `pages` generated hostile pages, then the positive controls. The
 * seed is printed (`FUZZ_SEED=<n>` repeats it) and the figures go to artifacts/.
 */
export function aimedFuzzSuite(options: {
  browserName: 'chromium' | 'firefox';
  suite: { sandbox: Sandbox; browser: LaunchedBrowser };
  runtimeId: () => string;
  pages: number;
}): void {
  const { sandbox, browser } = options.suite;
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const figures = newFigures();
  let page: Page;
  let tabs: () => number;

  beforeAll(async () => {
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    tabs = countTabs(browser);
    console.log(`aimed fuzz (${options.browserName}) seed ${seed} (FUZZ_SEED=${seed} repeats it), ${options.pages} pages`);
  });
  afterAll(() => {
    mkdirSync('artifacts', { recursive: true });
    writeFileSync(`artifacts/hostile-fuzz-aimed-${options.browserName}.json`, `${JSON.stringify({ seed, ...figures }, null, 2)}\n`);
    console.log(`aimed fuzz (${options.browserName}): ${JSON.stringify(figures)}`);
  });

  it(
    `${options.pages} generated pages: no tab, no call, no title changed, no preview opened, no view lost, the process lists read within the bound`,
    { timeout: 60_000 + options.pages * 5_000 },
    async () => {
      sandbox.reset();
      saveAlbatoUrl(sandbox);
      useCyrillicFields(sandbox);
      const rng = seededRandom(seed);
      for (let i = 0; i < options.pages; i++) await oneAimedPage(page, sandbox, rng, figures, tabs, options.runtimeId());
      await page.waitForTimeout(1_500); // anything the last pages caused has arrived by now
      figures.kindListReads = kindListReads(sandbox);
      expect(figures).toMatchObject({
        pages: options.pages,
        tabsOpened: 0,
        calls: 0,
        titlesChanged: 0,
        previewsOpened: 0,
        viewsLostToForgedEvent: 0,
      });
      // Process 101's kind read once on the first page (both lists); no walk reads them again within 10 minutes.
      expect(figures.kindListReads).toBeLessThanOrEqual(2);
    },
  );

  it('positive controls: the admin’s honest press on «Use this name» renames the field; on Send… it opens one tab', async () => {
    await loadFieldsPage(page, sandbox);
    await prepareFieldsPage(page);
    const titles = await stateTitles(page);
    await pressAsAdmin(page.locator(USE_THIS_NAME));
    await expect.poll(() => stateTitles(page)).not.toBe(titles);

    // Last: the tab it opens takes the front (Firefox's driver hangs bringing a page back after one closed).
    // No confirmation tab is open (the pages above opened none), so this press opens one.
    const before = tabs();
    await loadProcessPage(page, sandbox);
    await prepareProcessPage(page);
    await pressAsAdmin(page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-send`));
    await expect.poll(tabs, { timeout: 10_000 }).toBe(before + 1);
  });
}
