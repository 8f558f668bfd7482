/**
 * In-memory versions of the few APIs WXT's fake browser leaves unimplemented ("mock the function
 * yourself"): `runtime.onConnect`, `permissions.*` and `storage.session.setAccessLevel`. They keep
 * real state (listeners, granted host patterns) and are reset with `fakeBrowser.reset()`, so tests
 * exercise the extension's code paths instead of stubbing answers one by one.
 */
// IndexedDB (remembered keys) is missing from Node and happy-dom; fake-indexeddb is an in-memory one.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GETCOURSE_HOST_PATTERNS } from '@/utils/manifest';

type Listener = (...args: any[]) => unknown;

function eventWithTrigger() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: async (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
    reset: () => void (listeners.length = 0),
  };
}

/** A host pattern covers another when scheme and path match and its host is equal or `*.` above it. */
function covers(pattern: string, wanted: string): boolean {
  const split = (value: string) => /^([a-z*]+):\/\/([^/]+)(\/.*)$/.exec(value);
  const [p, w] = [split(pattern), split(wanted)];
  if (!p || !w || p[1] !== w[1] || (p[3] !== '/*' && p[3] !== w[3])) return false;
  if (p[2] === w[2]) return true;
  return p[2]!.startsWith('*.') && (w[2]!.endsWith(p[2]!.slice(1)) || w[2] === p[2]!.slice(2));
}

const onConnect = eventWithTrigger();
const runtime = fakeBrowser.runtime as unknown as { onConnect: unknown; resetState(): void };
const resetRuntime = runtime.resetState.bind(runtime);
runtime.onConnect = onConnect;
runtime.resetState = () => {
  resetRuntime();
  onConnect.reset();
};

let granted = new Set(GETCOURSE_HOST_PATTERNS);
type Origins = { origins?: string[] };
Object.assign(fakeBrowser.permissions, {
  contains: async ({ origins = [] }: Origins) => origins.every((origin) => [...granted].some((pattern) => covers(pattern, origin))),
  request: async ({ origins = [] }: Origins) => {
    for (const origin of origins) granted.add(origin);
    return true;
  },
  remove: async ({ origins = [] }: Origins) => {
    for (const origin of origins) granted.delete(origin);
    return true;
  },
  getAll: async () => ({ permissions: ['storage'], origins: [...granted] }),
  resetState: () => void (granted = new Set(GETCOURSE_HOST_PATTERNS)),
});

Object.assign(fakeBrowser.storage.session, { setAccessLevel: async () => undefined });
