// addons-linter on the Firefox store zip: fails on any error; warnings are printed and must be
// either fixed or explained in README ("addons-linter warnings").
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const zip = readdirSync('.output').find((name) => name.endsWith('-firefox.zip'));
if (!zip) {
  console.error('No Firefox zip in .output/: run `npx wxt zip -b firefox` first.');
  process.exit(1);
}
const result = spawnSync('npx', ['addons-linter', '--output', 'text', `.output/${zip}`], { stdio: 'inherit' });
process.exit(result.status ?? 1);
