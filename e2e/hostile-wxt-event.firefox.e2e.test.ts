/**
 * Issue 20, point 5, in Firefox ESR: a page that dispatches WXT's "a newer copy of this script
 * started" event (its name built from the public add-on id, as WXT builds it) leaves every view in
 * place, and a real reload of the extension under the open tab (Firefox's own debugging protocol,
 * as about:debugging's Reload) leaves the new copy's views once and none of the old.
 */
import { CALL_URL_FIELD, GECKO_ID, launchFirefox, MODAL, openCallUrlBlock, useE2eSuite } from './harness';
import { freePort, reloadFirefoxExtension } from './harness/firefox-devtools';
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

let devtoolsPort = 0;
const { sandbox, page } = useE2eSuite(async () => launchFirefox({ lang: 'ru', devtoolsServerPort: (devtoolsPort = await freePort()) }));
/** In Firefox `browser.runtime.id` is the add-on id. */
const EVENT = startedEventName(GECKO_ID);
const wrongKind = () => page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-finding[data-code="wrong-kind"]`);

/** The user process's «Вызвать URL» block open: the marker and the block's two views. */
async function openUserProcessBlock(): Promise<void> {
  await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
  await page.locator(`${MODAL} [data-gc-albato="call-url-test"]`).waitFor({ timeout: 15_000 });
}

/** A view still reacts: a variable of the other kind typed into the field is flagged. */
async function expectCallUrlCheckReacts(): Promise<void> {
  const input = page.locator(CALL_URL_FIELD);
  await input.fill(`${await input.inputValue()}&cost={object.cost_money}`);
  await wrongKind().waitFor({ timeout: 10_000 });
}

describe('Firefox: WXT’s “newer copy started” event', () => {
  it('forged by the page: every view stays and still reacts', async () => {
    await openUserProcessBlock();
    expect(await page.evaluate(markViewsOld)).toBe(3);
    await page.evaluate(forgeStartedEvent, { name: EVENT, script: PROCESS_SCRIPT });
    await page.waitForTimeout(1_000);
    expect(await viewsOnPage(page)).toEqual({ old: EDITOR_VIEWS, fresh: [] });
    await expectCallUrlCheckReacts();
  });

  it('an extension reload under the open tab: the old views go, the new copy’s appear once and react', async () => {
    await openUserProcessBlock();
    expect(await page.evaluate(markViewsOld)).toBe(3);
    await page.evaluate(recordStartedEvents, EVENT);
    await reloadFirefoxExtension(devtoolsPort, GECKO_ID);
    // Firefox injects the new copy into the open tab by itself.
    await expect.poll(() => viewsOnPage(page), { timeout: 15_000 }).toEqual({ old: [], fresh: EDITOR_VIEWS });
    // The new copy announced itself under the name the forged event used: that test aimed right.
    // (Firefox keeps a content script's detail from the page: the name is what can be checked.)
    expect(await startedEventsSeen(page)).toHaveLength(1);
    await expectCallUrlCheckReacts();
    expect(await viewsOnPage(page)).toEqual({ old: [], fresh: EDITOR_VIEWS });
  });
});
