// `npm start`: build the Chrome extension, start the GetCourse sandbox, and show the extension
// working on the sandbox's admin pages. With a display: a Chromium window you can use (Ctrl+C
// to stop). Without one (or with --headless): a scripted run that saves screenshots and says where.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from './browsers.mjs';
import { startSandbox } from '../sandbox/index.js';
import { launchChromium } from '../e2e/harness/launch.js';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('artifacts/demo');

ensureBrowsers();
console.log('Building the Chrome extension (wxt build)…');
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const sandbox = await startSandbox();
const url = (path, school = 'school') => `https://${sandbox.schools[school].host}:${sandbox.httpsPort}${path}`;
const PAGES = [
  ['user-fields', '/pl/logic/context/custom-fields?contextName=UserContext'],
  ['deal-fields', '/pl/logic/context/custom-fields?contextName=DealContext'],
  ['offers', '/pl/sales/offer/index'],
  ['process', '/pl/tasks/mission/index'],
  ['api-keys', '/saas/account/api'],
];
console.log(`Sandbox: ${sandbox.httpUrl} and ${sandbox.httpsUrl}; keys ${JSON.stringify(sandbox.keys)}`);

const browser = await launchChromium({ lang: 'ru', headless });
const { context, extensionOrigin } = browser;

if (!headless) {
  for (const [, path] of PAGES) await (await context.newPage()).goto(url(path));
  const popup = await context.newPage();
  await popup.goto(`${extensionOrigin}/popup.html`);
  console.log(`Chromium is open on the sandbox (${url('/')}). Paste a key from above into the popup tab. Ctrl+C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
} else {
  mkdirSync(outDir, { recursive: true });
  const saved = [];
  const page = await context.newPage();
  for (const [name, path] of PAGES) {
    await page.goto(url(path));
    await page.locator('gc-albato-marker .gc-marker').waitFor({ timeout: 10_000 });
    const file = `${outDir}/${name}.png`;
    await page.screenshot({ path: file });
    saved.push(file);
  }
  // The editor with «utm source» selected and its title input being edited: the list warnings and the live check.
  await page.goto(url(PAGES[0][1]));
  await page.locator('label[for="field-input-2003"]').click({ timeout: 10_000 });
  await page.locator('.field-settings:visible input.label-input').click();
  await page.locator('.field-settings:visible [data-gc-albato="field-warning"]').waitFor({ timeout: 10_000 });
  const editorBox = await page.locator('.custom-form-editor').boundingBox();
  if (editorBox)
    await page.screenshot({
      path: `${outDir}/fields-editor.png`,
      fullPage: true,
      clip: { ...editorBox, height: Math.min(editorBox.height, 760) },
    });
  saved.push(`${outDir}/fields-editor.png`);
  // «Rename all for Albato» (issue 11): typed into GetCourse's editor like the admin would, not saved.
  await page.goto(url(PAGES[0][1]));
  await page.locator('[data-gc-albato="summary"] .gc-rename-all').click({ timeout: 10_000 });
  await page.locator('[data-gc-albato="summary"] .gc-undo').waitFor({ timeout: 10_000 });
  const renamed = await page.locator('[data-gc-albato="summary"] .gc-renamed li').allTextContents();
  await page.locator('[data-gc-albato="summary"]').screenshot({ path: `${outDir}/fields-rename-all.png` });
  saved.push(`${outDir}/fields-rename-all.png`);
  console.log(
    `«Rename all» on the user fields: ${renamed.length} titles typed into the page's editor, e.g. ${renamed.slice(0, 2).join('; ')} — not saved, undo offered`,
  );
  await page.goto(url(PAGES[0][1]));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`${extensionOrigin}/popup.html`);
  // Save the tab's school with a key, then "Check connection" (issue 5).
  await popup.fill('#api-key', sandbox.keys.readWrite);
  await popup.click('#save-school');
  await popup.locator('.run-check').click({ timeout: 10_000 });
  await popup.locator('.copy-report').waitFor({ timeout: 20_000 });
  const steps = await popup
    .locator('li.step')
    .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-step')}: ${li.getAttribute('data-status')}`));
  const result = `${steps.join(', ')}; ${await popup.locator('#fields-readiness p').first().textContent()}`;
  await popup.screenshot({ path: `${outDir}/popup-connection-check.png`, fullPage: true });
  saved.push(`${outDir}/popup-connection-check.png`);
  console.log(`Connection check on ${sandbox.schools.school.host}: ${result}`);

  // A test deal (issue 6): a marked test address, cost typed as text, sent after the preview.
  await popup.locator('input[name="import-kind"][value="deals"]').check();
  await popup.fill('#import-offer', 'marketing-basic');
  await popup.fill('#import-cost', '1 500 руб.');
  await popup.locator('#import-preview summary').click();
  await popup.click('#import-send');
  await popup.locator('#import-result, #test-import .diagnosis').first().waitFor({ timeout: 20_000 });
  const imported = await popup
    .locator('#import-result .import-user, #import-result .import-deal, #test-import .diagnosis-title')
    .allInnerTexts();
  await popup.locator('#test-import').screenshot({ path: `${outDir}/popup-test-import.png` });
  saved.push(`${outDir}/popup-test-import.png`);
  console.log(`Test import (deal, "1 500 руб.") → ${imported.join('; ')}`);

  // "Test this URL" in the process editor's block modal (fact sheet R.2: double-click the block).
  // Test calls never go to GetCourse hosts (README, Security), so the tour sends the block's own
  // h.albato.ru URL on the sandbox's port (the browser resolves h.albato.ru to the sandbox, A33).
  // Its access is granted as the e2e suites do it: recorded through chrome://extensions' own site
  // access (a headless Chromium cannot show the prompt), then asked from the access page's click.
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    ([id, host]) => new Promise((done) => globalThis.chrome.developerPrivate.addHostPermission(id, host, done)),
    [new URL(extensionOrigin).host, 'https://h.albato.ru/*'],
  );
  await settings.close();
  const access = await context.newPage();
  await access.goto(`${extensionOrigin}/grant.html?origin=${encodeURIComponent('https://h.albato.ru')}`);
  await access.locator('#allow').click();
  await access.locator('.ok').waitFor({ timeout: 10_000 });
  await access.close();
  // The kind comes from GetCourse's processes list.
  await page.goto(url('/pl/tasks/mission/process?id=101'));
  await page.locator('#fwb2').dblclick();
  const input = page.locator('form.block-modal-window [data-operation-type="common_get_url"] input[type="text"]');
  await input.fill((await input.inputValue()).replace('https://h.albato.ru/', `https://h.albato.ru:${sandbox.httpsPort}/`));
  const panel = page.locator('[data-gc-albato="call-url-test"] .gc-test');
  await panel.locator('.gc-test-open').click();
  await panel.locator('.gc-test-send').click();
  const answer = await panel.locator('.gc-answer').textContent({ timeout: 15_000 });
  await page.locator('.block-modal .modal-content').screenshot({ path: `${outDir}/process-test-url.png` });
  saved.push(`${outDir}/process-test-url.png`);
  console.log(`Test this URL → sandbox receiver: ${answer?.slice(0, 80)}; it got ${JSON.stringify(sandbox.webhookCalls().at(-1)?.query)}`);
  console.log(`Screenshots saved:\n  ${saved.join('\n  ')}`);
  await browser.close();
  await sandbox.close();
}
