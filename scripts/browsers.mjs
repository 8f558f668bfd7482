// Finds Debian's chromium and firefox-esr (or CHROMIUM_PATH / FIREFOX_PATH); installs them with
// apt when missing and we are root, otherwise says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
};

export function findBrowser(name) {
  const spec = CANDIDATES[name];
  const fromEnv = process.env[spec.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return spec.paths.find((p) => existsSync(p)) ?? null;
}

/** @param {('chromium' | 'firefox')[]} names the browsers needed (the demo needs only Chromium) */
export function ensureBrowsers(names = Object.keys(CANDIDATES)) {
  const missing = names.filter((name) => !findBrowser(name));
  if (missing.length === 0) return Object.fromEntries(names.map((name) => [name, findBrowser(name)]));
  const packages = missing.map((name) => CANDIDATES[name].apt);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const overridden = missing.filter((name) => process.env[CANDIDATES[name].env]);
  if (overridden.length === 0 && isRoot && hasApt) {
    console.log(`Installing ${packages.join(' ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return ensureBrowsers(names);
  }
  const lines = missing.map(
    (name) =>
      `  ${name}: install Debian's ${CANDIDATES[name].apt} (sudo apt-get install ${CANDIDATES[name].apt}) or set ${CANDIDATES[name].env}=/path/to/binary`,
  );
  throw new Error(`Browsers are missing:\n${lines.join('\n')}`);
}
