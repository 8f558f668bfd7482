/**
 * The source's import graph, read as text (no bundler): what tests/import-rules.test.ts and
 * tests/content-needs.test.ts check on. Paths are repo paths; `@/` is the repo root.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Import {
  spec: string;
  /** the repo path it resolves to (no extension), or the bare package name */
  target: string;
  typeOnly: boolean;
}

function resolve(from: string, spec: string): string {
  const bare = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? normalize(join(dirname(from), spec)) : spec;
  return bare.replace(/\.(tsx?|js)$/, '');
}

export function importsOf(path: string, source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    found.push({ spec: match[3]!, target: resolve(path, match[3]!), typeOnly: Boolean(match[2]) });
  }
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ spec: match[1]!, target: resolve(path, match[1]!), typeOnly: false });
  return found;
}

/** Every .ts/.tsx file under `dir`, as repo paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
