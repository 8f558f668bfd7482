/**
 * Calls `onChange` once per batch of page DOM changes (a MutationObserver callback already
 * coalesces everything one task did), ignoring batches made only of the extension's own hosts, so
 * re-rendering a warning does not trigger another scan. Scanning right in the callback, not on the
 * next animation frame, puts the first warning on screen in the same frame as the list.
 * One observer per feature run, disconnected when the run is aborted.
 */
import { OWN_NODE_ATTRIBUTE } from '@/entrypoints/content/ui/dom';

function isOwn(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest(`[${OWN_NODE_ATTRIBUTE}]`));
}

const isOwnHost = (node: Node) => node instanceof Element && node.hasAttribute(OWN_NODE_ATTRIBUTE);

/** No spreading of node lists: a page's own editor can queue tens of thousands of records at once. */
function onlyOwn(record: MutationRecord): boolean {
  if (record.type === 'characterData') return isOwn(record.target);
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!isOwnHost(addedNodes[i]!)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwnHost(removedNodes[i]!)) return false;
  return true;
}

/**
 * `onChange` gets the whole batch when at least one record is the page's (it may contain our own
 * hosts too: checking every record of a large batch costs more than tolerating a few).
 * `subtree: false` watches only the root's own children (and no text changes). Returns a stop.
 */
export function observeChanges(
  root: Node,
  onChange: (records: MutationRecord[]) => void,
  signal: AbortSignal,
  { subtree = true } = {},
): () => void {
  const observer = new MutationObserver((records) => {
    if (signal.aborted || records.every(onlyOwn)) return;
    onChange(records);
    observer.takeRecords(); // what onChange itself added is ours
  });
  observer.observe(root, subtree ? { childList: true, subtree: true, characterData: true } : { childList: true });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}

/** Work the page can wait for: in idle time, but within `timeout` ms even on a busy page. Returns a cancel. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 16);
  return () => clearTimeout(id);
}

/**
 * `npm run bench` sets this attribute on the page to read the cost of each scan from the shared
 * performance timeline; without it, measuring costs one attribute check per scan.
 */
export function measured<A extends unknown[]>(name: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    if (!document.documentElement.hasAttribute('data-gc-albato-bench')) return fn(...args);
    const start = performance.now();
    fn(...args);
    performance.measure(name, { start, end: performance.now() });
  };
}

/**
 * Gives every element matching `selector` — now and whenever the page adds one — its own view
 * from `decorate`, which returns the host it inserted (or null: nothing for this element yet, ask
 * again on the next change); hosts of elements the page removed go too, and all of them when the
 * run is aborted. `afterScan` runs once after each scan (e.g. to report what was seen in one message).
 */
// oxlint-disable-next-line typescript/no-unnecessary-type-parameters -- the caller names the element its selector matches, as with querySelectorAll<E>
export function decorateEach<E extends Element>(
  selector: string,
  decorate: (element: E) => HTMLElement | null,
  signal: AbortSignal,
  afterScan?: () => void,
): void {
  const hosts = new Map<E, HTMLElement>();
  const scan = () => {
    for (const element of document.querySelectorAll<E>(selector)) {
      if (hosts.has(element)) continue;
      const host = decorate(element);
      if (host) hosts.set(element, host);
    }
    for (const [element, host] of hosts) {
      if (!element.isConnected) {
        host.remove();
        hosts.delete(element);
      }
    }
    afterScan?.();
  };
  scan();
  observeChanges(document.body, scan, signal);
  signal.addEventListener(
    'abort',
    () => {
      for (const host of hosts.values()) host.remove();
      hosts.clear();
    },
    { once: true },
  );
}
