import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './utils/manifest';
import { polyfillEsm } from './scripts/build/polyfill-esm';

// The manifest lives in utils/manifest.ts so a unit test can pin it (any widening of
// permissions fails CI). WXT_E2E=1 adds only what Firefox e2e needs (see README).
const e2e = process.env.WXT_E2E === '1';

export default defineConfig({
  // The Firefox e2e variant goes to its own folder so the store build is never overwritten.
  outDir: e2e ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every file imports what it uses; auto-imports only ever added surprises (a parameter named
  // like an exported helper pulled the popup's dictionaries into the background) and warnings.
  imports: false,
  // Firefox MV3 too: one permission model (host_permissions + optional_host_permissions) for
  // both browsers; strict_min_version 142 is past Firefox 128 (optional_host_permissions).
  manifestVersion: 3,
  manifest: ({ browser }) => buildManifest({ browser, e2e }),
  // polyfillEsm: the polyfill's UMD file read as an ES module, so no interop helper copies every
  // property of the browser's own `browser` on each page a content script runs (scripts/build/polyfill-esm.ts).
  vite: () => ({ plugins: [preact(), polyfillEsm()] }),
  hooks: {
    // WXT copies the popup page's <title> into action.default_title; the toolbar tooltip is the
    // translated name instead (the page title stays readable where the popup runs in a tab).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
  },
  // AMO's source archive: what builds the add-on, not local test output or screenshots.
  // The sandbox's throwaway TLS key is made on each machine (sandbox/tls.js): the one made here never ships.
  zip: { excludeSources: ['artifacts/**', 'docs/screenshots/**', 'sandbox/tls/*.pem'] },
});
