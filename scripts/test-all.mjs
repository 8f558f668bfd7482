// `npm test`: typecheck, lint (oxlint, type-aware), format check (Prettier), unit tests, both store builds + zips, addons-linter, and the e2e suites
// in Chromium and Firefox ESR. Ends with one line `N passed, N failed` summing every suite
// (each vitest test counts once; each non-vitest step counts as one check).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';

let passed = 0;
let failed = 0;
const report = [];

function step(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  report.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, command, args, env) {
  if (step(name, command, args, env)) passed += 1;
  else failed += 1;
}

function vitestSuite(name, args, env) {
  mkdirSync('artifacts', { recursive: true });
  const outputFile = `artifacts/${name}-results.json`;
  rmSync(outputFile, { force: true });
  const ok = step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`], env);
  try {
    const results = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests + (results.numTotalTests === 0 ? 1 : 0);
    if (!ok && results.numFailedTests === 0) failed += 1; // a suite that crashed outside a test
  } catch {
    failed += 1; // no results file: the runner itself failed
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('format', 'npm', ['run', '--silent', 'format:check']);
const built = step('zip chrome', 'npx', ['wxt', 'zip']) && step('zip firefox', 'npx', ['wxt', 'zip', '-b', 'firefox']);
if (built) passed += 1;
else failed += 1;
check('addons-linter', 'node', ['scripts/lint-firefox.mjs']);
vitestSuite('unit', []);

let browsersReady = false;
try {
  ensureBrowsers();
  browsersReady = true;
} catch (error) {
  console.error(String(error.message ?? error));
  failed += 1;
}
if (browsersReady && built) {
  check('firefox e2e build', 'npx', ['wxt', 'build', '-b', 'firefox'], { WXT_E2E: '1' });
  vitestSuite('e2e', ['--config', 'vitest.e2e.config.ts']);
}

console.log(`\n${report.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
