// @ts-check
/**
 * Launching the built extension in Debian's Chromium and Firefox ESR through playwright-core.
 * Plain JS so the demo (`npm start`, scripts/demo.mjs) and the e2e suites share it.
 * Both browsers resolve the sandbox's school hosts (`school.getcourse.ru`, …, and the paid school's
 * own domain) to 127.0.0.1, so the store build's own match patterns (`https://*.getcourse.ru/*`)
 * and the scripts it registers on a granted own domain are what gets exercised.
 * The sandbox's throwaway certificate is accepted only inside these throwaway profiles.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, firefox } from 'playwright-core';
import { findBrowser } from '../../scripts/browsers.mjs';
import { OWN_DOMAINS } from '../../sandbox/hosts.js';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_E2E_BUILD = resolve('.output/e2e/firefox-mv3');
/** Must equal GECKO_ID in utils/manifest.ts (tests/manifest.test.ts checks). */
export const GECKO_ID = 'gc-albato-helper@getcourse-tools.example';
/** Pinned so the popup's moz-extension:// address is known (`extensions.webextensions.uuids`). */
export const FIREFOX_UUID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const SCHOOL_HOSTS = ['school.getcourse.ru', 'trial.getcourse.ru', 'nosuch.getcourse.ru'];
/** Albato's webhook hosts (ref E.2) also resolve to the sandbox, which answers as Albato there (A33). */
export const ALBATO_HOSTS = ['h.albato.ru', 'h.albato.com'];
/** A school's own domain (ref R.5), served by the sandbox as the paid school: no match pattern of the manifest covers it. */
export const OWN_DOMAIN_HOSTS = Object.keys(OWN_DOMAINS);
/** Every single host (not `*.getcourse.*`) the test browsers resolve to 127.0.0.1. */
const LOCAL_HOSTS = [...ALBATO_HOSTS, ...OWN_DOMAIN_HOSTS];

/**
 * @typedef {{ lang?: 'ru' | 'en', headless?: boolean, extensionPath?: string, profileDir?: string }} LaunchOptions
 *   profileDir: a profile to start with and keep (a "browser restart" is two launches on it); the
 *   caller removes it. Without it, a fresh profile removed on close.
 * @typedef {{ context: import('playwright-core').BrowserContext, extensionOrigin: string, close(): Promise<void> }} LaunchedBrowser
 */

/** @param {'chromium' | 'firefox'} name */
function browserPath(name) {
  const path = findBrowser(name);
  if (!path)
    throw new Error(
      `${name} not found: install Debian's ${name === 'chromium' ? 'chromium' : 'firefox-esr'} or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}`,
    );
  return path;
}

/**
 * @param {LaunchOptions & { withExtension?: boolean }} [options] withExtension: false gives the same
 *   browser without the extension (for the bench's on/off comparison)
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchChromium({
  lang = 'ru',
  headless = true,
  extensionPath = CHROME_BUILD,
  withExtension = true,
  profileDir,
} = {}) {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'gc-e2e-chromium-'));
  const locale = lang === 'ru' ? 'ru-RU' : 'en-US';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless,
    locale,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : ['--disable-extensions']),
      `--lang=${locale}`,
      `--host-resolver-rules=MAP *.getcourse.ru 127.0.0.1, MAP *.getcourse.io 127.0.0.1, ${LOCAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      // The background's fetch() is not covered by Playwright's per-page certificate override.
      '--ignore-certificate-errors',
      // This machine has no outside network: stop Chromium from trying (README, "Tests").
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await context.close();
    if (!profileDir) rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) return { context, extensionOrigin: '', close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // URL.origin is "null" for non-special schemes such as chrome-extension:.
  const workerUrl = new URL(worker.url());
  return {
    context,
    extensionOrigin: `${workerUrl.protocol}//${workerUrl.host}`,
    close,
  };
}

/**
 * @param {LaunchOptions & { devtoolsServerPort?: number }} [options] devtoolsServerPort: also start
 *   Firefox's own remote debugging server (the protocol web-ext and about:debugging use) on this
 *   port, for what WebDriver BiDi cannot do here, such as reloading the extension
 *   (./firefox-devtools.ts)
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchFirefox({
  lang = 'ru',
  headless = true,
  extensionPath = FIREFOX_E2E_BUILD,
  profileDir,
  devtoolsServerPort,
} = {}) {
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'gc-e2e-firefox-'));
  // Side-load the unpacked build: a proxy file named after the add-on id holds its path.
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  writeFileSync(join(profile, 'extensions', GECKO_ID), extensionPath);
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: browserPath('firefox'),
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 800 },
    // The port goes in a pref: Playwright takes a bare argument after the flag for a page to open.
    ...(devtoolsServerPort ? { args: ['--start-debugger-server'] } : {}),
    firefoxUserPrefs: {
      ...(devtoolsServerPort
        ? {
            'devtools.debugger.remote-enabled': true,
            'devtools.debugger.remote-port': devtoolsServerPort,
            'devtools.debugger.prompt-connection': false,
            'devtools.chrome.enabled': true,
          }
        : {}),
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.localDomains': [...SCHOOL_HOSTS, ...LOCAL_HOSTS].join(','),
      // Grants an optional host permission on the click in the extension's access page without the
      // doorhanger Playwright cannot press; the extension still has to ask (README, "Tests").
      'extensions.webextOptionalPermissionPrompts': false,
      // Lets a test read the clipboard back without Firefox's paste prompt (copy buttons are checked).
      'dom.events.testing.asyncClipboard': true,
      'intl.accept_languages': lang === 'ru' ? 'ru-RU, ru' : 'en-US, en',
      'intl.locale.requested': lang === 'ru' ? 'ru' : 'en-US',
    },
  });
  return {
    context,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
