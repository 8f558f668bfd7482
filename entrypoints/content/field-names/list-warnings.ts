/**
 * Warnings beside the names in the field list (after each field's label). The first screenful is drawn at once; rows further
 * down get theirs when they come near the viewport (IntersectionObserver), so a list of thousands
 * of fields costs a few dozen warnings up front, not thousands. Handing the rest to the observer
 * happens in a later task, after the first warnings are painted.
 */
import { renderFieldWarning } from '@/entrypoints/content/ui/field-warning';
import { shadowHost } from '@/entrypoints/content/ui/dom';
import type { FieldVerdict } from '@/utils/field-plan';
import type { ContentT } from '@/utils/i18n-content';
import { measured } from '../observe';

type T = ContentT;

/** The first few warned fields at once (a field block takes ~50 px with its one-line warning, and the page summary sits above the editor); the rest as they come near the viewport, within a frame. */
const DRAWN_AT_ONCE = 6;
const AHEAD = '1000px 0px';

/** What in a warning is ours to press: every other part of it is GetCourse's field block. */
const OWN_CONTROLS = 'button, summary, a[href], input, textarea, select';
/** Where a press starts, not where it ends: a drag begun on the block may end over our button and must still end. */
const PRESS_EVENTS = ['click', 'dblclick', 'mousedown', 'pointerdown', 'touchstart'] as const;

/**
 * Inside GetCourse's field block a click selects the field and a press-and-move re-orders the list
 * (ref R.1: the block's click handler, and `.fields` made a jQuery UI sortable whose cancel list
 * does not see inside our shadow root): pressing our buttons should do neither, so their presses
 * end at the shadow root. Anywhere else on the warning the press goes on to the block, as if the
 * warning were not there (issue 24: stopping them on the whole host made a click on the middle of
 * a flagged field select nothing). The intent guard listens on the control itself, before this.
 */
function keepControlPresses(root: ShadowRoot): void {
  const stop = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.closest(OWN_CONTROLS)) event.stopPropagation();
  };
  for (const type of PRESS_EVENTS) root.addEventListener(type, stop, { passive: true });
}

/**
 * A click on the warning's text selects the field (GetCourse's own handler, above); then the
 * feature may put the focus in that field's title input, so "fix this" is one click (issue 24).
 * After GetCourse's handler, which runs later in the same dispatch: a task later.
 */
function onTextClick(root: ShadowRoot, then: () => void): void {
  root.addEventListener('click', (event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element) || target.closest(OWN_CONTROLS)) return;
    setTimeout(then, 0);
  });
}

interface Placed {
  host: HTMLElement;
  root: ShadowRoot;
  stamp: string;
}

/** `openField`: a click on a warning's text, after GetCourse selected the field (see onTextClick). */
export function createListWarnings(t: T, openField: (label: Element) => void = () => {}) {
  const placed = new Map<Element, Placed>();
  const waiting = new Map<Element, FieldVerdict>();

  const draw = (label: Element, verdict: FieldVerdict) => {
    let entry = placed.get(label);
    if (!entry) {
      const { host, root } = shadowHost('field-warning', 'warning');
      host.classList.add('gc-in-list');
      keepControlPresses(root);
      onTextClick(root, () => openField(label));
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
