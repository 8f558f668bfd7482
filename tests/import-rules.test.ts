// @vitest-environment node
/**
 * Which code may import what, checked on the source (README, "Code map"):
 * - content code and extension pages never import the background's or storage's modules, not even
 *   a type: what they know of the background is the message contract (`utils/contract.ts`, as types, and `utils/messages.ts`);
 * - content code carries no zod: it never imports zod or the schemas (the background validates);
 * - `utils/` outside `background/` and `storage/` is pure: no extension API, network, storage or
 *   DOM, and no import of a module that has them. The few exceptions are named below with why.
 * The checker is a plain function, and the last tests show it catches each rule being broken.
 */
import { readFileSync } from 'node:fs';
import { importsOf, sourceFiles } from './source-graph';

/** Pure-folder files that are not pure, and why. Anything new here needs a reason. */
const NOT_PURE: Record<string, string> = {
  'utils/send.ts': 'the one place pages and content scripts send a message to the background (browser.runtime)',
};
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
const EXTENSION_API_MODULES = ['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage', 'wxt/storage'];

type Area = 'content' | 'page' | 'pure' | 'impure-util' | 'background' | 'storage' | 'other';

export function areaOf(path: string): Area {
  if (/^entrypoints\/content\/|^entrypoints\/[^/]+\.content\.ts$|^components\/content\//.test(path)) return 'content';
  if (/^entrypoints\/[^/]+\/|^components\//.test(path)) return 'page'; // every entrypoint folder but content/ (above) is a page
  if (path === 'entrypoints/background.ts' || path.startsWith('utils/background/')) return 'background';
  if (path.startsWith('utils/storage/')) return 'storage';
  if (path in NOT_PURE) return 'impure-util';
  if (path.startsWith('utils/')) return 'pure';
  return 'other';
}

/** Source with comments and string/template contents blanked, so words in them are not code. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/`(?:\\.|[^`\\])*`/g, '``');
}

const isServerSide = (target: string) => target === 'entrypoints/background' || /^utils\/(background|storage)\//.test(target);

/** Every broken rule in `files` (repo path → source), one line each. */
export function importRuleViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, source] of files) {
    const area = areaOf(path);
    for (const imp of importsOf(path, source)) {
      if ((area === 'content' || area === 'page') && isServerSide(imp.target))
        problems.push(`${path}: ${area} code imports ${imp.spec} (background/storage; use the message contract)`);
      if (area === 'content' && !imp.typeOnly && (imp.target === 'zod' || imp.target.startsWith('zod/') || imp.target === 'utils/contract'))
        problems.push(`${path}: content code imports ${imp.spec} (no zod in content scripts)`);
      if (area === 'pure' && !imp.typeOnly) {
        if (EXTENSION_API_MODULES.includes(imp.target)) problems.push(`${path}: pure module imports ${imp.spec}`);
        if (isServerSide(imp.target) || `${imp.target}.ts` in NOT_PURE)
          problems.push(`${path}: pure module imports ${imp.spec}, which is not pure`);
      }
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
  ['entrypoints', 'components', 'utils'].flatMap(sourceFiles).map((path) => [path, readFileSync(path, 'utf8')] as const),
);

describe('import rules on the source', () => {
  it('reads every area: content, pages, pure utils, the background and storage', () => {
    const counts: Partial<Record<Area, number>> = {};
    for (const path of repo.keys()) counts[areaOf(path)] = (counts[areaOf(path)] ?? 0) + 1;
    for (const area of ['content', 'page', 'pure', 'background', 'storage'] as const) expect(counts[area], area).toBeGreaterThan(3);
    expect(counts.other ?? 0).toBe(0); // every file belongs to a rule
  });

  it('no file breaks a rule', () => {
    expect(importRuleViolations(repo)).toEqual([]);
  });

  it('no import cycle, type imports included (a cycle ties pure modules to the contract)', () => {
    expect(importCycles(repo)).toEqual([]);
  });

  it('every named exception still exists and still needs its exception', () => {
    for (const path of Object.keys(NOT_PURE)) {
      expect(repo.has(path), path).toBe(true);
      expect(importRuleViolations(new Map([[path.replace('send', 'send-as-pure'), repo.get(path)!]])).length, path).toBeGreaterThan(0);
    }
    for (const [path, globals] of Object.entries(ALLOWED_GLOBALS)) {
      const without = new Map([[path.replace(/\.ts$/, '-as-strict.ts'), repo.get(path)!]]);
      expect(importRuleViolations(without), path).toEqual(
        globals.map((g) => `${path.replace(/\.ts$/, '-as-strict.ts')}: pure module uses ${g}`),
      );
    }
  });
});

describe('the checker catches each rule being broken', () => {
  const check = (path: string, source: string) => importRuleViolations(new Map([[path, source]]));

  it('content or page code importing the background or storage, even a type', () => {
    expect(check('entrypoints/content/features/x.ts', "import { schoolFields } from '@/utils/background/process-store';")).toHaveLength(1);
    expect(check('components/popup/X.tsx', "import type { HistoryEntry } from '../../utils/storage/items';")).toHaveLength(1);
    expect(check('entrypoints/popup/main.tsx', "const m = await import('@/entrypoints/background');")).toHaveLength(1);
    expect(check('components/popup/X.tsx', "import type { HistoryEntry } from '@/utils/messages';")).toEqual([]);
  });

  it('content code importing zod or the schemas; a type from the contract is fine', () => {
    expect(check('components/content/view.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(check('entrypoints/offers.content.ts', "import { CONTRACT } from '@/utils/contract';")).toHaveLength(1);
    expect(check('entrypoints/content/run.ts', "import type { PageSeenMessage } from '@/utils/contract';")).toEqual([]);
  });

  it('a pure module reaching the browser, the network, storage or the DOM', () => {
    expect(check('utils/x.ts', "import { browser } from 'wxt/browser';")).toHaveLength(1);
    expect(check('utils/x.ts', 'export const f = () => fetch(url);')).toEqual(['utils/x.ts: pure module uses fetch']);
    expect(check('utils/x.ts', 'export const f = () => document.title;')).toEqual(['utils/x.ts: pure module uses document']);
    expect(check('utils/x.ts', 'export const f = () => chrome.storage.local.get();')).toEqual(['utils/x.ts: pure module uses chrome']);
    expect(check('utils/x.ts', "import { sendToBackground } from './send';")).toHaveLength(1);
    expect(check('utils/x.ts', "import { loadSettings } from './background/settings-store';")).toHaveLength(1);
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
