/**
 * Warnings beside the names in the field list (after each field's label). The first screenful is drawn at once; rows further
 * down get theirs when they come near the viewport (IntersectionObserver), so a list of thousands
 * of fields costs a few dozen warnings up front, not thousands. Handing the rest to the observer
 * happens in a later task, after the first warnings are painted.
 */
import { renderFieldWarning } from '@/components/content/field-warning';
import { shadowHost } from '@/components/content/dom';
import type { FieldVerdict } from '@/utils/field-plan';
import type { ContentT } from '@/utils/i18n-content';
import { measured } from '../observe';

type T = ContentT;

/** The first few warned fields at once (a field block and its warning take ~80 px, and the page summary sits above the editor); the rest as they come near the viewport, within a frame. */
const DRAWN_AT_ONCE = 6;
const AHEAD = '1000px 0px';

interface Placed {
  host: HTMLElement;
  root: ShadowRoot;
  stamp: string;
}

export function createListWarnings(t: T) {
  const placed = new Map<Element, Placed>();
  const waiting = new Map<Element, FieldVerdict>();

  const draw = (label: Element, verdict: FieldVerdict) => {
    let entry = placed.get(label);
    if (!entry) {
      const { host, root } = shadowHost('field-warning', 'warning');
      // Inside GetCourse's field block a click selects the field and a drag re-orders the list
      // (fact sheet R.1): pressing our buttons should do neither.
      for (const type of ['click', 'mousedown', 'pointerdown']) host.addEventListener(type, (event) => event.stopPropagation());
      entry = { host, root, stamp: '' };
      placed.set(label, entry);
    }
    // Beside the label, not inside it: a click in a label would toggle a checkbox field's box.
    if (!entry.host.isConnected) label.after(entry.host);
    const stamp = `${verdict.problems.join()}|${verdict.suggestion}|${verdict.takenBy ?? ''}`;
    if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      renderFieldWarning(entry.root, verdict, t);
    }
  };

  const viewport = new IntersectionObserver(
    measured('gc-albato:field-deferred', (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        const verdict = entry.isIntersecting ? waiting.get(entry.target) : undefined;
        if (!verdict) continue;
        waiting.delete(entry.target);
        viewport.unobserve(entry.target);
        draw(entry.target, verdict);
      }
    }),
    { rootMargin: AHEAD },
  );

  const observed = new WeakSet<Element>();
  let handOver = 0;
  const observeWaiting = measured('gc-albato:field-deferred', () => {
    handOver = 0;
    for (const label of waiting.keys()) {
      if (observed.has(label)) continue;
      observed.add(label);
      viewport.observe(label);
    }
  });

  const forget = (label: Element) => {
    placed.get(label)?.host.remove();
    placed.delete(label);
    if (waiting.delete(label) && observed.has(label)) {
      observed.delete(label);
      viewport.unobserve(label);
    }
  };

  return {
    /**
     * Makes the suggestions of the warnings drawn at once (the first few invisible names) ahead of
     * time: when the page's state is read, before the editor is drawn, so the first warnings do not
     * wait for them (suggestions are made when first read: utils/field-plan.ts).
     */
    prepare(verdicts: readonly FieldVerdict[]) {
      let bad = 0;
      for (const verdict of verdicts) {
        if (verdict.untitled || verdict.problems.length === 0) continue;
        void verdict.suggestion;
        if (++bad === DRAWN_AT_ONCE) return;
      }
    },
    /** Shows (or updates) the warning for one list label; null removes it. */
    set(label: Element, verdict: FieldVerdict | null) {
      if (!verdict) return forget(label);
      if (placed.has(label) || placed.size < DRAWN_AT_ONCE) return draw(label, verdict);
      waiting.set(label, verdict);
      if (!handOver) handOver = window.setTimeout(observeWaiting, 0);
    },
    forget,
    get drawn() {
      return placed.size;
    },
    clear() {
      clearTimeout(handOver);
      viewport.disconnect();
      // oxlint-disable-next-line unicorn/no-useless-spread -- a copy: forget() deletes from the map walked
      for (const label of [...placed.keys()]) forget(label);
      waiting.clear();
    },
  };
}
