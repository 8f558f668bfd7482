/**
 * Own-domain helpers: the in-page views, the options page in Firefox, and in Chromium the state
 * behind the scenes (registered scripts, the permission) and the one step a headless Chromium
 * cannot do itself — answering the permission prompt.
 */
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { markerCount, readFieldWarnings, readMarker } from './extension';
import type { LaunchedBrowser } from './launch.js';
import { openBlock } from './process-editor';

/** Every element the extension put into the page (page marker, warnings, summaries). */
export function inPageViews(page: Page) {
  return page.locator('[data-gc-albato]');
}

/** Views of the page's own features, beside the marker every script shows. */
export const featureViews = (page: Page) => page.locator('[data-gc-albato]:not([data-gc-albato="marker"])');

/**
 * The user custom-fields page on an own domain (already open) has the same warnings and «rename
 * all» as on *.getcourse.ru (the editor of R.1), from one script.
 */
export async function expectFieldPageWorks(page: Page, timeout = 10_000): Promise<void> {
  expect(await readMarker(page, timeout)).toBe('Помощник Albato: страница распознана — Доп. поля пользователей');
  await featureViews(page).first().waitFor({ timeout: 10_000 });
  expect(await markerCount(page)).toBe(1);
  await page.locator('.field-wrapper:has(label[for="field-input-2001"]) [data-gc-albato="field-warning"]').waitFor({ timeout: 10_000 });
  expect((await readFieldWarnings(page, '.field-wrapper:has(label[for="field-input-2001"])'))[0]?.suggestion).toBe('gorod_prozhivaniia');
  expect(await page.locator('[data-gc-albato="summary"] .gc-rename-all').count()).toBe(1);
}

/** Pages of an own domain with a query string or fragment: [path, the marker's page name, has feature views]. */
export const OWN_DOMAIN_PAGES: [string, string, boolean][] = [
  ['/pl/logic/context/custom-fields?contextName=DealContext', 'Доп. поля заказов', true],
  ['/pl/sales/offer/update?id=1001', 'Настройки предложения', true],
  ['/pl/tasks/mission/process?id=102', 'Редактор процесса', true],
  ['/saas/account/api?tab=keys#list', 'Ключи API', false],
];

/** The page (already open) got exactly the one script its path calls for. */
export async function expectOneScriptFor(
  page: Page,
  path: string,
  label: string,
  hasFeatureViews: boolean,
  timeout = 10_000,
): Promise<void> {
  expect(await readMarker(page, timeout)).toBe(`Помощник Albato: страница распознана — ${label}`);
  // The process editor's checks live in the block modal (R.2): open the «Вызвать URL» block first.
  if (path.startsWith('/pl/tasks/mission/process')) await openBlock(page);
  if (hasFeatureViews) await featureViews(page).first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300); // a second script would have drawn its marker by now
  expect(await markerCount(page)).toBe(1); // the groups' patterns hold with a query: one script, not two
}

async function serviceWorker(browser: LaunchedBrowser): Promise<Worker> {
  return browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** Chromium: the extension's own-domain registrations as the browser reports them. */
export async function registeredScriptsChromium(
  browser: LaunchedBrowser,
): Promise<{ id: string; js: string[]; matches: string[]; excludeMatches?: string[]; persistAcrossSessions?: boolean }[]> {
  const worker = await serviceWorker(browser);
  return worker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts());
}

/** Chromium: whether the extension holds the host permission for `pattern` right now. */
export async function holdsPermissionChromium(browser: LaunchedBrowser, pattern: string): Promise<boolean> {
  const worker = await serviceWorker(browser);
  return worker.evaluate((origins) => (globalThis as any).chrome.permissions.contains({ origins }), [pattern]);
}

/**
 * Chromium headless shows `permissions.request`'s prompt where nothing can press it (the request
 * never settles). Instead, the site is added the way chrome://extensions' own "site access" does it
 * (`developerPrivate.addHostPermission`, run in that page): Chrome records it among the
 * extension's user-granted sites without making it active. The extension's own click then calls
 * `permissions.request` for real, and Chrome grants it without a prompt, as it does for any site
 * the user granted before (permissions_api.cc: already-granted permissions are not prompted).
 * What this skips is only the prompt itself: its wording and the user's "Allow".
 */
export async function approveSiteLikeChromeSettings(browser: LaunchedBrowser, pattern: string): Promise<void> {
  const settings = await browser.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    const error = await settings.evaluate(
      ([id, host]) =>
        new Promise<string>((resolve) =>
          (globalThis as any).chrome.developerPrivate.addHostPermission(id, host, () =>
            resolve((globalThis as any).chrome.runtime.lastError?.message ?? ''),
          ),
        ),
      [new URL(browser.extensionOrigin).host, pattern] as const,
    );
    if (error) throw new Error(`chrome://extensions refused ${pattern}: ${error}`);
  } finally {
    await settings.close();
  }
}

/** Chromium: the user revokes a site in chrome://extensions ("site access"): the extension gets permissions.onRemoved. */
export async function revokeSiteLikeChromeSettings(browser: LaunchedBrowser, pattern: string): Promise<void> {
  const settings = await browser.context.newPage();
  try {
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      ([id, host]) =>
        new Promise<void>((resolve) => (globalThis as any).chrome.developerPrivate.removeHostPermission(id, host, () => resolve())),
      [new URL(browser.extensionOrigin).host, pattern] as const,
    );
  } finally {
    await settings.close();
  }
}

/**
 * Firefox: the options page, reached as an admin does, through the popup's «Все школы» link (the
 * popup's last control). Playwright cannot read it: drive it by keyboard (`optionsKeys`).
 */
export async function openOptionsFirefox(browser: LaunchedBrowser, popup: Page): Promise<Page> {
  const [options] = await Promise.all([
    browser.context.waitForEvent('page', { timeout: 10_000 }),
    (async () => {
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Enter');
    })(),
  ]);
  await options.waitForTimeout(1_500);
  return options;
}

/**
 * Firefox: closing a moz-extension:// tab over BiDi does not settle until the browser closes, but
 * the tab may navigate to a web page, and that one closes. `webUrl`: any sandbox page.
 */
export async function closeExtensionPageFirefox(page: Page, webUrl: string): Promise<void> {
  await page.goto(webUrl, { waitUntil: 'commit' });
  await page.close();
}

/** Chromium: the extension's settings page in a tab of its own, once its schools section is drawn. */
export async function openOptionsChromium(browser: LaunchedBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`${browser.extensionOrigin}/options.html`);
  await options.locator('#schools').waitFor();
  return options;
}
