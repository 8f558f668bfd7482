// @vitest-environment node
/**
 * Which code may import what, checked on the source (README, "Code map"). Code lives by where it
 * runs: the service worker in `entrypoints/background/`, in-page code in `entrypoints/content/` and
 * `entrypoints/*.content.ts`, the extension's pages in their `entrypoints/<page>/` folders and
 * `components/`, and in `utils/` only pure code that more than one runtime uses. Each rule is
 * "X may not import Y" (RULES below, with why); the last tests show the checker catching each one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { importsOf, sourceFiles } from './source-graph';

/** Globals a pure module may still read, and why. */
const ALLOWED_GLOBALS: Record<string, string[]> = {
  // browserLang(): the browser's preferred languages; guarded so Node (tests, build) gets none.
  'utils/i18n-core.ts': ['navigator'],
};

const IMPURE_GLOBALS = [
  'browser',
  'chrome',
  'fetch',
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'XMLHttpRequest',
  'location',
];
const EXTENSION_API_MODULES = new Set(['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage', 'wxt/storage']);

type Area = 'background' | 'content' | 'page' | 'pure' | 'other';

export function areaOf(path: string): Area {
  if (path.startsWith('entrypoints/background/')) return 'background';
  if (/^entrypoints\/content\/|^entrypoints\/[^/]+\.content\.ts$/.test(path)) return 'content';
  if (/^entrypoints\/[^/]+\/|^components\//.test(path)) return 'page'; // every other entrypoint folder is a page
  if (path.startsWith('utils/')) return 'pure';
  return 'other';
}

const areaOfTarget = (target: string): Area | 'zod' | 'extension-api' | 'contract-values' | 'package' =>
  target === 'zod' || target.startsWith('zod/')
    ? 'zod'
    : EXTENSION_API_MODULES.has(target)
      ? 'extension-api'
      : /^(entrypoints|components|utils)\//.test(target)
        ? areaOf(`${target}.ts`)
        : 'package';

interface Rule {
  from: Area;
  to: ReturnType<typeof areaOfTarget>;
  /** whether a type-only import breaks it too */
  types: boolean;
  why: string;
}

/** The rules, each "`from` may not import `to`". */
export const RULES: Rule[] = [
  { from: 'content', to: 'background', types: true, why: 'what the page knows of the worker is the message contract (utils/contract.ts)' },
  { from: 'page', to: 'background', types: true, why: 'pages talk to the worker through the message contract, never its modules' },
  { from: 'content', to: 'page', types: true, why: "in-page code does not carry the pages' Preact views or their dictionaries" },
  { from: 'page', to: 'content', types: true, why: 'pages do not load in-page code (its DOM guards and views run on GetCourse pages)' },
  { from: 'background', to: 'content', types: true, why: 'the worker sends messages to tabs; it does not share their code' },
  { from: 'background', to: 'page', types: true, why: 'the worker renders nothing' },
  { from: 'pure', to: 'background', types: true, why: 'utils/ is below every runtime: nothing in it imports upward' },
  { from: 'pure', to: 'content', types: true, why: 'utils/ is below every runtime: nothing in it imports upward' },
  { from: 'pure', to: 'page', types: true, why: 'utils/ is below every runtime: nothing in it imports upward' },
  {
    from: 'pure',
    to: 'extension-api',
    types: false,
    why: 'utils/ is pure: no extension API (a runtime passes it in, as utils/send.ts shows)',
  },
  { from: 'content', to: 'zod', types: false, why: 'no zod in content scripts: the background validates' },
  { from: 'content', to: 'contract-values', types: false, why: "the contract's schemas are zod; content code takes its types only" },
];

/** Source with comments and string/template contents blanked, so words in them are not code. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/`(?:\\.|[^`\\])*`/g, '``');
}

/** Every broken rule in `files` (repo path → source), one line each. */
export function importRuleViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, source] of files) {
    const area = areaOf(path);
    for (const imp of importsOf(path, source)) {
      const target = imp.target === 'utils/contract' ? 'contract-values' : areaOfTarget(imp.target);
      const broken = RULES.find(
        (rule) =>
          rule.from === area &&
          (rule.to === target || (target === 'contract-values' && rule.to === 'pure')) &&
          (rule.types || !imp.typeOnly),
      );
      if (broken) problems.push(`${path}: ${area} may not import ${broken.to} (${imp.spec}): ${broken.why}`);
    }
    if (area === 'pure') {
      const code = codeOnly(source);
      const allowed = ALLOWED_GLOBALS[path] ?? [];
      for (const name of IMPURE_GLOBALS.filter((g) => !allowed.includes(g))) {
        // `browser.x` / `chrome.x` as an API; the others as any use (a parameter named `browser` is fine)
        const pattern =
          name === 'browser' || name === 'chrome' ? new RegExp(`(?<![.\\w])${name}\\s*\\.`) : new RegExp(`(?<![.\\w$])${name}(?![\\w$:])`);
        if (pattern.test(code)) problems.push(`${path}: pure module uses ${name}`);
      }
    }
  }
  return problems;
}

/** The runtimes' roots: what each runtime loads first (the build's too: wxt.config.ts runs in Node). */
export function runtimeRoots(paths: Iterable<string>): Record<string, string[]> {
  const all = [...paths];
  return {
    background: all.filter((p) => p === 'entrypoints/background/index.ts'),
    content: all.filter((p) => /^entrypoints\/[^/]+\.content\.ts$|^entrypoints\/content\/index\.ts$/.test(p)),
    pages: all.filter((p) => /^entrypoints\/[^/]+\/main\.tsx?$/.test(p)),
    build: all.filter((p) => p === 'wxt.config.ts'),
  };
}

/** utils/ files that fewer than two runtimes reach (type imports count: a shared type is shared). */
export function singleRuntimeUtils(files: ReadonlyMap<string, string>): string[] {
  const byModule = new Map([...files].map(([path, source]) => [path.replace(/\.tsx?$/, ''), { path, source }]));
  const reachedBy = new Map<string, Set<string>>();
  for (const [runtime, roots] of Object.entries(runtimeRoots(files.keys()))) {
    const stack = roots.map((p) => p.replace(/\.tsx?$/, ''));
    const seen = new Set<string>();
    while (stack.length) {
      const module = stack.pop()!;
      const file = byModule.get(module);
      if (seen.has(module) || !file) continue;
      seen.add(module);
      stack.push(...importsOf(file.path, file.source).map((imp) => imp.target));
    }
    for (const module of seen) reachedBy.set(module, (reachedBy.get(module) ?? new Set()).add(runtime));
  }
  return [...files.keys()]
    .filter((path) => areaOf(path) === 'pure')
    .filter((path) => (reachedBy.get(path.replace(/\.tsx?$/, ''))?.size ?? 0) < 2)
    .map((path) => `${path}: used by ${[...(reachedBy.get(path.replace(/\.tsx?$/, '')) ?? [])].join(', ') || 'no runtime'}`);
}

/** Groups of modules that import each other in a ring (type imports too), each as its paths. */
export function importCycles(files: ReadonlyMap<string, string>): string[][] {
  const modules = new Set([...files.keys()].map((path) => path.replace(/\.tsx?$/, '')));
  const edges = new Map(
    [...files].map(([path, source]) => [
      path.replace(/\.tsx?$/, ''),
      importsOf(path, source)
        .map((imp) => imp.target)
        .filter((target) => modules.has(target)),
    ]),
  );
  // Tarjan's strongly connected components: a component of more than one module is a cycle.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (module: string) => {
    index.set(module, next);
    low.set(module, next++);
    stack.push(module);
    for (const target of edges.get(module) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(module, Math.min(low.get(module)!, low.get(target)!));
      } else if (stack.includes(target)) low.set(module, Math.min(low.get(module)!, index.get(target)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== module);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const module of edges.keys()) if (!index.has(module)) visit(module);
  return cycles;
}

const repo = new Map(
  [...['entrypoints', 'components', 'utils'].flatMap(sourceFiles), 'wxt.config.ts'].map(
    (path) => [path, readFileSync(path, 'utf8')] as const,
  ),
);

describe('import rules on the source', () => {
  it('reads every area: the background, content, pages and pure utils', () => {
    const counts: Partial<Record<Area, number>> = {};
    for (const path of repo.keys()) counts[areaOf(path)] = (counts[areaOf(path)] ?? 0) + 1;
    for (const area of ['background', 'content', 'page', 'pure'] as const) expect(counts[area], area).toBeGreaterThan(3);
    expect(counts.other).toBe(1); // wxt.config.ts only: every product file belongs to a rule
  });

  it('no file breaks a rule', () => {
    expect(importRuleViolations(repo)).toEqual([]);
  });

  it('no import cycle, type imports included (a cycle ties pure modules to the contract)', () => {
    expect(importCycles(repo)).toEqual([]);
  });

  it('utils/ holds only code that more than one runtime uses', () => {
    expect(Object.values(runtimeRoots(repo.keys())).map((roots) => roots.length > 0)).toEqual([true, true, true, true]);
    expect(singleRuntimeUtils(repo)).toEqual([]);
  });

  it('every named exception still exists and still needs its exception', () => {
    for (const [path, globals] of Object.entries(ALLOWED_GLOBALS)) {
      expect(existsSync(path), path).toBe(true);
      const without = new Map([[path.replace(/\.ts$/, '-as-strict.ts'), repo.get(path)!]]);
      expect(importRuleViolations(without), path).toEqual(
        globals.map((g) => `${path.replace(/\.ts$/, '-as-strict.ts')}: pure module uses ${g}`),
      );
    }
  });
});

describe('the checker catches each rule being broken', () => {
  const check = (path: string, source: string) => importRuleViolations(new Map([[path, source]]));
  const broken = (path: string, source: string) => check(path, source).map((line) => line.split(' (')[0]);

  // One import that breaks each rule, and the same import made allowed (a type, or the other way).
  const EXAMPLES: Record<string, [path: string, breaking: string, allowed: string]> = {
    'content→background': [
      'entrypoints/content/features/x.ts',
      "import type { SchoolRecord } from '@/entrypoints/background/storage/items';",
      "import type { HistoryEntry } from '@/utils/messages';",
    ],
    'page→background': [
      'components/popup/X.tsx',
      "const m = await import('../../entrypoints/background/router');",
      "import { t } from '../shared/i18n';",
    ],
    'content→page': [
      'entrypoints/content/ui/x.ts',
      "import type { Messages } from '@/components/shared/i18n';",
      "import { tc } from '@/utils/i18n-content';",
    ],
    'page→content': [
      'entrypoints/popup/main.tsx',
      "import { installIntentGuard } from '@/entrypoints/content/ui/dom';",
      "import { PopupApp } from '@/components/popup/PopupApp';",
    ],
    'background→content': [
      'entrypoints/background/x.ts',
      "import type { Feature } from '@/entrypoints/content/feature';",
      "import { CONTENT_STYLES } from '@/utils/content-styles';",
    ],
    'background→page': [
      'entrypoints/background/x.ts',
      "import { stepNoteText } from '@/components/shared/check-report';",
      "import { diagnosisFor } from '@/utils/diagnosis-rules';",
    ],
    'pure→background': [
      'utils/x.ts',
      "import type { SchoolRecord } from '../entrypoints/background/storage/items';",
      "import type { School } from './school';",
    ],
    'pure→content': ['utils/x.ts', "import type { Feature } from '@/entrypoints/content/feature';", "import { plural } from './plural';"],
    'pure→page': ['utils/x.ts', "import { t } from '@/components/shared/i18n';", "import { translateIn } from './i18n-core';"],
    'pure→extension-api': ['utils/x.ts', "import { browser } from 'wxt/browser';", "import type { Browser } from 'wxt/browser';"],
    'content→zod': ['entrypoints/content/ui/view.ts', "import { z } from 'zod';", "import type { z } from 'zod';"],
    'content→contract-values': [
      'entrypoints/offers.content.ts',
      "import { CONTRACT } from '@/utils/contract';",
      "import type { PageSeenMessage } from '@/utils/contract';",
    ],
  };

  it('has an example for every rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((rule) => `${rule.from}→${rule.to}`).sort());
  });

  for (const [name, [path, breaking, allowed]] of Object.entries(EXAMPLES)) {
    const [from, to] = name.split('→');
    it(`${from} may not import ${to}`, () => {
      expect(broken(path, breaking)).toEqual([`${path}: ${from} may not import ${to}`]);
      expect(check(path, allowed)).toEqual([]);
    });
  }

  it('a pure module reaching the browser, the network, storage or the DOM through a global', () => {
    expect(check('utils/x.ts', 'export const f = () => fetch(url);')).toEqual(['utils/x.ts: pure module uses fetch']);
    expect(check('utils/x.ts', 'export const f = () => document.title;')).toEqual(['utils/x.ts: pure module uses document']);
    expect(check('utils/x.ts', 'export const f = () => chrome.storage.local.get();')).toEqual(['utils/x.ts: pure module uses chrome']);
  });

  it('a utils/ file that only one runtime uses', () => {
    const files = new Map([
      ['entrypoints/background/index.ts', "import { a } from '@/utils/a';\nimport { b } from '@/utils/b';"],
      ['entrypoints/x.content.ts', "import type { B } from '@/utils/b';"],
      ['entrypoints/popup/main.tsx', ''],
      ['wxt.config.ts', "import { c } from './utils/c';"],
      ['utils/a.ts', ''],
      ['utils/b.ts', ''],
      ['utils/c.ts', ''],
    ]);
    expect(singleRuntimeUtils(files)).toEqual(['utils/a.ts: used by background', 'utils/c.ts: used by build']);
  });

  it('an import cycle, found through type imports too', () => {
    const ring = new Map([
      ['utils/a.ts', "import type { B } from './b';"],
      ['utils/b.ts', "import { c } from '@/utils/c';"],
      ['utils/c.ts', "export type { A } from './a';"],
      ['utils/d.ts', "import { a } from './a';"],
    ]);
    expect(importCycles(ring)).toEqual([['utils/a', 'utils/b', 'utils/c']]);
  });

  it('not fooled by words in comments and strings, nor by a parameter named browser', () => {
    expect(
      check(
        'utils/x.ts',
        "// fetch( the window\nexport const s = 'close the window.document';\nexport function f(browser: string) { return browser === 'firefox'; }",
      ),
    ).toEqual([]);
  });
});
