/**
 * A school on its own domain (ref R.5) in Firefox ESR: the sandbox's paid school on
 * https://academy-school.example. The admin reaches the options page through the popup's link and
 * adds the school there by keyboard (Playwright cannot read moz-extension:// pages); pressing Save
 * asks for that origin for real (the test profile lets Firefox grant an optional permission from
 * the click without its doorhanger). The effects are checked on the school's own pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  closeExtensionPageFirefox,
  expectFieldPageWorks,
  expectOneScriptFor,
  inPageViews,
  type LaunchedBrowser,
  launchFirefox,
  openOptionsFirefox,
  openPopupFirefox,
  OWN_DOMAIN_PAGES,
  readMarker,
  useE2eSuite,
} from './harness';
import { ownDomainUrl, schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';

const LOGIN = () => schoolUrl(sandbox, '/cms/system/login');

/** The options page as an admin opens it: the popup, then its «Все школы» link. `done` closes both. */
async function openOptions(target: LaunchedBrowser): Promise<{ options: Page; done: () => Promise<void> }> {
  const popup = await openPopupFirefox(target, LOGIN());
  const options = await openOptionsFirefox(target, popup);
  return {
    options,
    done: () => Promise.all([closeExtensionPageFirefox(options, LOGIN()), closeExtensionPageFirefox(popup, LOGIN())]).then(() => undefined),
  };
}

/** Options page with no school saved: standard, language, Save settings, then «Добавить школу». */
async function addSchoolOnOwnDomain(target: LaunchedBrowser): Promise<void> {
  const { options, done } = await openOptions(target);
  for (let i = 0; i < 4; i++) await options.keyboard.press('Tab');
  await options.keyboard.press('Enter'); // opens «Добавить школу»
  await options.keyboard.press('Tab');
  await options.keyboard.type('Академия');
  await options.keyboard.press('Tab');
  await options.keyboard.press('Control+A');
  await options.keyboard.type(ownDomainUrl(sandbox));
  await options.keyboard.press('Tab');
  await options.keyboard.type(sandbox.keys.readWrite);
  await options.keyboard.press('Tab'); // remember
  await options.keyboard.press('Tab'); // Save
  await options.keyboard.press('Enter'); // the click that asks for the origin, then saves
  await options.waitForTimeout(1_500);
  await done();
}

async function expectNothingOn(target: Page, path: string) {
  await target.goto(ownDomainUrl(sandbox, path));
  await target.waitForTimeout(1_500);
  expect(await inPageViews(target).count()).toBe(0);
}

describe('own domain (Firefox)', () => {
  it('a page on the own domain gets nothing before the school is saved and its origin granted', async () => {
    await expectNothingOn(page, USER_FIELDS);
  });

  it('after the admin adds the school on its own address, its user custom-fields page shows the marker and the field views', async () => {
    await addSchoolOnOwnDomain(browser);
    await page.goto(ownDomainUrl(sandbox, USER_FIELDS));
    await expectFieldPageWorks(page, 15_000);
  });

  it.each(OWN_DOMAIN_PAGES)('query strings pick the right script: %s', async (path, label, hasFeatureViews) => {
    await page.goto(ownDomainUrl(sandbox, path));
    await expectOneScriptFor(page, path, label, hasFeatureViews, 15_000);
  });

  it('after forgetting the school, a reload shows nothing', async () => {
    await page.goto(ownDomainUrl(sandbox, USER_FIELDS));
    await readMarker(page, 15_000);
    const { options, done } = await openOptions(browser);
    // standard, language, Save settings, then the saved school: «remember», «Забыть школу и ключ»
    for (let i = 0; i < 5; i++) await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    await options.waitForTimeout(1_000);
    await done();
    await page.reload();
    await page.waitForTimeout(1_500);
    expect(await inPageViews(page).count()).toBe(0);
  });
});

describe('own domain across a browser restart (Firefox)', () => {
  it('the registered scripts are still there after the browser restarts', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'gc-e2e-firefox-restart-'));
    try {
      let restarted = await launchFirefox({ lang: 'ru', profileDir });
      await addSchoolOnOwnDomain(restarted);
      await restarted.close();
      restarted = await launchFirefox({ lang: 'ru', profileDir });
      try {
        const ownPage = await restarted.context.newPage();
        await ownPage.goto(ownDomainUrl(sandbox, USER_FIELDS));
        expect(await readMarker(ownPage, 15_000)).toBe('Помощник Albato: страница распознана — Доп. поля пользователей');
      } finally {
        await restarted.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 180_000); // two browser launches and the add on a loaded 2-core machine
});
