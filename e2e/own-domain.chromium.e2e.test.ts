/**
 * A school on its own domain (ref R.5) in Chromium, store build: the sandbox's paid school on
 * https://academy-school.example, which no match pattern of the manifest covers. The admin adds the
 * school on that address in the options page; the Save click asks for that origin; the background
 * registers the page-group scripts for it; forgetting the school takes them away.
 *
 * Headless Chromium's permission prompt cannot be answered, so the site is first added the way
 * chrome://extensions' "site access" does (approveSiteLikeChromeSettings): the click's real
 * `permissions.request` then gets the origin without a prompt. Skipped: only the prompt dialog.
 * Firefox (own-domain.firefox.e2e.test.ts) grants from the click itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  approveSiteLikeChromeSettings,
  expectFieldPageWorks,
  expectOneScriptFor,
  holdsPermissionChromium,
  inPageViews,
  launchChromium,
  openOptionsChromium,
  OWN_DOMAIN_PAGES,
  readMarker,
  registeredScriptsChromium,
  revokeSiteLikeChromeSettings,
  useE2eSuite,
} from './harness';
import { ownDomainUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const OWN = 'https://academy-school.example';
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';

const openOptions = (): Promise<Page> => openOptionsChromium(browser);

/** The admin adds the school on its own address (one click on Save: the origin is asked from it). */
async function addSchoolOnOwnDomain(options: Page): Promise<void> {
  await options.locator('#schools summary', { hasText: 'Добавить школу' }).click();
  await options.fill('#school-name', 'Академия');
  await options.fill('#school-origin', ownDomainUrl(sandbox));
  await options.fill('#api-key', sandbox.keys.readWrite);
  await options.click('#save-school');
  await options.locator('li[data-school-id]', { hasText: ownDomainUrl(sandbox) }).waitFor();
}

async function expectNothingOn(path: string) {
  await page.goto(ownDomainUrl(sandbox, path));
  await page.waitForTimeout(1_000);
  expect(await inPageViews(page).count()).toBe(0);
}

describe('own domain (Chromium)', () => {
  it('a page on the own domain gets nothing before the school is saved and its origin granted', async () => {
    await expectNothingOn(USER_FIELDS);
    expect(await holdsPermissionChromium(browser, `${OWN}/*`)).toBe(false);
    expect(await registeredScriptsChromium(browser)).toEqual([]);
  });

  it('saving the school from the options page grants that origin from the click and registers the four scripts for it', async () => {
    await approveSiteLikeChromeSettings(browser, `${OWN}/*`);
    expect(await holdsPermissionChromium(browser, `${OWN}/*`)).toBe(false); // not granted until the click asks
    const options = await openOptions();
    await addSchoolOnOwnDomain(options);
    await options.close();
    expect(await holdsPermissionChromium(browser, `${OWN}/*`)).toBe(true);
    const scripts = await registeredScriptsChromium(browser);
    expect(scripts.map((s) => s.id).sort()).toEqual(
      ['content', 'field-pages', 'offer-pages', 'process-pages'].map((group) => `own-domain:${OWN}:${group}`),
    );
    expect(scripts.find((s) => s.id.endsWith(':field-pages'))).toMatchObject({
      js: ['content-scripts/field-pages.js'],
      matches: [`${OWN}/pl/logic/context/custom-fields*`],
      persistAcrossSessions: true,
    });
    expect([...(scripts.find((s) => s.id.endsWith(':content'))?.matches ?? [])].sort()).toEqual(
      [`${OWN}/saas/account/api*`, `${OWN}/pl/saas/account/api*`].sort(),
    );
  });

  it('the user custom-fields page on the own domain shows the page marker and the field views, from one script', async () => {
    await page.goto(ownDomainUrl(sandbox, USER_FIELDS));
    await expectFieldPageWorks(page);
  });

  it.each(OWN_DOMAIN_PAGES)('query strings pick the right script: %s', async (path, label, hasFeatureViews) => {
    await page.goto(ownDomainUrl(sandbox, path));
    await expectOneScriptFor(page, path, label, hasFeatureViews);
  });

  it('the content scripts there talk to the background as the school’s pages (offer codes kept for that host)', async () => {
    await page.goto(ownDomainUrl(sandbox, '/pl/sales/offer/index'));
    await page.locator('[data-gc-albato="offer-code"]').first().waitFor({ timeout: 10_000 });
    const worker = browser.context.serviceWorkers()[0]!;
    const key = `offers:academy-school.example:${sandbox.httpsPort}`;
    await expect
      .poll(
        async () =>
          Object.keys(
            ((await worker.evaluate((k) => (globalThis as any).chrome.storage.local.get(k), key)) as Record<string, object>)[key] ?? {},
          ).length,
      )
      .toBeGreaterThan(0);
  });

  it('after forgetting the school, a reload shows nothing', async () => {
    await page.goto(ownDomainUrl(sandbox, USER_FIELDS));
    await readMarker(page);
    const options = await openOptions();
    await options.locator('li[data-school-id] button.remove').click();
    await options.locator('li[data-school-id]').waitFor({ state: 'detached' });
    await options.close();
    expect(await registeredScriptsChromium(browser)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1_000);
    expect(await inPageViews(page).count()).toBe(0);
  });

  it('added again, then the site revoked in the browser’s settings: the scripts go with the permission', async () => {
    const options = await openOptions();
    await addSchoolOnOwnDomain(options); // still granted: forgetting a school does not revoke its origin
    await options.close();
    await page.goto(ownDomainUrl(sandbox, USER_FIELDS));
    expect(await readMarker(page)).toContain('Доп. поля пользователей');
    await revokeSiteLikeChromeSettings(browser, `${OWN}/*`);
    expect(await holdsPermissionChromium(browser, `${OWN}/*`)).toBe(false);
    await expect.poll(() => registeredScriptsChromium(browser)).toEqual([]);
    await expectNothingOn(USER_FIELDS);
  });
});

describe('own domain across a browser restart (Chromium)', () => {
  it('the registered scripts are still there after the browser restarts', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'gc-e2e-chromium-restart-'));
    try {
      let restarted = await launchChromium({ lang: 'ru', profileDir });
      await approveSiteLikeChromeSettings(restarted, `${OWN}/*`);
      const options = await restarted.context.newPage();
      await options.goto(`${restarted.extensionOrigin}/options.html`);
      await options.locator('#schools').waitFor();
      await addSchoolOnOwnDomain(options);
      // The scripts are registered just after the save (from the granted permission); a browser closed
      // within those milliseconds would start without them. Wait for them, as any real session would have.
      await expect.poll(async () => (await registeredScriptsChromium(restarted)).length, { timeout: 15_000 }).toBe(4);
      await restarted.close();

      restarted = await launchChromium({ lang: 'ru', profileDir });
      try {
        // The browser reads persisted registrations back while it starts, and the worker that answers
        // the page's first message starts then too; a page opened in that instant may load before
        // either (as a tab restored at start-up can: README, "Own domains"). Once they are back, a
        // page of the school gets the scripts.
        await expect.poll(async () => (await registeredScriptsChromium(restarted)).length, { timeout: 15_000 }).toBe(4);
        const ownPage = await restarted.context.newPage();
        await ownPage.goto(ownDomainUrl(sandbox, USER_FIELDS));
        expect(await readMarker(ownPage, 15_000)).toBe('Помощник Albato: страница распознана — Доп. поля пользователей');
      } finally {
        await restarted.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 150_000); // two browser launches and the add on a loaded 2-core machine
});
