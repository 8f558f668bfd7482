/**
 * Build-time only (wxt.config.ts): webextension-polyfill as an ES module.
 *
 * The polyfill ships as a UMD file only. Imported from ES modules, the bundler wraps it as CommonJS
 * and passes its export through an interop helper that copies every own property of it — reading
 * each one's descriptor. Where the browser has its own `browser` (Firefox; Chromium now too) the
 * polyfill exports that object as it is, and reading every property of it makes the browser build
 * every extension API binding the context may use, not only `runtime`: 0.5–1.7 ms of each GetCourse
 * page a content script runs on (scripts/bench-fixed-cost.mjs). As an ES module with one default
 * export nothing is copied, and the polyfill's own code runs unchanged: only its UMD header is
 * replaced by a call with a local `module`.
 */
import type { Plugin } from 'vite';

/** The file the package's `main` names (the minified copy too, should a resolver pick it). */
export const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

/**
 * The UMD header of webextension-polyfill 0.12 (unminified): everything before the factory's body.
 * Matched exactly (white space aside), so a changed header stops the build instead of shipping a
 * half-rewritten file.
 */
const UMD_HEADER = new RegExp(
  [
    String.raw`^\(function \(global, factory\) \{`,
    String.raw`if \(typeof define === "function" && define\.amd\) \{`,
    String.raw`define\("webextension-polyfill", \["module"\], factory\);`,
    String.raw`\} else if \(typeof exports !== "undefined"\) \{`,
    String.raw`factory\(module\);`,
    String.raw`\} else \{`,
    String.raw`var mod = \{`,
    String.raw`exports: \{\}`,
    String.raw`\};`,
    String.raw`factory\(mod\);`,
    String.raw`global\.browser = mod\.exports;`,
    String.raw`\}`,
    String.raw`\}\)\(typeof globalThis !== "undefined" \? globalThis : typeof self !== "undefined" \? self : this, function \(module\) \{`,
  ].join(String.raw`\s*`),
);

/** The UMD call's end: the factory closed, then the file's source-map comment. */
const UMD_TRAILER = /\}\);\s*(?:\/\/# sourceMappingURL=\S*\s*)?$/;

/** The polyfill's source as an ES module whose default export is what the UMD file's `module.exports` would be. */
export function polyfillAsEsModule(code: string): string {
  if (!UMD_HEADER.test(code) || !UMD_TRAILER.test(code)) {
    throw new Error(
      'webextension-polyfill: its UMD wrapper is not the one scripts/build/polyfill-esm.ts knows (a new version?). ' +
        'Check the file and update UMD_HEADER and UMD_TRAILER.',
    );
  }
  const factory = code.replace(UMD_HEADER, '(function (module) {').replace(UMD_TRAILER, '})');
  return `const polyfillModule = { exports: {} };\n${factory}(polyfillModule);\nexport default polyfillModule.exports;\n`;
}

/** The Vite plugin: the polyfill's file, whichever entry imports it, is read as an ES module. */
export function polyfillEsm(): Plugin {
  return {
    name: 'gc-albato:polyfill-esm',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?', 1)[0] ?? id;
      if (!POLYFILL_FILE.test(file)) return null;
      if (file.endsWith('.min.js')) throw new Error(`webextension-polyfill: expected the unminified file, got ${file}`);
      return { code: polyfillAsEsModule(code), map: null };
    },
  };
}
