/**
 * The hostile-page fuzz, aimed at the admin's own hand (issue 20, points 1, 2 and 6), Chromium:
 * generated pages lay our controls under the admin's real clicks and keys on the page's own
 * buttons and fields (e2e/harness/aimed-attacks.ts), some also walking pushState through unknown
 * process ids or forging WXT's "newer copy" event. None may open a tab, send a call, change a
 * title, open a preview, switch our views off, or read the process lists beyond the bound. The
 * positive controls show the same controls act for an honest press, so the zeros are not a dead
 * harness. `FUZZ_SEED=<n>` repeats a run, `AIMED_PAGES=<n>` sets its size (600 here, 400 in
 * Firefox: 1 000 in all); figures go to artifacts/hostile-fuzz-aimed-chromium.json.
 */
import { launchChromium, useE2eSuite } from './harness';
import { aimedFuzzSuite } from './harness/aimed-fuzz';

const suite = useE2eSuite(() => launchChromium({ lang: 'ru' }));

describe('Chromium: hostile pages aiming the admin’s real clicks and keys', () => {
  aimedFuzzSuite({
    browserName: 'chromium',
    suite,
    runtimeId: () => new URL(suite.browser.extensionOrigin).host,
    pages: Number(process.env.AIMED_PAGES ?? 600),
  });
});
