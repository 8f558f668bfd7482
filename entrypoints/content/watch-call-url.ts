/**
 * Gives each «Вызвать URL» operation open in a block modal its own view, for as long as it is
 * open and set to «Вызвать URL»: the view appears when the modal does (GetCourse builds it on a
 * double click, ref R.2), and goes — with its listeners — when the modal closes, the admin picks
 * another operation, or the feature's run is aborted. A view that fails to build is logged once
 * and the others go on, so a modal opened and closed any number of times leaves nothing behind.
 */
import { observeChanges } from './observe';
import { callUrlTargets, type CallUrlTarget } from './process-modal';

/** `wire` builds the view and returns its host; `viewSignal` ends when the view goes. */
export type WireCallUrl = (target: CallUrlTarget, viewSignal: AbortSignal) => HTMLElement | null;

export function eachCallUrlTarget(featureId: string, signal: AbortSignal, wire: WireCallUrl): void {
  const views = new Map<Element, { host: HTMLElement; stop: AbortController }>();
  const failed = new WeakSet<Element>();

  const drop = (field: Element) => {
    const view = views.get(field);
    view?.stop.abort();
    view?.host.remove();
    views.delete(field);
  };

  const scan = () => {
    if (signal.aborted) return;
    const targets = callUrlTargets(document);
    const open = new Set<Element>(targets.map((target) => target.url));
    for (const field of views.keys()) if (!open.has(field) || !field.isConnected) drop(field);
    for (const target of targets) {
      if (views.has(target.url) || failed.has(target.url)) continue;
      const stop = new AbortController();
      try {
        const host = wire(target, stop.signal);
        if (host) views.set(target.url, { host, stop });
        else stop.abort();
      } catch (error) {
        stop.abort();
        failed.add(target.url);
        console.warn(`[gc-albato] ${featureId}: this «Вызвать URL» view failed`, error);
      }
    }
  };

  scan();
  observeChanges(document.body, scan, signal);
  // Picking another operation is a radio change, not a DOM change.
  document.addEventListener('change', scan, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      // oxlint-disable-next-line unicorn/no-useless-spread -- a copy: drop() deletes from the map walked
      for (const field of [...views.keys()]) drop(field);
    },
    { once: true },
  );
}
