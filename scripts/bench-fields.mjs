// Field-name warnings in real Chromium on the sandbox's custom-form editor, which the page's own
// script draws as GetCourse's does (fact sheet R.1) (part of `npm run bench`). Figures only.
//  - first warning: time from the editor's first field being in the DOM to the first warning host
//    (both seen by a MutationObserver in the page), on late-drawn editors of 10, 1 000 and 5 000 fields
//  - per batch of changes: the content script's own work (performance.measure, enabled by the page
//    attribute data-gc-albato-bench) while the page's own editor adds 1 000 fields and deletes
//    them again, 50 per task (each one rewriting #CustomFormValue, as GetCourse's does)
//  - script time with the extension on vs off: CDP ScriptDuration for the same page and churn
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

  const scriptSeconds = async (browser, target = 'fields') => {
    const values = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url(1000));
      await page.waitForSelector('.custom-form-editor .field-wrapper', { state: 'attached' });
      await page.waitForTimeout(target === 'fields' ? 200 : 700);
      if (target === 'fields') await churn(page);
      const { metrics } = await cdp.send('Performance.getMetrics');
      values.push(metrics.find((m) => m.name === 'ScriptDuration').value);
      await page.close();
    }
    return median(values);
  };
  const on = await launchChromium({ lang: 'ru' });
  const off = await launchChromium({ lang: 'ru', withExtension: false });
  try {
    // No probe here: its own observer would add the same cost to both sides and blur the ratio.
    const onLoad = await scriptSeconds(on, 'fields-load');
    const offLoad = await scriptSeconds(off, 'fields-load');
    results.scriptOnOffLoad = { onMs: onLoad * 1000, offMs: offLoad * 1000, ratio: onLoad / offLoad };
    const onSeconds = await scriptSeconds(on);
    const offSeconds = await scriptSeconds(off);
    results.scriptOnOff = { onMs: onSeconds * 1000, offMs: offSeconds * 1000, ratio: onSeconds / offSeconds };
  } finally {
    await on.close();
    await off.close();
  }
  return results;
}
