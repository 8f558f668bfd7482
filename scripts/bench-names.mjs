// Name-suggestion throughput (part of `npm run bench`): our lintFieldName against the npm packages
// `transliteration` (slugify) and `cyrillic-to-translit-js` on the same names. Figures only.
import { createServer } from 'vite';
import { slugify } from 'transliteration';
import CyrillicToTranslit from 'cyrillic-to-translit-js';

function throughput(fn, names, minMs = 400) {
  for (const name of names) fn(name); // warm up
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    for (const name of names) fn(name);
    done += names.length;
  }
  return done / ((performance.now() - started) / 1000);
}

export async function benchNames() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent', configFile: false });
  try {
    const { lintFieldName } = await vite.ssrLoadModule('/utils/field-name.ts');
    const { FIELD_NAMES } = await vite.ssrLoadModule('/tests/fixtures/field-names.ts');
    const names = FIELD_NAMES.map((c) => c.name).filter((n) => n.length < 1000);
    const cyr = new CyrillicToTranslit();
    return {
      names: names.length,
      ours: throughput((n) => lintFieldName(n), names),
      transliteration: throughput((n) => slugify(n, { separator: '_', lowercase: true }), names),
      cyrillicToTranslit: throughput((n) => cyr.transform(n, '_').toLowerCase(), names),
    };
  } finally {
    await vite.close();
  }
}
