// @vitest-environment node
/**
 * The build reads webextension-polyfill as an ES module (scripts/build/polyfill-esm.ts). Run here on the
 * installed polyfill's own file, in a context of its own, as the built scripts run it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { POLYFILL_FILE, polyfillAsEsModule, polyfillEsm } from '@/scripts/build/polyfill-esm';

const file = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(file, 'utf8');

/** The module's default export, evaluated with `globals` as the global object (its ES syntax is one `export default`). */
function evaluate(code: string, globals: Record<string, unknown>): unknown {
  const script = code.replace(/\nexport default ([\w$.]+);\n$/, '\nthis.__default = $1;\n');
  if (script === code) throw new Error('not one trailing `export default`');
  const context: Record<string, unknown> = { ...globals };
  context.globalThis = context;
  runInNewContext(script, context);
  return context.__default;
}

it('the plugin matches the file the package resolves to', () => {
  expect(file).toMatch(POLYFILL_FILE);
  const transform = polyfillEsm().transform as (code: string, id: string) => { code: string } | null;
  expect(transform(source, file)?.code).toBe(polyfillAsEsModule(source));
  expect(transform('export const x = 1;', '/project/utils/send.ts')).toBeNull();
});

it('leaves one default export and no CommonJS or AMD names behind', () => {
  const code = polyfillAsEsModule(source);
  expect(code.match(/\bexport\b/g)).toHaveLength(1);
  expect(code).not.toMatch(/typeof exports|define\.amd|factory\(module\)/);
});

it('exports the browser’s own `browser` without reading any property but the ones the polyfill checks', () => {
  const read: string[] = [];
  const own = { runtime: { id: 'abc' }, tabs: {}, storage: {}, scripting: {} };
  const browser = new Proxy(own, {
    get: (target, key, receiver) => (read.push(`get ${String(key)}`), Reflect.get(target, key, receiver)),
    getOwnPropertyDescriptor: (target, key) => (read.push(`descriptor ${String(key)}`), Reflect.getOwnPropertyDescriptor(target, key)),
    ownKeys: (target) => (read.push('keys'), Reflect.ownKeys(target)),
  });
  expect(evaluate(polyfillAsEsModule(source), { chrome: { runtime: { id: 'abc' } }, browser })).toBe(browser);
  expect(new Set(read)).toEqual(new Set(['get runtime']));
});

it('wraps `chrome` in promises where the browser has no `browser`', async () => {
  const chrome = {
    runtime: {
      id: 'abc',
      lastError: undefined,
      sendMessage: (message: unknown, callback: (reply: unknown) => void) => callback({ echoed: message }),
    },
  };
  const wrapped = evaluate(polyfillAsEsModule(source), { chrome, Proxy, WeakMap, Promise, Object, Error }) as {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
  await expect(wrapped.runtime.sendMessage('ping')).resolves.toEqual({ echoed: 'ping' });
});

it('stops the build when the UMD header or its end is not the known one', () => {
  expect(() => polyfillAsEsModule(source.replace('define.amd', 'define.amd2'))).toThrow(/UMD_HEADER/);
  expect(() => polyfillAsEsModule('module.exports = {};')).toThrow(/UMD_HEADER/);
  expect(() => polyfillAsEsModule(source.replace(/\}\);\s*\/\/# sourceMappingURL=\S*\s*$/, '});\nextra();\n'))).toThrow(/UMD_TRAILER/);
});
