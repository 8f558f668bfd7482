/**
 * Issue 20, point 5, in Chromium: a page that dispatches WXT's "a newer copy of this script
 * started" event (its name built from the public extension id, as WXT builds it) leaves every view
 * in place; after a real reload of the extension under the open tab, the old copy's
 * `chrome.runtime.id` reads undefined (checked in its isolated world through the DevTools
 * protocol), and a new copy injected into the tab takes over: the old views go, the new copy's
 * appear once, and the old copy no longer draws when the block modal opens again.
 *
 * Chromium does not inject manifest content scripts into open tabs on an update; the new copy is
 * injected here with `chrome.scripting.executeScript` from the new worker (the manifest has
 * `scripting` and the GetCourse hosts). Chromium disables a command-line unpacked extension that
 * reloads itself unless developer mode is on ("unsupportedDeveloperExtension"), so the test turns
 * it on first, as a developer reloading from chrome://extensions has it.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { CALL_URL_FIELD, closeBlock, launchChromium, MODAL, openBlock, openCallUrlBlock, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';
import {
  EDITOR_VIEWS,
  forgeStartedEvent,
  markViewsOld,
  PROCESS_SCRIPT,
  recordStartedEvents,
  startedEventName,
  startedEventsSeen,
  viewsOnPage,
} from './harness/wxt-event';

const { sandbox, browser } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
/** A page of its own (not the suite's stand-in): the DevTools session needs the real one. */
let page: Page;
beforeAll(async () => {
  page = await browser.context.newPage();
});
const extensionId = () => new URL(browser.extensionOrigin).host;
const wrongKind = () => page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-finding[data-code="wrong-kind"]`);

async function openUserProcessBlock(): Promise<void> {
  await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
  await page.locator(`${MODAL} [data-gc-albato="call-url-test"]`).waitFor();
}

/** A view still reacts: a variable of the other kind typed into the field is flagged. */
async function expectCallUrlCheckReacts(): Promise<void> {
  const input = page.locator(CALL_URL_FIELD);
  await input.fill(`${await input.inputValue()}&cost={object.cost_money}`);
  await wrongKind().waitFor({ timeout: 10_000 });
}

/** The extension's isolated worlds in the page, as the DevTools protocol lists them (not Playwright's own). */
async function extensionWorlds(cdp: CDPSession): Promise<number[]> {
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && !context.name.startsWith('__playwright')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable'); // reports the contexts that exist now, then new ones
  return worlds;
}

async function runtimeIdIn(cdp: CDPSession, contextId: number): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'String(chrome.runtime?.id)', contextId, returnByValue: true });
  return String(result.value);
}

async function turnOnDeveloperMode(): Promise<void> {
  const extensionsPage = await browser.context.newPage();
  await extensionsPage.goto('chrome://extensions');
  await extensionsPage.evaluate(() => (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await extensionsPage.close();
}

/** `chrome.runtime.reload()` from the worker, then the new worker once it answers. */
async function reloadExtension(): Promise<Worker> {
  const old = browser.context.serviceWorkers()[0]!;
  await old.evaluate(() => void setTimeout(() => (globalThis as any).chrome.runtime.reload(), 50));
  let fresh: Worker | undefined;
  await expect
    .poll(
      async () => {
        fresh = browser.context.serviceWorkers().find((worker) => worker !== old);
        return fresh ? await fresh.evaluate(() => (globalThis as any).chrome.runtime.id).catch(() => null) : null;
      },
      { timeout: 15_000 },
    )
    .toBe(extensionId());
  return fresh!;
}

async function injectNewCopy(worker: Worker): Promise<void> {
  await worker.evaluate(
    async ({ url, file }) => {
      const chrome = (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab) throw new Error(`no tab at ${url}`);
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
    },
    { url: page.url(), file: `content-scripts/${PROCESS_SCRIPT}.js` },
  );
}

describe('Chromium: WXT’s “newer copy started” event', () => {
  it('forged by the page: every view stays and still reacts', async () => {
    await openUserProcessBlock();
    expect(await page.evaluate(markViewsOld)).toBe(3);
    await page.evaluate(forgeStartedEvent, { name: startedEventName(extensionId()), script: PROCESS_SCRIPT });
    await page.waitForTimeout(1_000);
    expect(await viewsOnPage(page)).toEqual({ old: EDITOR_VIEWS, fresh: [] });
    await expectCallUrlCheckReacts();
  });

  it('an extension reload, then a new copy in the open tab: the old copy has no runtime id and gives way; the new views appear once', async () => {
    await turnOnDeveloperMode();
    const cdp = await browser.context.newCDPSession(page);
    await openUserProcessBlock();
    const worlds = await extensionWorlds(cdp);
    expect(worlds).toHaveLength(1);
    const oldWorld = worlds[0]!;
    expect(await runtimeIdIn(cdp, oldWorld)).toBe(extensionId());
    expect(await page.evaluate(markViewsOld)).toBe(3);
    await page.evaluate(recordStartedEvents, startedEventName(extensionId()));

    const worker = await reloadExtension();
    expect(await runtimeIdIn(cdp, oldWorld)).toBe('undefined'); // what the old copy's check reads
    expect(await viewsOnPage(page)).toEqual({ old: EDITOR_VIEWS, fresh: [] }); // nothing injected yet

    await injectNewCopy(worker);
    await expect.poll(() => viewsOnPage(page), { timeout: 10_000 }).toEqual({ old: [], fresh: EDITOR_VIEWS });
    expect(worlds.length).toBe(2); // the new copy runs in a world of its own
    expect(await runtimeIdIn(cdp, worlds[1]!)).toBe(extensionId());
    // The new copy announced itself under the name the forged event used: that test aimed right.
    expect(await startedEventsSeen(page)).toEqual([PROCESS_SCRIPT]);

    // Had the old copy not stopped, its observers would draw a second set of views in the modal.
    await closeBlock(page);
    await openBlock(page);
    await page.locator(`${MODAL} [data-gc-albato="call-url-test"]`).first().waitFor();
    await page.waitForTimeout(500);
    expect(await viewsOnPage(page)).toEqual({ old: [], fresh: EDITOR_VIEWS });
    await expectCallUrlCheckReacts();
    await cdp.detach();
  });
});
