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
import type { Page } from 'playwright-core';
import { adminActs, armAttack, ATTACKS, type AttackKind, type AttackSetup } from './aimed-attacks';
import type { Random } from './hostile';
import type { LaunchedBrowser } from './launch.js';
import { MARKER } from './extension';
import { openBlock, MODAL } from './process-editor';
import { schoolUrl, type Sandbox } from './sandbox';
import { forgeStartedEvent, PROCESS_SCRIPT, startedEventName } from './wxt-event';

const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
/** «Use this name» under the selected field's title input. */
export const USE_THIS_NAME = '.field-settings:visible [data-gc-albato="field-warning"] .gc-use';
const KEY_ATTACKS: readonly AttackKind[] = ['focus-on-keydown', 'focus-silently'];
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

/** The block modal open and «Test this URL» opened by the admin. */
export async function prepareProcessPage(page: Page): Promise<void> {
  await openBlock(page, 2);
  const open = page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test-open`);
  await open.click(); // the admin's own, honest click: the preview and its Send… are there
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

function processSetup(kind: AttackKind, rng: Random): AttackSetup {
  return {
    kind,
    host: `${MODAL} [data-gc-albato="call-url-test"]`,
    target: '.gc-test-send',
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
  const kind = rng.pick(onProcess ? ATTACKS : ATTACKS.filter((attack) => !KEY_ATTACKS.includes(attack)));
  const setup = onProcess ? processSetup(kind, rng) : fieldsSetup(kind, rng);
  const tabsBefore = tabs();
  const callsBefore = sandbox.webhookCalls().length;
  if (onProcess) await loadProcessPage(page, sandbox);
  else await loadFieldsPage(page, sandbox);
  // The page's extras first: an address change re-runs the features, which draw their views anew.
  await pageExtras(page, rng, figures, runtimeId);
  if (onProcess) await prepareProcessPage(page);
  else await prepareFieldsPage(page);
  const titles = onProcess ? '' : await stateTitles(page);
  const at = await page.evaluate(armAttack, setup);
  await adminActs(page, setup, at, rng);
  await page.waitForTimeout(SETTLE_MS);
  figures.pages += 1;
  figures.byAttack[kind] = (figures.byAttack[kind] ?? 0) + 1;
  figures.tabsOpened += tabs() - tabsBefore;
  figures.calls += sandbox.webhookCalls().length - callsBefore;
  if (!onProcess && (await stateTitles(page)) !== titles) figures.titlesChanged += 1;
}

/** The process-list reads the sandbox saw (cookie-bearing requests the background made for pages). */
export function kindListReads(sandbox: Sandbox): number {
  return sandbox.pageCalls().filter((call: { path: string }) => call.path.includes('/pl/tasks/mission/find-by-type')).length;
}
