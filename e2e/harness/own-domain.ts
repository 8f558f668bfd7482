/**
 * Own-domain helpers: the in-page views, the options page in Firefox, and in Chromium the state
 * behind the scenes (registered scripts, the permission) and the one step a headless Chromium
 * cannot do itself — answering the permission prompt.
 */
import type { Page, Worker } from 'playwright-core';
import type { LaunchedBrowser } from './launch.js';

/** Every element the extension put into the page (page marker, warnings, summaries). */
export function inPageViews(page: Page) {
  return page.locator('[data-gc-albato]');
}

async function serviceWorker(browser: LaunchedBrowser): Promise<Worker> {
  return browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/** Chromium: the extension's own-domain registrations as the browser reports them. */
export async function registeredScriptsChromium(browser: LaunchedBrowser): Promise<{ id: string; js: string[]; matches: string[]; excludeMatches?: string[]; persistAcrossSessions?: boolean }[]> {
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
        new Promise<string>((resolve) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, host, () => resolve((globalThis as any).chrome.runtime.lastError?.message ?? ''))),
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
      ([id, host]) => new Promise<void>((resolve) => (globalThis as any).chrome.developerPrivate.removeHostPermission(id, host, () => resolve())),
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
