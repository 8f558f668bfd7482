/**
 * The setup every e2e file shares: a sandbox and a browser with the extension for the whole file,
 * one page to work in, all closed afterwards. Returns stand-ins that forward to the live objects
 * once `beforeAll` has made them, so tests keep writing `sandbox.keys`, `page.goto(…)`.
 */
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch.js';
import { forwardTo } from './forward-to';
import { startE2eSandbox, type Sandbox } from './sandbox';

export function useE2eSuite(launch: () => Promise<LaunchedBrowser>, prepare?: (browser: LaunchedBrowser) => Promise<void>) {
  let sandbox: Sandbox | undefined;
  let browser: LaunchedBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    browser = await launch();
    await prepare?.(browser);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  return {
    sandbox: forwardTo(() => sandbox, 'sandbox'),
    browser: forwardTo(() => browser, 'browser'),
    page: forwardTo(() => page, 'page'),
  };
}
