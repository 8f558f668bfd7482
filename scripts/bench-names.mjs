// Name-suggestion throughput (part of `npm run bench`): our lintFieldName against the npm packages
// `transliteration` (slugify) and `cyrillic-to-translit-js` on the same names. Figures only.
//
// Why it is measured this way (the ratio used to move between 1.4× and 2.2× from run to run):
// - Our code is loaded as it ships, bundled into one plain ES module, like the packages' own
//   files: through Vite's SSR loader every call from field-name.ts into transliterate.ts went
//   through a namespace getter, once per letter, which the built extension never does.
// - All three are loaded once and warmed up the same way, for the same time, before anything is
//   timed: the packages used to be warm from the previous run (imported once per process) while
//   ours was loaded afresh each run, and one pass over the names is not enough for the JIT.
// - The three take turns in slices of about the same length, the order rotating each round, and
//   the ratio is taken within each round, then its median: the machine is shared, and a busy second
//   used to land on whichever contender was being timed then. Each slice is timed in the process's
//   CPU time, not wall time, so the time spent waiting for a core counts for no one.
// - Each slice starts after a garbage collection, so no contender pays for the garbage another left.
// - Every output is consumed, and checked to be the same on every pass (a string per name), so no
//   contender's work can be skipped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build, createServer } from 'vite';
import { slugify } from 'transliteration';
import CyrillicToTranslit from 'cyrillic-to-translit-js';

const WARM_MS = 600;
const ROUNDS = 31;
/** Each contender's slice, in CPU time: long beside a scheduler's time slice, short beside a busy moment. */
const SLICE_MS = 20;

setFlagsFromString('--expose-gc');
/** @type {() => void} */
const collectGarbage = runInNewContext('gc');

/** utils/field-name.ts bundled as the extension bundles it: one module, direct calls. */
async function loadOurs() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: resolve('utils/field-name.ts'), formats: ['es'], fileName: 'field-name' } },
  });
  const chunk = [output].flat()[0].output[0];
  const dir = mkdtempSync(join(tmpdir(), 'bench-names-'));
  try {
    writeFileSync(join(dir, 'field-name.mjs'), chunk.code);
    return await import(pathToFileURL(join(dir, 'field-name.mjs')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadNames() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent', configFile: false });
  try {
    const { FIELD_NAMES } = await vite.ssrLoadModule('/tests/fixtures/field-names.ts');
    return FIELD_NAMES.map((c) => c.name).filter((n) => n.length < 1000);
  } finally {
    await vite.close();
  }
}

/** CPU time of this process so far, in ms (user + system, every thread: a contender's garbage collection counts as its own). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One pass: every name through `fn`, the outputs' total length (the outputs are consumed). */
function pass(fn, names) {
  let length = 0;
  for (const name of names) length += fn(name).length;
  return length;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { low: sorted[Math.floor(sorted.length / 4)], high: sorted[Math.floor((3 * sorted.length) / 4)] };
};

export async function benchNames() {
  const { lintFieldName } = await loadOurs();
  const names = await loadNames();
  const cyr = new CyrillicToTranslit();
  /** @type {Record<string, (name: string) => string>} */
  const contenders = {
    ours: (n) => lintFieldName(n).suggestion,
    transliteration: (n) => slugify(n, { separator: '_', lowercase: true }),
    cyrillicToTranslit: (n) => cyr.transform(n, '_').toLowerCase(),
  };
  const order = () => Object.keys(contenders);
  const expected = {};
  for (const [name, fn] of Object.entries(contenders)) {
    for (const input of names) if (typeof fn(input) !== 'string') throw new Error(`bench-names: ${name} gave no string for ${input}`);
    expected[name] = pass(fn, names);
  }
  // The same warm-up for each, taking turns, so the JIT has settled for all three before timing;
  // it also counts the passes that fill one slice for each.
  const passes = Object.fromEntries(order().map((name) => [name, 0]));
  const warmCpu = Object.fromEntries(order().map((name) => [name, 0]));
  while (Math.min(...Object.values(warmCpu)) < WARM_MS)
    for (const [name, fn] of Object.entries(contenders)) {
      const started = cpuMs();
      pass(fn, names);
      warmCpu[name] += cpuMs() - started;
      passes[name] += 1;
    }
  for (const name of order()) passes[name] = Math.max(1, Math.round((passes[name] * SLICE_MS) / warmCpu[name]));

  const contenderNames = order();
  const perRound = Object.fromEntries(contenderNames.map((name) => [name, []]));
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    const turn = [...contenderNames.slice(round % contenderNames.length), ...contenderNames.slice(0, round % contenderNames.length)];
    const seen = {};
    for (const name of turn) {
      collectGarbage();
      const started = cpuMs();
      for (let p = 0; p < passes[name]; p++)
        if (pass(contenders[name], names) !== expected[name]) throw new Error(`bench-names: ${name}'s output changed between passes`);
      seen[name] = (passes[name] * names.length) / ((cpuMs() - started) / 1000);
      perRound[name].push(seen[name]);
    }
    ratios.push(seen.ours / Math.max(seen.transliteration, seen.cyrillicToTranslit));
  }
  return {
    names: names.length,
    rounds: ROUNDS,
    ours: median(perRound.ours),
    transliteration: median(perRound.transliteration),
    cyrillicToTranslit: median(perRound.cyrillicToTranslit),
    ratio: { median: median(ratios), ...quartiles(ratios) },
  };
}
