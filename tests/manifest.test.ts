// @vitest-environment node
/**
 * Pins what the store builds ask for. Any widening (a new permission, host, CSP relaxation or
 * web-accessible resource) fails here and needs a deliberate change of this file.
 * Reads the store builds' manifests and zips, made first when missing or older than the sources
 * (tests/store-builds.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildManifest, GECKO_ID } from '@/utils/manifest';
import { PAGE_GROUPS } from '@/entrypoints/content/registry';
import { ownDomainScripts } from '@/entrypoints/background/own-domain-scripts';
import { ensureStoreBuilds, STORE_BUILD_TIMEOUT } from './store-builds';

const BUILDS = { chrome: '.output/chrome-mv3/manifest.json', firefox: '.output/firefox-mv3/manifest.json' } as const;
const HOSTS = ['https://*.getcourse.ru/*', 'https://*.getcourse.io/*'];
const byText = (a: string, b: string) => a.localeCompare(b);

beforeAll(ensureStoreBuilds, STORE_BUILD_TIMEOUT);

function built(browser: keyof typeof BUILDS) {
  return JSON.parse(readFileSync(BUILDS[browser], 'utf8'));
}

describe.each(['chrome', 'firefox'] as const)('%s store manifest', (browser) => {
  it('asks only for storage, scripting, alarms and the two GetCourse technical domains; notifications only when asked', () => {
    const manifest = built(browser);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'alarms']);
    expect(manifest.host_permissions).toEqual(HOSTS);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('names the toolbar button in the browser’s language (not the popup page’s title) and states the oldest browser it runs on', () => {
    const manifest = built(browser);
    expect(manifest.action.default_title).toBe('__MSG_extName__');
    // Chrome 116: AbortSignal.any; Firefox 142: data_collection_permissions (utils/manifest.ts).
    if (browser === 'chrome') expect(manifest.minimum_chrome_version).toBe('116');
    else expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('142.0');
  });

  it('has no homepage or author: the store page is the homepage (utils/manifest.ts says why)', () => {
    const manifest = built(browser);
    expect(manifest.homepage_url).toBeUndefined();
    expect(manifest.author).toBeUndefined();
    expect(manifest.developer).toBeUndefined();
  });

  it('keeps the default CSP and exposes no web-accessible resources', () => {
    const manifest = built(browser);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('injects one content script per page group, only on GetCourse technical domains, with the registry’s globs', () => {
    const scripts = built(browser).content_scripts as {
      matches: string[];
      js: string[];
      include_globs?: string[];
      exclude_globs?: string[];
    }[];
    expect(scripts.map((s) => s.js.join()).sort(byText)).toEqual(PAGE_GROUPS.map((g) => `content-scripts/${g.name}.js`).sort(byText));
    for (const script of scripts) {
      expect([...script.matches].sort(byText)).toEqual([...HOSTS].sort(byText));
      const group = PAGE_GROUPS.find((g) => script.js[0] === `content-scripts/${g.name}.js`)!;
      expect([...(script.include_globs ?? [])].sort(byText)).toEqual([...group.includeGlobs].sort(byText)); // WXT sorts them
      expect(script.exclude_globs).toBeUndefined(); // no catch-all: a page no group names gets no script
    }
  });

  it('registers on own domains exactly the scripts the manifest injects on technical domains', () => {
    const scripts = built(browser).content_scripts as { js: string[]; run_at?: string }[];
    const registered = ownDomainScripts('https://academy.example.com');
    expect(registered.map((s) => s.js.join()).sort(byText)).toEqual(scripts.map((s) => s.js.join()).sort(byText));
    for (const script of scripts) expect(script.run_at ?? 'document_idle').toBe('document_idle');
  });
});

describe('browser-specific keys', () => {
  it('Chrome runs a service worker; Firefox an event page with a fixed id and no data collection', () => {
    expect(built('chrome').background).toEqual({ service_worker: 'background.js' });
    const firefox = built('firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('the e2e variant differs only by the popup being reachable from the sandbox host (Firefox)', () => {
    const store = buildManifest({ browser: 'firefox' });
    const e2e = buildManifest({ browser: 'firefox', e2e: true });
    const { web_accessible_resources, ...rest } = e2e as typeof e2e & { web_accessible_resources?: unknown };
    expect(rest).toEqual(store);
    expect(web_accessible_resources).toEqual([{ resources: ['popup.html'], matches: HOSTS }]);
    expect(buildManifest({ browser: 'chrome', e2e: true })).toEqual(buildManifest({ browser: 'chrome' }));
  });
});

describe('e2e harness agrees with the manifest', () => {
  it('side-loads Firefox under the manifest gecko id', async () => {
    const { GECKO_ID: harnessId } = await import('../e2e/harness/launch.js');
    expect(harnessId).toBe(GECKO_ID);
  });
});

/** The file names in a zip, read from its central directory (no unzip needed). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

describe('the sources zip (what AMO reviewers build from)', () => {
  it('carries what builds the add-on and no private key', () => {
    const sources = readdirSync('.output').find((name) => name.endsWith('-sources.zip'));
    expect(sources, '`wxt zip -b firefox` makes it').toBeDefined();
    const names = zipEntries(`.output/${sources}`);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'utils/manifest.ts', 'entrypoints/background/index.ts'])
      expect(names).toContain(needed);
    expect(names.filter((name) => name.endsWith('.pem') || /private|\.key$/i.test(name))).toEqual([]);
  });
});
