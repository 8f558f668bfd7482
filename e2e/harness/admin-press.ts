/**
 * Pressing our guarded controls as an admin does. The intent guard (entrypoints/content/ui/intent.ts)
 * acts only on a control that has been visible where it is for MIN_VISIBLE_MS, so a test that
 * clicks the moment a control is drawn (or lets Playwright scroll it into view inside the click)
 * is refused like a control that "appeared under the cursor". An admin looks first.
 */
import type { Locator, Page } from 'playwright-core';
import { MIN_VISIBLE_MS } from '../../entrypoints/content/ui/intent-rules';

/** The guard's minimum, with room for its 100 ms watch and a busy machine. */
export const LOOKED_AT_MS = MIN_VISIBLE_MS + 400;

/** Waits as an admin does between seeing a control and pressing it. */
export async function lookAtIt(page: Page): Promise<void> {
  await page.waitForTimeout(LOOKED_AT_MS);
}

/** Brings the control to the middle of the window (clear of our page marker in its corner), looks, then clicks it. */
export async function pressAsAdmin(control: Locator): Promise<void> {
  await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await lookAtIt(control.page());
  await control.click();
}
