/** Reading what the extension shows: the page marker (shadow root) and the popup. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch.js';

export const MARKER = 'gc-albato-marker .gc-marker';

/** The marker's text; Playwright's CSS engine pierces the open shadow root. */
export async function readMarker(page: Page, timeout = 10_000): Promise<string> {
  return (await page.locator(MARKER).textContent({ timeout })) ?? '';
}

export async function markerCount(page: Page): Promise<number> {
  return page.locator(MARKER).count();
}

/**
 * Chromium: the popup page opened as a tab. It describes the tab used last before it (or asks
 * which school when that tab is not a school page), so open the school page first.
 */
export async function openPopupChromium(browser: LaunchedBrowser, tab?: PopupTabName): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`${browser.extensionOrigin}/popup.html${tab ? `#${tab}` : ''}`);
  await popup.locator('main.popup:not([aria-busy])').waitFor();
  return popup;
}

/** The popup's sections (components/popup/PopupTabs.tsx); `popup.html#<name>` opens one. */
export type PopupTabName = 'check' | 'fields' | 'import' | 'webhook' | 'history' | 'codes';

/** Shows one of the popup's sections by clicking its tab, as the admin does. */
export async function showPopupTab(popup: Page, tab: PopupTabName): Promise<void> {
  await popup.locator(`[role="tab"][data-tab="${tab}"]`).click();
  await popup.locator(`[role="tabpanel"][data-tab="${tab}"]`).waitFor();
}

/**
 * Chromium: open the school's page (so the popup describes it), open the popup, save that school
 * with `key`, and wait for the saved school's panel.
 */
export async function openPopupWithSchoolChromium(browser: LaunchedBrowser, page: Page, schoolPageUrl: string, key: string): Promise<Page> {
  await page.goto(schoolPageUrl);
  await readMarker(page);
  const popup = await openPopupChromium(browser);
  await popup.fill('#api-key', key);
  await popup.click('#save-school');
  await popup.locator('#school-panel').waitFor();
  return popup;
}

/**
 * Firefox: BiDi cannot navigate to moz-extension:// directly, so a page on the school host opens
 * the popup (the e2e build lets the popup be loaded from GetCourse hosts), from a click on a link
 * there: the popup then describes the tab that opened it, as it does in a tab (README, "Security").
 * Playwright cannot read the DOM there; drive it by keyboard and check effects on the sandbox and a
 * screenshot.
 */
export async function openPopupFirefox(browser: LaunchedBrowser, schoolPageUrl: string, tab?: PopupTabName): Promise<Page> {
  const opener = await browser.context.newPage();
  await opener.goto(schoolPageUrl);
  await opener.evaluate(
    (url) => {
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.id = 'e2e-open-popup';
      link.textContent = 'popup';
      document.body.prepend(link);
    },
    `${browser.extensionOrigin}/popup.html${tab ? `#${tab}` : ''}`,
  );
  const [page] = await Promise.all([browser.context.waitForEvent('page', { timeout: 10_000 }), opener.click('#e2e-open-popup')]);
  await page.waitForTimeout(1_500);
  return page;
}

export function artifact(name: string): string {
  mkdirSync('artifacts/screenshots', { recursive: true });
  return `artifacts/screenshots/${name}`;
}

/** Inline field-name warnings on the page: the whole text and the suggested name of each. */
export async function readFieldWarnings(page: Page, scope = ''): Promise<{ text: string; suggestion: string | null }[]> {
  const warnings = page.locator(`${scope} [data-gc-albato="field-warning"] .gc-warning:not(.gc-ok)`.trim());
  const result: { text: string; suggestion: string | null }[] = [];
  for (const warning of await warnings.all()) {
    result.push({ text: (await warning.textContent()) ?? '', suggestion: await warning.locator('.gc-suggestion').textContent() });
  }
  return result;
}

/** The page summary's title line (field pages). */
export async function readSummaryTitle(page: Page, timeout = 10_000): Promise<string> {
  return (await page.locator('[data-gc-albato="summary"] .gc-title').textContent({ timeout })) ?? '';
}

/** Forgets every school, key, offer and history entry (the suites that save schools start from none). */
export async function clearExtensionData(browser: LaunchedBrowser): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`${browser.extensionOrigin}/options.html`);
  await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ui-to-bg/clear-all-data' }));
  await options.close();
}

/** The most warnings any one field of the editor has (a feature that ran twice would show 2). */
export async function mostWarningsOnOneField(page: Page): Promise<number> {
  const counts = await page
    .locator('.custom-form-editor .field-wrapper')
    .evaluateAll((wrappers) => wrappers.map((w) => w.querySelectorAll('[data-gc-albato="field-warning"]').length));
  return Math.max(0, ...counts);
}
