// @vitest-environment node
/**
 * What the built content script must not contain (it runs inside GetCourse's pages): no network
 * calls, no zod, no storage access (where an API key could be read), no HTML parsing sinks.
 * Reads the store builds `npm test` makes before the unit tests.
 */
import { existsSync, readFileSync } from 'node:fs';

const BUNDLES = ['.output/chrome-mv3/content-scripts/content.js', '.output/firefox-mv3/content-scripts/content.js'];

describe.each(BUNDLES)('%s', (file) => {
  const code = () => {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx wxt build\` and \`npx wxt build -b firefox\` first (npm test does).`);
    return readFileSync(file, 'utf8');
  };

  it.each([
    ['network', /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/],
    ['zod', /ZodError|_zod\b|\$ZodType/],
    ['storage', /storage\.(local|session|sync)\b/],
    ['HTML sinks', /\.innerHTML\s*=|insertAdjacentHTML|document\.write\(|outerHTML\s*=/],
    ['string evaluation', /\beval\(|new Function\(/],
  ])('has no %s', (_what, pattern) => {
    expect(code()).not.toMatch(pattern);
  });
});
