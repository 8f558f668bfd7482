// @vitest-environment node
/**
 * zod's `new Function('')` probe must never run in the extension (utils/zod-jitless.ts): every
 * entry that can reach zod imports the jitless setting first. Checked twice: in the sources (each
 * entry's first import, so a new page that forgets fails here), and in the built bundles, where the
 * bundler decides the real order (the setting, zod and the schemas can land in different chunks):
 * each entry is run with a fresh zod and the probe is watched for, then every chunk it loads later
 * (the popup's test import is one: zod reaches the popup through it). The bundle half reads the
 * store builds, made first when missing or older than the sources (tests/store-builds.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { ensureStoreBuilds, STORE_BUILD_TIMEOUT } from './store-builds';

const JITLESS = '@/utils/zod-jitless';

/** The background and every extension page's own script (from its index.html). */
function entrySources(): string[] {
  const pages = readdirSync('entrypoints', { withFileTypes: true })
    .filter((dir) => dir.isDirectory() && existsSync(join('entrypoints', dir.name, 'index.html')))
    .map((dir) => {
      const html = readFileSync(join('entrypoints', dir.name, 'index.html'), 'utf8');
      const src = /<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
      if (!src) throw new Error(`entrypoints/${dir.name}/index.html has no module script`);
      return join('entrypoints', dir.name, src);
    });
  return ['entrypoints/background/index.ts', ...pages];
}

/** The module specifiers of a file's import declarations, in order (side-effect imports included). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('sources', () => {
  it('finds the background and the popup, options and privacy pages', () => {
    expect(entrySources().sort()).toEqual([
      'entrypoints/background/index.ts',
      'entrypoints/options/main.tsx',
      'entrypoints/popup/main.tsx',
      'entrypoints/privacy/main.tsx',
    ]);
  });

  it.each(entrySources())('%s imports the jitless setting before anything else', (file) => {
    expect(importsOf(readFileSync(file, 'utf8'))[0]).toBe(JITLESS);
  });

  it('the setting imports nothing but zod, so nothing of ours builds a schema before it runs', () => {
    expect(importsOf(readFileSync('utils/zod-jitless.ts', 'utf8'))).toEqual(['zod']);
  });

  it('content scripts do not import it (they carry no zod at all: tests/bundle.test.ts)', () => {
    const scripts = readdirSync('entrypoints').filter((name) => name.endsWith('.content.ts'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) expect(importsOf(readFileSync(join('entrypoints', name), 'utf8'))).not.toContain(JITLESS);
  });
});

/**
 * Runs one built entry in a fresh Node process (a fresh zod, and no test-runner transform between
 * the bundle and Node) with `Function` watched, and reports the probes seen (`Function('')`, with
 * or without `new`) and zod's global settings. Extension APIs accept every call and never answer,
 * and the DOM is just enough for a page's start-up code: the entry runs its module code, zod builds
 * its schemas, and nothing is drawn.
 */
function runWatched(file: string, kind: 'script' | 'module', later: string[] = []): { probes: number; jitless: unknown } {
  const child = `
    const silent = () => { const api = new Proxy(() => {}, { get: (_t, p) => (p === 'then' ? undefined : p === 'id' ? 'test-extension' : api), apply: () => new Promise(() => {}) }); return api; };
    globalThis.browser = silent(); globalThis.chrome = silent();
    globalThis.document = { createElement: () => ({ relList: { supports: () => true } }), querySelectorAll: () => [], getElementById: () => null, documentElement: {} };
    globalThis.location = { search: '', href: 'chrome-extension://test-extension/' };
    let probes = 0;
    const count = (args) => { if (args.length === 1 && args[0] === '') probes++; };
    const RealFunction = Function;
    globalThis.Function = new Proxy(RealFunction, {
      construct: (target, args) => (count(args), Reflect.construct(target, args)),
      apply: (target, self, args) => (count(args), Reflect.apply(target, self, args)),
    });
    const file = process.argv[1];
    if (process.argv[2] === 'module') await import(new URL('file://' + file).href);
    else (0, eval)((await import('node:fs')).readFileSync(file, 'utf8'));
    for (const chunk of JSON.parse(process.argv[3])) await import(new URL('file://' + chunk).href);
    console.log(JSON.stringify({ probes, jitless: globalThis.__zod_globalConfig?.jitless ?? null }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', child, file, kind, JSON.stringify(later)], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (run.status !== 0) throw new Error(`running ${file} failed: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

/** The module script an extension page loads, e.g. `chunks/popup-1TBi3Wvq.js`. */
function pageScript(dir: string, page: string): string {
  const html = readFileSync(join(dir, `${page}.html`), 'utf8');
  const src = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${page}.html loads no module script`);
  return src;
}

/**
 * The chunks a page script loads later, by `import()` (Vite writes them as `import(\`./name.js\`)`),
 * and the ones those load, as absolute paths.
 */
function lazyChunks(script: string): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bimport\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)) {
      const chunk = join(dirname(file), m[1]!);
      if (found.includes(chunk)) continue;
      found.push(chunk);
      visit(chunk);
    }
  };
  visit(script);
  return found;
}

/** The one call that applies the setting in a bundle, minified: `xy({jitless:!0});`. */
const SETTING_CALL = /\b[\w$]+\(\{jitless:!0\}\);?/;

describe.each(['chrome-mv3', 'firefox-mv3'])('built %s', (build) => {
  beforeAll(ensureStoreBuilds, STORE_BUILD_TIMEOUT);
  const dir = resolve('.output', build);
  const need = (file: string) => {
    if (!existsSync(file)) throw new Error(`${file} is missing from the store build`);
    return file;
  };

  it('background: no probe, zod jitless', () => {
    expect(runWatched(need(join(dir, 'background.js')), 'script')).toEqual({ probes: 0, jitless: true });
  });

  it.each(['popup', 'options', 'privacy'])('%s page, with what it loads later: no probe, zod jitless', (page) => {
    need(join(dir, `${page}.html`));
    const script = join(dir, pageScript(dir, page));
    expect(runWatched(script, 'module', lazyChunks(script))).toEqual({ probes: 0, jitless: true });
  });

  it('the popup loads its test import later, and zod comes with it', () => {
    const later = lazyChunks(join(dir, pageScript(dir, 'popup')));
    expect(later.map((file) => basename(file).replace(/-[\w-]+\.js$/, ''))).toEqual(['TestImport']);
    expect(readFileSync(later[0]!, 'utf8')).toContain('invalid_type'); // a zod error code: zod's schemas are in this chunk
  });

  it('the watch can fail: the same bundles with the setting taken out probe once', () => {
    const copy = mkdtempSync(join(tmpdir(), 'zod-jitless-'));
    try {
      cpSync(need(dir), copy, { recursive: true });
      let removed = 0;
      for (const file of ['background.js', ...readdirSync(join(copy, 'chunks')).map((name) => `chunks/${name}`)]) {
        const code = readFileSync(join(copy, file), 'utf8');
        if (!SETTING_CALL.test(code)) continue;
        writeFileSync(join(copy, file), code.replace(SETTING_CALL, ''));
        removed++;
      }
      expect(removed).toBe(2); // the background and the pages' shared chunk
      expect(runWatched(join(copy, 'background.js'), 'script')).toEqual({ probes: 1, jitless: null });
      const popup = join(copy, pageScript(copy, 'popup'));
      expect(runWatched(popup, 'module', lazyChunks(popup))).toEqual({ probes: 1, jitless: null });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
