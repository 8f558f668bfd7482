/**
 * The store builds the bundle, manifest and zod tests read (.output/), made here when missing or
 * older than the sources, so those tests never pass on no build or judge an old one. `npm test`
 * zips before the unit suite, so there they are fresh and nothing is rebuilt. Building is cheap
 * (about 5 s a browser with `wxt zip`, which also makes the sources zip manifest.test.ts reads).
 * Call `beforeAll(ensureStoreBuilds, STORE_BUILD_TIMEOUT)`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: a change to any of these makes the build stale. */
const SOURCES = [
  'entrypoints',
  'components',
  'utils',
  'public',
  'scripts/build',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** What each `wxt zip` leaves in .output/ (Firefox's also zips the sources for AMO). */
const ARTEFACTS = {
  chrome: ['chrome-mv3/manifest.json', 'chrome-mv3/background.js', /-chrome\.zip$/],
  firefox: ['firefox-mv3/manifest.json', 'firefox-mv3/background.js', /-firefox\.zip$/, /-sources\.zip$/],
} as const;

/** Two wxt zips, with room for a loaded machine. */
export const STORE_BUILD_TIMEOUT = 180_000;

/** Test files run in parallel workers: one builds, the others wait for it and then find the build fresh. */
const LOCK = '.output/.store-builds.lock';
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = STORE_BUILD_TIMEOUT;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** When the artefact was made, or 0 when it is missing. */
function madeAt(artefact: string | RegExp): number {
  if (typeof artefact === 'string') return existsSync(join('.output', artefact)) ? statSync(join('.output', artefact)).mtimeMs : 0;
  const name = readdirSync('.output').find((file) => artefact.test(file));
  return name ? statSync(join('.output', name)).mtimeMs : 0;
}

function isFresh(browser: keyof typeof ARTEFACTS, sourcesChanged: number): boolean {
  return ARTEFACTS[browser].every((artefact) => madeAt(artefact) >= sourcesChanged);
}

function build(browser: keyof typeof ARTEFACTS) {
  const args = browser === 'chrome' ? ['wxt', 'zip'] : ['wxt', 'zip', '-b', 'firefox'];
  const result = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, WXT_E2E: '' } });
  if (result.status !== 0)
    throw new Error(
      `\`npx ${args.join(' ')}\` failed (exit ${result.status}), so there is no store build to test:\n${result.stdout}\n${result.stderr}`,
    );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function takeLock(): Promise<void> {
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const takenAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (takenAt !== undefined && Date.now() - takenAt > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      await sleep(250);
    }
  }
}

export async function ensureStoreBuilds(): Promise<void> {
  mkdirSync('.output', { recursive: true });
  await takeLock();
  try {
    const sourcesChanged = Math.max(...SOURCES.map(newestMtime));
    for (const browser of ['chrome', 'firefox'] as const) if (!isFresh(browser, sourcesChanged)) build(browser);
  } finally {
    rmSync(LOCK, { force: true });
  }
}
