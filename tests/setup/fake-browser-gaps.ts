/**
 * In-memory versions of the few APIs WXT's fake browser leaves unimplemented ("mock the function
 * yourself"): `runtime.onConnect`, `permissions.*` (with `onAdded` / `onRemoved`),
 * `scripting.*ContentScripts` and `storage.session.setAccessLevel`. They keep real state
 * (listeners, granted host patterns, registered scripts) and are reset with `fakeBrowser.reset()`,
 * so tests exercise the extension's code paths instead of stubbing answers one by one.
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
// Like the browsers, the events carry only what changed and reach listeners after the call returns.
const onAdded = eventWithTrigger();
const onRemoved = eventWithTrigger();
Object.assign(fakeBrowser.permissions, {
  contains: async ({ origins = [] }: Origins) => origins.every((origin) => [...granted].some((pattern) => covers(pattern, origin))),
  request: async ({ origins = [] }: Origins) => {
    const added = origins.filter((origin) => !granted.has(origin));
    for (const origin of added) granted.add(origin);
    if (added.length) setTimeout(() => void onAdded.trigger({ origins: added, permissions: [] }));
    return true;
  },
  remove: async ({ origins = [] }: Origins) => {
    const removed = origins.filter((origin) => granted.has(origin));
    for (const origin of removed) granted.delete(origin);
    if (removed.length) setTimeout(() => void onRemoved.trigger({ origins: removed, permissions: [] }));
    return true;
  },
  getAll: async () => ({ permissions: ['storage', 'scripting'], origins: [...granted] }),
  onAdded,
  onRemoved,
  resetState: () => {
    granted = new Set(GETCOURSE_HOST_PATTERNS);
    onAdded.reset();
    onRemoved.reset();
  },
});

/**
 * `scripting` content-script registrations as Chrome keeps them: ids unique (a duplicate or an
 * unknown id fails the whole call, nothing changes), `matches` required, defaults filled in.
 */
type Registered = {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
  [key: string]: unknown;
};
let registered = new Map<string, Registered>();
const pick = (ids?: string[]) => {
  const missing = ids?.find((id) => !registered.has(id));
  if (missing !== undefined) throw new Error(`Nonexistent script ID '${missing}'`);
  return ids ?? [...registered.keys()];
};
Object.assign(fakeBrowser.scripting, {
  registerContentScripts: async (scripts: Registered[]) => {
    const ids = new Set<string>();
    for (const script of scripts) {
      if (!script.id || script.id.startsWith('_')) throw new Error(`Invalid script ID '${script.id}'`);
      if (registered.has(script.id) || ids.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      if (!script.matches?.length) throw new Error(`Script with ID '${script.id}' must specify 'matches'`);
      if (!script.js?.length) throw new Error(`Script with ID '${script.id}' must specify at least one 'css' or 'js' file`);
      ids.add(script.id);
    }
    for (const script of scripts)
      registered.set(script.id, structuredClone({ allFrames: false, runAt: 'document_idle', persistAcrossSessions: true, ...script }));
  },
  getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
    [...registered.values()].filter((script) => !ids || ids.includes(script.id)).map((script) => structuredClone(script)),
  unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
    for (const id of pick(ids)) registered.delete(id);
  },
  resetState: () => void (registered = new Map()),
});

Object.assign(fakeBrowser.storage.session, { setAccessLevel: async () => undefined });
