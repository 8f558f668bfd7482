// `npm run bench`: figures, not assertions. Later issues add their own sections here.
//  - gzipped size of each built entry (content script, background, popup) for Chrome and Firefox
//  - sandbox start-up time (median of 15 starts)
//  - name-suggestion throughput vs two npm transliteration packages (scripts/bench-names.mjs)
//  - field-name warnings in real Chromium: first warning, per-batch cost, on/off script time
//    (scripts/bench-fields.mjs); `--no-browser` skips this part
//  - the content script's fixed cost on pages it does not serve (none injected) or serves with the badge only,
//    beside jQuery 3's evaluation in the same page, and the polyfill's share
//    (scripts/bench-fixed-cost.mjs; its bytes also with `--no-browser`)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { polyfillBytes } from './bench-fixed-cost.mjs';

/** Always a fresh store build: figures from a stale .output would mislead. */
function build(browser) {
  const dir = `.output/${browser}-mv3`;
  const args = browser === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
  const result = spawnSync('npx', args, { stdio: 'ignore', env: { ...process.env, WXT_E2E: '' } });
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) throw new Error(`build for ${browser} failed`);
  return dir;
}

function entryFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const background = manifest.background.service_worker ?? manifest.background.scripts[0];
  // One content script per page group (entrypoints/content/registry.ts): a page loads exactly one.
  const content = Object.fromEntries(
    manifest.content_scripts.map((c) => [`content ${c.js[0].replace(/^content-scripts\/|\.js$/g, '')}`, c.js]),
  );
  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const popup = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  // What the popup loads after its first paint (the test import, by `import()`).
  const later = popup.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/\bimport\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)].map((m) => `chunks/${m[1]}`),
  );
  return { ...content, background: [background], popup, 'popup, loaded later': later };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Each figure is printed beside its target, and whether it meets it. */
const met = (ok) => (ok ? '✓' : '✗');
/** The targets (issue text), in one place. */
const TARGETS = {
  contentScriptGzip: 15_000,
  namesRatio: 2,
  fixedCostRatio: 0.12,
  popupMs: 75,
  popupPerEmptyPage: 2.5,
  firstWarningMsAt1000: 16,
  batchP95Ms: 2,
  editorLoadOnOff: 1.1,
  editorChurnOnOff: 1.05,
};
console.log('Bundle sizes (raw / gzip -9), each entry with the chunks its HTML or manifest loads');
const figures = {};
for (const browser of ['chrome', 'firefox']) {
  const dir = build(browser);
  for (const [entry, files] of Object.entries(entryFiles(dir))) {
    let raw = 0;
    let gz = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    figures[`${browser} ${entry}`] = { raw, gzip: gz };
    console.log(`  ${browser.padEnd(8)} ${entry.padEnd(22)} ${kb(raw).padStart(9)} ${kb(gz).padStart(9)}  (${files.join(', ')})`);
  }
  const largest = Object.entries(figures)
    .filter(([name]) => name.startsWith(`${browser} content`))
    .sort((a, b) => b[1].gzip - a[1].gzip)[0];
  console.log(
    `  ${browser}: the largest content script a page loads is ${largest[0].slice(browser.length + 1)}, ${largest[1].gzip} bytes gz (target ≤ ${TARGETS.contentScriptGzip}) ${met(largest[1].gzip <= TARGETS.contentScriptGzip)}`,
  );
  // The same polyfill is in every content script; the API keys page's is the smallest script, where its share shows most.
  const polyfill = polyfillBytes(join(dir, 'content-scripts/content.js'));
  figures[`${browser} polyfill`] = polyfill;
  console.log(
    polyfill
      ? `  ${browser}: webextension-polyfill in each content script: ${polyfill.raw} bytes raw, ${polyfill.gzip} bytes of the API keys page script's ${polyfill.scriptGzip} gz`
      : `  ${browser}: webextension-polyfill not found in the content script (bundler output changed?)`,
  );
}
const zips = existsSync('.output') ? readdirSync('.output').filter((f) => f.endsWith('.zip')) : [];
for (const zip of zips) console.log(`  zip ${zip}: ${kb(readFileSync(join('.output', zip)).length)}`);

const { startSandbox } = await import('../sandbox/index.js');
const times = [];
for (let i = 0; i < 15; i++) {
  const started = performance.now();
  const sandbox = await startSandbox();
  times.push(performance.now() - started);
  await sandbox.close();
}
times.sort((a, b) => a - b);
console.log(`Sandbox start (HTTP + HTTPS, seed data): median ${times[7].toFixed(1)} ms, max ${times[14].toFixed(1)} ms over 15 starts`);
figures.sandboxStartMs = { median: times[7], max: times[14] };
const { benchNames } = await import('./bench-names.mjs');
const names = await benchNames();
console.log(
  `Name suggestions per CPU second on ${names.names} fixture names (medians of ${names.rounds} rounds): ours ${Math.round(names.ours)}, transliteration ${Math.round(names.transliteration)}, cyrillic-to-translit-js ${Math.round(names.cyrillicToTranslit)}`,
);
console.log(
  `  ours / the faster package, each round's own: ${names.ratio.median.toFixed(2)}× (middle half ${names.ratio.low.toFixed(2)}–${names.ratio.high.toFixed(2)}; target ≥ ${TARGETS.namesRatio}×) ${met(names.ratio.median >= TARGETS.namesRatio)}`,
);
figures.nameSuggestions = names;

if (!process.argv.includes('--no-browser')) {
  const { ensureBrowsers } = await import('./browsers.mjs');
  ensureBrowsers();
  const { benchFields } = await import('./bench-fields.mjs');
  const sandbox = await startSandbox();
  try {
    const fields = await benchFields(sandbox);
    for (const [count, ms] of Object.entries(fields.firstWarningMs)) {
      const [low, high] = fields.firstWarningSpread[count];
      console.log(
        `First field warning after the list appears, ${count} fields (Chromium, median of 9, fresh page each): ${ms.toFixed(1)} ms (range ${low.toFixed(1)}–${high.toFixed(1)}; target ≤ ${TARGETS.firstWarningMsAt1000} ms at 1 000)${count === '1000' ? ` ${met(ms <= TARGETS.firstWarningMsAt1000)}` : ''}`,
      );
    }
    console.log(
      `Content-script scan per mutation batch, 1 000 rows in and out in 50-row tasks: p50 ${fields.batchMs.p50.toFixed(2)} ms, p95 ${fields.batchMs.p95.toFixed(2)} ms, max ${fields.batchMs.max.toFixed(2)} ms over ${fields.batchMs.batches} batches (target p95 ≤ ${TARGETS.batchP95Ms} ms) ${met(fields.batchMs.p95 <= TARGETS.batchP95Ms)}`,
    );
    console.log(
      `Deferred work (handing rows to the viewport observer, drawing rows as they scroll in) in the same churn: p50 ${fields.deferredMs.p50.toFixed(2)} ms, p95 ${fields.deferredMs.p95.toFixed(2)} ms, max ${fields.deferredMs.max.toFixed(2)} ms over ${fields.deferredMs.tasks} tasks`,
    );
    console.log(
      `Page script time (CPU) with the extension on / off, the editor page with 1 000 fields loaded and drawn by its own script (medians of ${fields.scriptOnOffLoad.runs} interleaved runs): ${fields.scriptOnOffLoad.onMs.toFixed(1)} ms / ${fields.scriptOnOffLoad.offMs.toFixed(1)} ms = ${fields.scriptOnOffLoad.ratio.toFixed(3)} (target ≤ ${TARGETS.editorLoadOnOff.toFixed(2)}; middle half on ${fields.scriptOnOffLoad.on.low.toFixed(0)}–${fields.scriptOnOffLoad.on.high.toFixed(0)}, off ${fields.scriptOnOffLoad.off.low.toFixed(0)}–${fields.scriptOnOffLoad.off.high.toFixed(0)} ms) ${met(fields.scriptOnOffLoad.ratio <= TARGETS.editorLoadOnOff)}`,
    );
    console.log(
      `Page script time (CPU) with the extension on / off (1 000 fields + churn through the editor's own add/delete, medians of ${fields.scriptOnOff.runs} interleaved runs): ${fields.scriptOnOff.onMs.toFixed(1)} ms / ${fields.scriptOnOff.offMs.toFixed(1)} ms = ${fields.scriptOnOff.ratio.toFixed(3)} (target ≤ ${TARGETS.editorChurnOnOff}) ${met(fields.scriptOnOff.ratio <= TARGETS.editorChurnOnOff)}`,
    );
    figures.fieldWarnings = fields;
    const { benchFixedCost } = await import('./bench-fixed-cost.mjs');
    const fixed = await benchFixedCost(sandbox);
    const ms = ({ median, low, high }) => `${median.toFixed(2)} ms (middle half ${low.toFixed(2)}–${high.toFixed(2)})`;
    console.log(
      `Fixed cost of the content script (Chromium, the page's script CPU time with the extension on minus off, median of ${fixed.jquery.ms.runs} fresh pages each):`,
    );
    for (const page of Object.values(fixed.pages))
      console.log(
        `  ${page.what}, ${page.path}: on ${page.onMs.median.toFixed(2)} ms, off ${page.offMs.median.toFixed(2)} ms: ${ms(page.costMs)}`,
      );
    console.log(
      `  jQuery ${fixed.jquery.version} loaded by the same page, extension off (what every admin page already pays): ${ms(fixed.jquery.ms)}`,
    );
    const ratio = ({ median, low, high }) => `${median.toFixed(3)} (${low.toFixed(3)}–${high.toFixed(3)})`;
    const fixedMet = (figure) => `(target ≤ ${TARGETS.fixedCostRatio}) ${met(figure.median <= TARGETS.fixedCostRatio)}`;
    console.log(
      `  ours / jQuery's, each run's own: badge only ${ratio(fixed.ratio.badge)} ${fixedMet(fixed.ratio.badge)}, page not served ${ratio(fixed.ratio.unserved)} ${fixedMet(fixed.ratio.unserved)}, offers list ${ratio(fixed.ratio.offers)}`,
    );
    console.log(
      `  the 1 000-field editor's page on / off (above, CPU time): ${fields.scriptOnOffLoad.ratio.toFixed(3)} (target ≤ ${TARGETS.editorLoadOnOff.toFixed(2)}) ${met(fields.scriptOnOffLoad.ratio <= TARGETS.editorLoadOnOff)}`,
    );
    const { polyfill } = fixed;
    console.log(
      `  webextension-polyfill: ${polyfill.bytes ? `${polyfill.bytes.gzip} bytes gz of the API keys page's script` : 'not found in the content script'}; ${polyfill.evalMs ? `its code costs the badge page ${ms(polyfill.evalMs)}` : 'its time not measured'}`,
    );
    figures.fixedCost = fixed;
    const { benchPopup } = await import('./bench-popup.mjs');
    const popup = await benchPopup(sandbox);
    const popupMs = popup.interactiveMs.median;
    const emptyMs = popup.blankPageMs.median;
    const popupOk = popupMs <= TARGETS.popupMs && popupMs <= TARGETS.popupPerEmptyPage * emptyMs;
    console.log(
      `Popup open→interactive (Chromium, saved school, median of ${popup.interactiveMs.runs}): ${popupMs.toFixed(1)} ms (target ≤ ${TARGETS.popupMs} ms, ≤ ${TARGETS.popupPerEmptyPage} × empty ${emptyMs.toFixed(1)} ms) ${met(popupOk)}`,
    );
    console.log(
      `  range ${popup.interactiveMs.min.toFixed(1)}–${popup.interactiveMs.max.toFixed(1)} ms; the empty page of the extension in the same runs: range ${popup.blankPageMs.min.toFixed(1)}–${popup.blankPageMs.max.toFixed(1)} ms, so the popup's own time is ${(popupMs - emptyMs).toFixed(1)} ms (${(popupMs / emptyMs).toFixed(2)} × empty); messages sent while opening: ${popup.messagesOnOpen}${popup.repeated.length ? ` (repeated: ${popup.repeated.join(', ')})` : ''}`,
    );
    console.log(
      `  floors in the same runs: a page of the extension whose one module script (no imports) draws at once ${popup.floorsMs.script.toFixed(1)} ms; one whose script first waits for one answer of the worker ${popup.floorsMs.ask.toFixed(1)} ms (${(popup.floorsMs.ask / emptyMs).toFixed(2)} × empty)`,
    );
    figures.popup = popup;
  } finally {
    await sandbox.close();
  }
}
console.log(JSON.stringify(figures));
