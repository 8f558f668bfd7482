/**
 * The hostile-page fuzz, aimed at the admin's own hand (issue 20, points 1, 2 and 6), Firefox ESR:
 * generated pages lay our controls under the admin's real clicks and keys on the page's own
 * buttons and fields (e2e/harness/aimed-attacks.ts), some also walking pushState through unknown
 * process ids or forging WXT's "newer copy" event. None may open a tab, send a call, change a
 * title, open a preview, switch our views off, or read the process lists beyond the bound. The
 * positive controls show the same controls act for an honest press, so the zeros are not a dead
 * harness. `FUZZ_SEED=<n>` repeats a run, `AIMED_PAGES=<n>` sets its size (400 here, 600 in
 * Chromium: 1 000 in all); figures go to artifacts/hostile-fuzz-aimed-firefox.json.
 */
import { GECKO_ID, launchFirefox, useE2eSuite } from './harness';
import { aimedFuzzSuite } from './harness/aimed-fuzz';

const suite = useE2eSuite(() => launchFirefox({ lang: 'ru' }));

describe('Firefox: hostile pages aiming the admin’s real clicks and keys', () => {
  aimedFuzzSuite({
    browserName: 'firefox',
    suite,
    runtimeId: () => GECKO_ID,
    pages: Number(process.env.AIMED_PAGES ?? 400),
  });
});
