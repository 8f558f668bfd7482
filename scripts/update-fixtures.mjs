// Regenerates tests/fixtures/pages/*.html from the sandbox: the pages the content-script selectors
// are checked against (tests/selectors.test.ts). Run after changing the sandbox's admin pages:
//   node scripts/update-fixtures.mjs
//
// GetCourse draws its admin editors with script after load (fact sheet R.1, R.2), so each page is
// rendered in Chromium (without the extension) and saved as the DOM the page's own script built,
// with live input values written back into attributes so a parser sees what the admin would.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startSandbox } from '../sandbox/index.js';
import { findBrowser } from './browsers.mjs';

import { FIXTURE_PAGES } from '../tests/fixtures/fixture-pages.mjs';

/**
 * Runs in the page: copies what script changed (values, checks, selections) into attributes, and
 * drops the page's scripts (what they built is the fixture; their source is in the sandbox).
 */
function freezeLiveState() {
  for (const script of document.querySelectorAll('script')) script.remove();
  for (const input of document.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
    else if (input.type !== 'file') input.setAttribute('value', input.value);
  }
  for (const area of document.querySelectorAll('textarea')) area.textContent = area.value;
  for (const option of document.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
  return `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`;
}

const only = process.argv.slice(2);
const executablePath = findBrowser('chromium');
if (!executablePath) throw new Error("Chromium not found: install Debian's chromium or set CHROMIUM_PATH");
const sandbox = await startSandbox();
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const [name, { path, ready, served, prepare }] of Object.entries(FIXTURE_PAGES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    if (served) {
      const response = await fetch(`${sandbox.httpUrl}${path}`);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      writeFileSync(`tests/fixtures/pages/${name}.html`, await response.text());
      console.log(`tests/fixtures/pages/${name}.html ← ${path} (as served)`);
      continue;
    }
    const response = await page.goto(`${sandbox.httpUrl}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
    if (ready) await page.waitForSelector(ready, { state: 'attached', timeout: 10_000 });
    if (prepare) await prepare(page);
    writeFileSync(`tests/fixtures/pages/${name}.html`, await page.evaluate(freezeLiveState));
    console.log(`tests/fixtures/pages/${name}.html ← ${path}`);
  }
} finally {
  await browser.close();
  await sandbox.close();
}
