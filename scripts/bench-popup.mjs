// `npm run bench`, popup part: how long the popup takes from navigation to interactive (its school
// panel drawn, `aria-busy` gone from `main.popup`), and how many messages it sends while opening,
// in Chromium with the store build, on a saved school's tab (median of RUNS fresh popups).
// The popup runs in a tab here (headless Chromium has no toolbar), opened the way the e2e suites
// open it; the tab it describes is the school page used just before. Opening any page in a new tab
// costs the browser time the popup cannot change, so the same runs also open an empty page of the
// same extension (a copy of the build with one `bench-blank.html` added): the popup's own time is
// the difference of the medians. Two more floors, in the same runs, say what any popup would pay on
// this machine: a page whose one module script (no imports) draws the element the probe waits for,
// and a page whose script first asks the worker for the settings (one message, as the popup's first).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchChromium } from '../e2e/harness/launch.js';

const RUNS = 15;

/** The floors' scripts (see above): each draws `main.popup` once its promise settles. */
const FLOOR_SCRIPTS = {
  'bench-script': 'Promise.resolve()',
  'bench-ask': "chrome.runtime.sendMessage({ type: 'ui-to-bg/get-settings' })",
};

/** Runs in the popup before its own script: watches for interactive, counts messages sent. */
function probe() {
  if (location.protocol !== 'chrome-extension:') return;
  const bench = { interactiveAt: 0, messages: [], ports: 0 };
  window.__bench = bench;
  const runtime = globalThis.chrome?.runtime;
  if (runtime) {
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      bench.messages.push(String(args[0]?.type ?? args[1]?.type ?? '?'));
      return send(...args);
    };
    const connect = runtime.connect.bind(runtime);
    runtime.connect = (...args) => {
      bench.ports += 1;
      return connect(...args);
    };
  }
  const ready = () => {
    const main = document.querySelector('main.popup');
    if (!bench.interactiveAt && main && !main.hasAttribute('aria-busy')) bench.interactiveAt = performance.now();
  };
  new MutationObserver(ready).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** @param {{ schools: { school: { host: string } }, httpsPort: number, keys: { readWrite: string } }} sandbox */
export async function benchPopup(sandbox) {
  const build = mkdtempSync(join(tmpdir(), 'bench-popup-'));
  cpSync(CHROME_BUILD, build, { recursive: true });
  // What the probe waits for on the popup, present from the first parse.
  writeFileSync(join(build, 'bench-blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><main class="popup"></main>');
  for (const [name, body] of Object.entries(FLOOR_SCRIPTS)) {
    writeFileSync(
      join(build, `${name}.js`),
      `${body}.then(() => document.body.append(Object.assign(document.createElement('main'), { className: 'popup' })));`,
    );
    writeFileSync(
      join(build, `${name}.html`),
      `<!doctype html><meta charset="utf-8"><title>${name}</title><script type="module" src="/${name}.js"></script><body></body>`,
    );
  }
  const browser = await launchChromium({ lang: 'ru', extensionPath: build });
  try {
    await browser.context.addInitScript(probe);
    const page = await browser.context.newPage();
    await page.goto(`https://${sandbox.schools.school.host}:${sandbox.httpsPort}/pl/sales/offer/index`);
    // Save the school once, so every measured popup opens on a saved school (the usual case).
    const setup = await browser.context.newPage();
    await setup.goto(`${browser.extensionOrigin}/popup.html`);
    await setup.fill('#api-key', sandbox.keys.readWrite);
    await setup.click('#save-school');
    await setup.locator('#school-panel').waitFor();
    await setup.close();

    const times = [];
    const blankTimes = [];
    const floorTimes = Object.fromEntries(Object.keys(FLOOR_SCRIPTS).map((name) => [name, []]));
    let messages = [];
    for (let run = 0; run < RUNS; run++) {
      await page.bringToFront();
      const blank = await browser.context.newPage();
      await blank.goto(`${browser.extensionOrigin}/bench-blank.html`);
      await blank.waitForFunction(() => window.__bench?.interactiveAt > 0, null, { timeout: 15_000 });
      blankTimes.push(await blank.evaluate(() => window.__bench.interactiveAt));
      await blank.close();

      await page.bringToFront();
      const popup = await browser.context.newPage();
      await popup.goto(`${browser.extensionOrigin}/popup.html`);
      await popup.waitForFunction(() => window.__bench?.interactiveAt > 0, null, { timeout: 15_000 });
      await popup.waitForLoadState('networkidle').catch(() => {});
      const seen = await popup.evaluate(() => ({
        at: window.__bench.interactiveAt,
        messages: window.__bench.messages,
        ports: window.__bench.ports,
      }));
      times.push(seen.at);
      messages = seen.messages;
      await popup.close();
      // After the popup, so the floor that asks the worker never wakes it for the popup.
      for (const name of Object.keys(FLOOR_SCRIPTS)) {
        await page.bringToFront();
        const floor = await browser.context.newPage();
        await floor.goto(`${browser.extensionOrigin}/${name}.html`);
        await floor.waitForFunction(() => window.__bench?.interactiveAt > 0, null, { timeout: 15_000 });
        floorTimes[name].push(await floor.evaluate(() => window.__bench.interactiveAt));
        await floor.close();
      }
    }
    times.sort((a, b) => a - b);
    blankTimes.sort((a, b) => a - b);
    const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
    const counts = {};
    for (const type of messages) counts[type] = (counts[type] ?? 0) + 1;
    return {
      interactiveMs: { median: times[Math.floor(RUNS / 2)], min: times[0], max: times[RUNS - 1], runs: RUNS },
      blankPageMs: { median: blankTimes[Math.floor(RUNS / 2)], min: blankTimes[0], max: blankTimes[RUNS - 1] },
      /** medians: a page with one module script, and one whose script waits for one answer of the worker */
      floorsMs: { script: median(floorTimes['bench-script']), ask: median(floorTimes['bench-ask']) },
      messagesOnOpen: messages.length,
      repeated: Object.entries(counts)
        .filter(([, n]) => n > 1)
        .map(([type, n]) => `${type} ×${n}`),
    };
  } finally {
    await browser.close();
    rmSync(build, { recursive: true, force: true });
  }
}
