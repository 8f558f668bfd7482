// Field-name warnings in real Chromium on the sandbox's custom-form editor, which the page's own
// script draws as GetCourse's does (fact sheet R.1) (part of `npm run bench`). Figures only.
//  - first warning: time from the editor's first field being in the DOM to the first warning host
//    (both seen by a MutationObserver in the page), on late-drawn editors of 10, 1 000 and 5 000 fields
//  - per batch of changes: the content script's own work (performance.measure, enabled by the page
//    attribute data-gc-albato-bench) while the page's own editor adds 1 000 fields and deletes
//    them again, 50 per task (each one rewriting #CustomFormValue, as GetCourse's does)
//  - script time with the extension on vs off: CDP ScriptDuration (CPU time) for the same page, loaded
//    and drawn, and with the churn
//    (the fixed cost on pages with the badge only is scripts/bench-fixed-cost.mjs's)
import { launchChromium } from '../e2e/harness/launch.js';

const RUNS = 9;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);

function probe() {
  window.__bench = { listAt: 0, warningAt: 0 };
  // The content script runs at document_idle; the attribute only has to be there by then.
  const mark = () => document.documentElement?.setAttribute('data-gc-albato-bench', '');
  if (document.documentElement) mark();
  else document.addEventListener('DOMContentLoaded', mark);
  // Runs before the content script's observer on every batch. The list's time is taken when this
  // callback has finished reading the batch, so its own reading is not counted against the extension.
  new MutationObserver((records) => {
    const start = performance.now();
    let list = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (!window.__bench.listAt && node.matches('.field-wrapper')) list = true;
        if (!window.__bench.warningAt && node.getAttribute('data-gc-albato') === 'field-warning') window.__bench.warningAt = start;
      }
    }
    if (list) window.__bench.listAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/** 1 000 fields added through the editor's own «add field» menu, then deleted with its own button, 50 per task. */
async function churn(page) {
  await page.evaluate(async () => {
    const links = [...document.querySelectorAll('.add-types-list a')];
    const remove = document.querySelector('.field-settings-editor > a.btn');
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let batch = 0; batch < 20; batch++) {
      for (let i = 0; i < 50; i++) links[i % links.length].click();
      await nextTask();
    }
    for (let batch = 0; batch < 20; batch++) {
      for (let i = 0; i < 50; i++) {
        document.querySelector('.custom-form-editor .fields .field-wrapper:last-child').click();
        remove.click();
      }
      await nextTask();
    }
  });
}

export async function benchFields(sandbox) {
  const url = (count) =>
    `https://${sandbox.schools.school.host}:${sandbox.httpsPort}/pl/logic/context/custom-fields?contextName=UserContext&demo=long&count=${count}&render=late`;
  const results = { firstWarningMs: {}, batchMs: {}, deferredMs: {}, scriptOnOff: {} };
  const withExt = await launchChromium({ lang: 'ru' });
  try {
    await withExt.context.addInitScript(probe);
    for (const count of [10, 1000, 5000]) {
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await withExt.context.newPage();
        await page.goto(url(count));
        await page.waitForFunction(() => window.__bench.warningAt > 0, null, { timeout: 30_000 });
        times.push(await page.evaluate(() => window.__bench.warningAt - window.__bench.listAt));
        await page.close();
      }
      results.firstWarningMs[count] = median(times);
      results.firstWarningSpread = { ...results.firstWarningSpread, [count]: [quantile(times, 0), quantile(times, 1)] };
    }
    const page = await withExt.context.newPage();
    await page.goto(url(1000));
    await page.waitForFunction(() => window.__bench.warningAt > 0);
    await page.evaluate(() => performance.clearMeasures());
    await churn(page);
    const batches = await page.evaluate(() => performance.getEntriesByName('gc-albato:field-scan').map((e) => e.duration));
    const deferred = await page.evaluate(() => performance.getEntriesByName('gc-albato:field-deferred').map((e) => e.duration));
    results.batchMs = { batches: batches.length, p50: quantile(batches, 0.5), p95: quantile(batches, 0.95), max: Math.max(...batches) };
    results.deferredMs = {
      tasks: deferred.length,
      p50: quantile(deferred, 0.5) ?? 0,
      p95: quantile(deferred, 0.95) ?? 0,
      max: deferred.length ? Math.max(...deferred) : 0,
    };
    await page.close();
  } finally {
    await withExt.close();
  }

  // Script time of one fresh page: CDP ScriptDuration in the main thread's CPU time (threadTicks;
  // wall time also counts waits for a core on this shared machine), every world included.
  const scriptMs = async (browser, target) => {
    const page = await browser.context.newPage();
    try {
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(url(1000));
      await page.waitForSelector('.custom-form-editor .field-wrapper', { state: 'attached' });
      await page.waitForTimeout(target === 'churn' ? 200 : 1000);
      if (target === 'churn') await churn(page);
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    } finally {
      await page.close();
    }
  };
  /**
   * On and off take turns, so a busy minute of the machine falls on both. The page's own script
   * time comes in two modes here (≈ 230 and ≈ 330 ms off, the same page), so one run's ratio says
   * little: the figure is the ratio of the medians, with the middle half of each side printed.
   */
  const onOff = async (target, runs) => {
    const times = { on: [], off: [] };
    for (let run = 0; run < runs; run++)
      for (const side of run % 2 ? ['on', 'off'] : ['off', 'on']) times[side].push(await scriptMs(side === 'on' ? on : off, target));
    const spread = (values) => ({ median: median(values), low: quantile(values, 0.25), high: quantile(values, 0.75) });
    const [onMs, offMs] = [spread(times.on), spread(times.off)];
    return { onMs: onMs.median, offMs: offMs.median, ratio: onMs.median / offMs.median, on: onMs, off: offMs, runs };
  };
  const on = await launchChromium({ lang: 'ru' });
  const off = await launchChromium({ lang: 'ru', withExtension: false });
  try {
    // No probe here: its own observer would add the same cost to both sides and blur the ratio.
    results.scriptOnOffLoad = await onOff('load', 15);
    results.scriptOnOff = await onOff('churn', 5);
  } finally {
    await on.close();
    await off.close();
  }
  return results;
}
