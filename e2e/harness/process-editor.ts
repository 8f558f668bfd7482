/**
 * The sandbox's process editor as an admin uses it (fact sheet R.2): the canvas is drawn after
 * load and a block's settings open in a modal on a double click. Locators for what the extension
 * shows inside that modal.
 */
import type { Page } from 'playwright-core';

/** The open block modal's form and, inside it, the «Вызвать URL» URL field (found by its section). */
export const MODAL = 'form.block-modal-window';
export const CALL_URL_FIELD = `${MODAL} [data-operation-type="common_get_url"] input[type="text"]`;

/**
 * Waits for the canvas, double-clicks block `fwb<id>` and waits for its modal. Playwright's
 * WebDriver BiDi driver for Firefox ESR turns a double click into two single clicks (`detail` 1,
 * no `dblclick` event), so in Firefox the `dblclick` event itself is dispatched on the block; the
 * editor's own script handles it the same way.
 */
export async function openBlock(page: Page, blockId = 2, timeout = 10_000): Promise<void> {
  const block = page.locator(`#fwb${blockId}`);
  await block.waitFor({ timeout });
  if (await page.evaluate(() => navigator.userAgent.includes('Firefox/'))) await block.dispatchEvent('dblclick');
  else await block.dblclick();
  await page.locator(MODAL).waitFor({ timeout });
}

/** Closes the modal with its × button and waits until it is gone. */
export async function closeBlock(page: Page): Promise<void> {
  await page.locator('.block-modal [data-dismiss="modal"]').click();
  await page.locator(MODAL).waitFor({ state: 'detached' });
}

/** Opens the editor of process `id` and its «Вызвать URL» block. */
export async function openCallUrlBlock(page: Page, url: string, blockId = 2, timeout = 10_000): Promise<void> {
  await page.goto(url);
  await openBlock(page, blockId, timeout);
}
