// `npm run bench`, fixed-cost part (issue 14): what the content script costs a GetCourse page it
// does not serve, or serves with the page badge only, beside what every GetCourse admin page already
// pays for jQuery 3 (its layout loads jQuery), in the same Chromium runs, with the store build on the
// sandbox. Figures only, nothing asserted.
//
// The meter: CDP `Performance.getMetrics` ScriptDuration of a fresh page, read with
// `timeDomain: 'threadTicks'`, i.e. the CPU time the page's main thread spent running script, in
// every world. Our fixed cost is that figure with the extension on minus the same page in a browser
// without it (same flags), per run, median of RUNS runs that take turns. ScriptDuration holds what a
// CPU profile attributed to our files would miss — the browser building the extension API's bindings
// in the content script's world on first use, replies being deserialised, page listeners woken by
// what the script dispatches — and a profile slows what it samples. CPU time rather than wall time
// because this machine is shared: a wall-clock figure also counts the time the thread waited for a
// core, and the same page's doubled or halved from one run to the next; CPU time varies far less (the
// middle half of the runs is printed with each median). The ratio to jQuery is taken in each run,
// then its median, so both sides of it come from the same minute of the machine. Playwright adds
// nothing to the figure: the pages are only navigated and waited on (no evaluate, no waitForSelector:
// both inject Playwright's own script) until the metrics are read.
//
// jQuery 3: the same page, extension off, with node_modules/jquery/dist/jquery.min.js (the version
// pinned in package.json) as the first `<script src>` of its <head>, as a page's layout loads it; the
// script time it adds over the plain page is its cost, read with the same meter as ours. It is served
// through request interception, so each run loads it as on a first visit (no HTTP or code cache).
// Chromium may compile a large external script off the main thread while a content script is compiled
// on it, so if anything the comparison favours jQuery.
//
// The polyfill (webextension-polyfill, part of the promised stack, kept): its bytes in a content
// script (gzipped: the script gzipped with and without its code), and its cost in the page: the badge
// page's script time with the store build minus a copy of the build whose content script takes the
// browser's own `browser` namespace instead of running the polyfill (what the polyfill itself returns
// in a browser that has one, as Chromium now does). The build reads the polyfill as an ES module
// (scripts/build/polyfill-esm.ts); before that, the bundler's CommonJS interop around it read every property
// of the browser's `browser` and cost another 0.5–1.7 ms per page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, launchChromium } from '../e2e/harness/launch.js';

const RUNS = 21;
/** After `load`: the content script runs at document_idle and waits for the background's reply. */
const SETTLE_MS = 500;
const JQUERY_PATH = '/__bench/jquery.min.js';
/** The API keys group's script (entrypoints/content/index.ts), the smallest: the page badge only. */
const KEY_PAGES_SCRIPT = 'content-scripts/content.js';

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const summary = (values) => ({
  median: quantile(values, 0.5),
  low: quantile(values, 0.25),
  high: quantile(values, 0.75),
  runs: values.length,
});
/** Median of each run's difference: the runs take turns, so a busy moment of the machine falls on both sides. */
const difference = (a, b) => summary(a.map((value, i) => value - b[i]));

/** The pages measured: one no script of ours is injected into, the API keys page, the offers list. */
const PAGES = {
  unserved: {
    path: '/',
    what: 'an admin page no feature serves (the dashboard: no group names it, so no script of ours is injected)',
    marker: false,
  },
  badge: { path: '/saas/account/api', what: 'only the page badge runs (the API keys page)', marker: true },
  offers: { path: '/pl/sales/offer/index', what: 'the page badge and the offer codes’ note (the offers list)', marker: true },
};

// ---- The polyfill in a built content script --------------------------------------------------------

/** Index just past the bracket that closes the one at `open`, skipping strings, templates and comments. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '`') {
      for (i++; code[i] !== '`'; i++) {
        if (code[i] === '\\') i++;
        else if (code[i] === '$' && code[i + 1] === '{') i = closing(code, i + 1) - 1;
      }
    } else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 1;
    else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The polyfill's first statement, the same in every version since 0.1. */
const POLYFILL_GUARD = 'This script should only be loaded in a browser extension.';

/**
 * The polyfill's factory in a built content script, `function(e){…}`: as scripts/build/polyfill-esm.ts
 * leaves it, called with the module object whose `exports` the script then uses. Null when that
 * shape is not found (a bundler update): the figures then say so instead of guessing.
 */
export function polyfillFactory(code) {
  const guard = code.indexOf(POLYFILL_GUARD);
  if (guard < 0) return null;
  const start = code.lastIndexOf('function(', guard);
  const params = /^function\(([\w$]+)\)\{/.exec(code.slice(start));
  if (start < 0 || !params) return null;
  const end = closing(code, start + params[0].length - 1);
  return end < 0 ? null : { start, end, param: params[1], text: code.slice(start, end) };
}

/** The polyfill's share of a built content script: raw bytes, and gzipped (the script gzipped with and without it). */
export function polyfillBytes(scriptFile) {
  const code = readFileSync(scriptFile, 'utf8');
  const factory = polyfillFactory(code);
  if (!factory) return null;
  const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
  const without = code.slice(0, factory.start) + 'function(){}' + code.slice(factory.end);
  return { raw: Buffer.byteLength(factory.text), gzip: gz(code) - gz(without), scriptGzip: gz(code) };
}

/** The API keys page's script without the polyfill's code: its module exports the browser's own namespace. */
function withoutPolyfill(code) {
  const factory = polyfillFactory(code);
  return (
    factory &&
    `${code.slice(0, factory.start)}function(${factory.param}){${factory.param}.exports=globalThis.browser}${code.slice(factory.end)}`
  );
}

/** A copy of the store build with the API keys page's script changed; removed by the caller. */
function buildCopy(change) {
  const code = change(readFileSync(join(CHROME_BUILD, KEY_PAGES_SCRIPT), 'utf8'));
  if (!code) return null;
  const dir = mkdtempSync(join(tmpdir(), 'bench-fixed-cost-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  writeFileSync(join(dir, KEY_PAGES_SCRIPT), code);
  return dir;
}

// ---- Pages, with and without the extension, with and without jQuery --------------------------------

/** The page's HTML as the sandbox serves it (the test browsers resolve the school's host to 127.0.0.1; Node does not). */
function fetchPage(sandbox, path, cookie) {
  const host = sandbox.schools.school.host;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sandbox.httpsPort,
        path,
        servername: host,
        rejectUnauthorized: false,
        headers: { host: `${host}:${sandbox.httpsPort}`, cookie },
      },
      (res) => {
        let html = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (html += chunk));
        res.on('end', () => resolve(html));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Script CPU time (ms) of one fresh page, read before anything of Playwright's runs in it; then
 * `expect` checks the run measured what it says (our badge drawn or not, jQuery there or not).
 */
async function scriptMs(browser, url, { jquery, expect }) {
  const page = await browser.context.newPage();
  try {
    if (jquery) {
      const { origin, pathname, search } = new URL(url);
      await page.route(url, async (route) => {
        const html = await jquery.page(pathname + search, (await route.request().allHeaders()).cookie ?? '');
        const body = html.replace('<head>', `<head><script src="${JQUERY_PATH}"></script>`);
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
      await page.route(origin + JQUERY_PATH, (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: jquery.source }),
      );
    }
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = metrics.find((m) => m.name === 'ScriptDuration').value;
    expect(
      await page.evaluate(() => ({
        marker: document.querySelector('gc-albato-marker') !== null,
        jquery: /** @type {{ jQuery?: { fn?: { jquery?: string } } }} */ (/** @type {unknown} */ (window)).jQuery?.fn?.jquery ?? null,
      })),
    );
    return seconds * 1000;
  } finally {
    await page.close();
  }
}

/** @param {{ schools: { school: { host: string } }, httpsPort: number }} sandbox */
export async function benchFixedCost(sandbox) {
  const base = `https://${sandbox.schools.school.host}:${sandbox.httpsPort}`;
  const jquery = {
    source: readFileSync('node_modules/jquery/dist/jquery.min.js', 'utf8'),
    version: JSON.parse(readFileSync('node_modules/jquery/package.json', 'utf8')).version,
    page: (path, cookie) => fetchPage(sandbox, path, cookie),
  };
  const check = (what, ok) => {
    if (!ok) throw new Error(`bench-fixed-cost: ${what}`);
  };
  const copies = { withoutPolyfill: buildCopy(withoutPolyfill) };
  /** @type {Record<string, import('../e2e/harness/launch.js').LaunchedBrowser>} */
  const browsers = {};
  const times = Object.fromEntries(Object.keys(PAGES).map((name) => [name, { on: [], off: [] }]));
  const badge = { jquery: [], withoutPolyfill: [] };
  try {
    browsers.on = await launchChromium({ lang: 'ru' });
    browsers.off = await launchChromium({ lang: 'ru', withExtension: false });
    for (const [name, dir] of Object.entries(copies)) if (dir) browsers[name] = await launchChromium({ lang: 'ru', extensionPath: dir });
    for (let run = 0; run < RUNS; run++) {
      // Every other run in the opposite order, so no page always comes first after a pause.
      const order = run % 2 ? Object.entries(PAGES).toReversed() : Object.entries(PAGES);
      for (const [name, page] of order) {
        const url = base + page.path;
        const badgeDrawn = (seen) => check(`${name}: badge ${seen.marker ? 'drawn' : 'missing'}`, seen.marker === page.marker);
        const measured = {
          off: () => scriptMs(browsers.off, url, { expect: (seen) => check(`${name}: a badge with no extension`, !seen.marker) }),
          on: () => scriptMs(browsers.on, url, { expect: badgeDrawn }),
        };
        for (const side of run % 2 ? ['on', 'off'] : ['off', 'on']) times[name][side].push(await measured[side]());
        if (name !== 'badge') continue;
        for (const copy of ['withoutPolyfill'])
          if (browsers[copy]) badge[copy].push(await scriptMs(browsers[copy], url, { expect: badgeDrawn }));
        badge.jquery.push(
          await scriptMs(browsers.off, url, { jquery, expect: (seen) => check('jQuery did not load', seen.jquery === jquery.version) }),
        );
      }
    }
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
    for (const dir of Object.values(copies)) if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const pages = Object.fromEntries(
    Object.entries(times).map(([name, t]) => [
      name,
      { path: PAGES[name].path, what: PAGES[name].what, onMs: summary(t.on), offMs: summary(t.off), costMs: difference(t.on, t.off) },
    ]),
  );
  const jqueryRun = badge.jquery.map((ms, i) => ms - times.badge.off[i]);
  const ratio = (t) => summary(t.on.map((ms, i) => (ms - t.off[i]) / jqueryRun[i]));
  return {
    pages,
    jquery: { version: jquery.version, ms: summary(jqueryRun) },
    ratio: Object.fromEntries(Object.entries(times).map(([name, t]) => [name, ratio(t)])),
    polyfill: {
      bytes: polyfillBytes(join(CHROME_BUILD, KEY_PAGES_SCRIPT)),
      evalMs: copies.withoutPolyfill ? difference(times.badge.on, badge.withoutPolyfill) : null,
    },
    samples: { ...times, badgeVariants: badge },
  };
}
