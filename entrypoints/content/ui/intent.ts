/**
 * The intent guard behind `el()`'s `onTrustedClick` (dom.ts): a control's action runs only for a
 * press the admin could see and aim. A trusted event is not enough (issue 20: a page made our panel
 * transparent, laid it over its own «Сохранить», and the admin's two clicks on Save sent two
 * requests; it moved the focus to Send on the admin's Enter). The decisions are pure functions in
 * entrypoints/content/ui/intent-rules.ts; this module reads the page for them.
 *
 * A pointer press counts when, at the trusted `pointerdown` and again at the `click`:
 * - the control and its ancestors up to `html` (through shadow roots, along the flat tree) are
 *   rendered, opaque enough, not filtered, clipped, masked, blended, rotated, flipped or shrunk;
 * - the control is on screen and big enough, and the topmost element at the pointer is the
 *   control (document, then our shadow root);
 * - in Chromium, IntersectionObserver v2 says it is visible (its occlusion test also sees
 *   overlays with `pointer-events: none`, which hit testing skips); elsewhere the page's elements
 *   over the point that take no pointer events and paint something are looked for, at click time;
 * - it has been visible where it is for MIN_VISIBLE_MS (watched while on screen), and it did not
 *   move between `pointerdown` and `click`.
 * A key press (`click` with `detail` 0) counts when the focus got there by the admin and the
 * Enter/Space keydown went to the control itself (entrypoints/content/ui/intent-rules.ts, `nextKeyState`), and the
 * control is visible as above at its centre.
 *
 * A refused press does nothing but say so beside the control, in the admin's language; the reason
 * is not written anywhere (no console, no attribute): the page could read it to tune its trap.
 * Nothing here may throw into the page: every read is wrapped and an error refuses.
 * Costs: per control, one entry in two shared IntersectionObservers and a style walk every
 * VISIBILITY_POLL_MS while it is on screen; the page-wide overlay scan runs only at a click.
 */
import { installIntentGuard } from './dom';
import {
  boxProblem,
  chainProblem,
  focusOriginFromTab,
  keyActivationProblem,
  nextKeyState,
  nextVisibleSince,
  NO_KEY_STATE,
  paints,
  pointInside,
  sameBox,
  visibleLongEnough,
  VISIBILITY_POLL_MS,
  type Box,
  type ChainProblem,
  type KeyState,
  type KeyStep,
  type StyleRecord,
} from '@/entrypoints/content/ui/intent-rules';

interface ControlState {
  /** from the watch while on screen: since when it passed every look without moving */
  seen: { since: number | null; box: Box | null };
  /** Chromium's IntersectionObserver v2: null until it reported */
  browserSeen: { visible: boolean | null; since: number | null };
  /** the trusted primary-button pointerdown on the control, judged when it happened */
  press: { box: Box; problem: ChainProblem | null } | null;
  keys: KeyState;
  /** a trusted pointerdown on the control in the current task: the focus it brings is the admin's */
  pressing: boolean;
}

const states = new WeakMap<Element, ControlState>();
const onScreen = new Set<HTMLElement>();
let pollTimer: ReturnType<typeof setInterval> | null = null;
let refusalText = '';

/**
 * Installs the guard behind `el()`'s `onTrustedClick` (dom.ts) and the sentence a refused press
 * shows, in the admin's language: called by each feature that draws controls that act, in its
 * `init` before it draws (a control drawn without it never acts).
 */
export function useIntentGuard(text: string): void {
  refusalText = text;
  installIntentGuard({ guard: guardAction, rootMade: registerOwnStyles });
}

/** Chromium ≥ 74 implements IntersectionObserver v2 (`isVisible`); Firefox does not. */
const browserJudgesVisibility = () =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Makes `action` run only on presses of `control` the admin could see and aim (see above).
 * Returns nothing; the listeners live as long as the control.
 */
export function guardAction(control: HTMLElement, action: () => void): void {
  states.set(control, {
    seen: { since: null, box: null },
    browserSeen: { visible: null, since: null },
    press: null,
    keys: NO_KEY_STATE,
    pressing: false,
  });
  listenForTab();
  safely(() => observer().observe(control));
  control.addEventListener('pointerdown', (event) => safely(() => onPointerDown(control, event)));
  control.addEventListener('focus', (event) => safely(() => onFocus(control, event)));
  control.addEventListener('blur', () => safely(() => step(control, { type: 'blur' })));
  control.addEventListener('keydown', (event) =>
    safely(() =>
      step(control, { type: 'keydown', key: event.key, trusted: event.isTrusted && event.target === control, at: performance.now() }),
    ),
  );
  control.addEventListener('click', (event) => {
    if (!event.isTrusted) return; // a page script's click(): refused without a word, as since issue 12
    const problem = attempt(() => clickProblem(control, event), 'error');
    const state = states.get(control);
    if (state) state.press = null;
    if (problem) return showRefusal(control);
    clearRefusal(control);
    action();
  });
}

/** Our own code focusing a control as it opens: that focus counts as the admin's. */
export function focusAsOpened(control: HTMLElement): void {
  safely(() => {
    control.focus();
    step(control, { type: 'focus', origin: 'admin' });
  });
}

function safely(run: () => void): void {
  try {
    run();
  } catch {
    // The page can remove, move or restyle anything at any moment; a failed read refuses, never throws into it.
  }
}

function attempt<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

function step(control: HTMLElement, keyStep: KeyStep): void {
  const state = states.get(control);
  if (state) state.keys = nextKeyState(state.keys, keyStep);
}

// --- focus: where it came from ---------------------------------------------------------------

/** The last trusted Tab keydown, until the task that carried it ends (the browser moves focus in that task). */
let pendingTab: KeyboardEvent | null = null;
let listeningForTab = false;

function listenForTab(): void {
  if (listeningForTab) return;
  listeningForTab = true;
  // Window, capture: the earliest place an extension can listen. A page that stops the event there
  // only makes the admin's Tab count as the page's (refused), never the reverse.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || !event.isTrusted) return;
      pendingTab = event;
      setTimeout(() => {
        if (pendingTab === event) pendingTab = null;
      }, 0);
    },
    true,
  );
}

function onFocus(control: HTMLElement, event: FocusEvent): void {
  const state = states.get(control);
  if (!state || !event.isTrusted) return;
  // A press on the control focuses it right after its pointerdown (focusAsOpened marks our own focus after this runs).
  if (state.pressing) return step(control, { type: 'focus', origin: 'admin' });
  step(control, { type: 'focus', origin: focusOriginFromTab(pendingTab) });
}

// --- pointer ---------------------------------------------------------------------------------

function onPointerDown(control: HTMLElement, event: PointerEvent): void {
  const state = states.get(control);
  if (!state) return;
  state.press = null;
  if (!event.isTrusted || event.button !== 0) return;
  const now = performance.now();
  // A fresh look first: a control the page moved or showed since the last watch starts its count now.
  look(control, state);
  if (!onScreen.has(control)) watchAfresh(control); // refused now; watched again for the next press
  const box = rectOf(control);
  const problem =
    sightProblem(control, { x: event.clientX, y: event.clientY }, state, false) ??
    (visibleLongEnough(state.seen.since, now) && (!browserJudgesVisibility() || visibleLongEnough(state.browserSeen.since, now))
      ? null
      : 'too-soon');
  state.press = { box, problem };
  // The press focuses the control in this task (browsers that focus buttons on click): that focus is the admin's.
  state.pressing = true;
  setTimeout(() => (state.pressing = false), 0);
}

function clickProblem(control: HTMLElement, event: MouseEvent): ChainProblem | null {
  const state = states.get(control);
  if (!state) return 'error';
  if (event.detail === 0) {
    return keyActivationProblem(state.keys, performance.now()) ?? sightProblem(control, null, state, true);
  }
  if (!state.press) return 'not-pressed';
  if (state.press.problem) return state.press.problem;
  if (!sameBox(state.press.box, rectOf(control))) return 'moved';
  return sightProblem(control, { x: event.clientX, y: event.clientY }, state, true);
}

// --- what the admin can see ------------------------------------------------------------------

const viewport = () => ({
  width: document.documentElement.clientWidth || window.innerWidth,
  height: document.documentElement.clientHeight || window.innerHeight,
});

function rectOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/**
 * Everything that decides whether the control can be seen at `point` (its centre when null).
 * `scanOverlays`: look for page elements over the point that take no pointer events (the costly
 * part: done at the click, where the browser does not judge occlusion itself).
 */
function sightProblem(
  control: HTMLElement,
  point: { x: number; y: number } | null,
  state: ControlState,
  scanOverlays: boolean,
): ChainProblem | null {
  const chain = renderedChain(control);
  if (!chain) return 'not-rendered';
  if (stylesTampered(control)) return 'tampered';
  if (
    typeof control.checkVisibility === 'function' &&
    !control.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
  )
    return 'invisible';
  const problem =
    chainProblem(chain.map(styleRecord)) ??
    boxProblem(rectOf(control), { width: control.offsetWidth, height: control.offsetHeight }, viewport());
  if (problem) return problem;
  const box = rectOf(control);
  const at = point ?? visibleCentre(box);
  if (!pointInside(at, box, viewport())) return 'off-screen';
  if (!topmostIsInside(control, at)) return 'covered';
  // Chromium's own verdict, for pointer presses: it lags a new control by up to its 100 ms delay
  // (and first reports a control drawn this instant as not visible), which a Tab and Enter right
  // after typing would hit; a key press has the admin's own focus and the checks above instead.
  if (point && state.browserSeen.visible === false) return 'covered';
  if (scanOverlays && passThroughOverlayAt(control, chain, at)) return 'covered';
  return null;
}

function visibleCentre(box: Box): { x: number; y: number } {
  const { width, height } = viewport();
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  return { x: (left + Math.min(box.left + box.width, width)) / 2, y: (top + Math.min(box.top + box.height, height)) / 2 };
}

/**
 * The control and its ancestors up to `html`, along the flat tree (what is rendered): a light
 * child of an element with a shadow root is drawn at its slot, if any. Null when the walk does not
 * reach the document's `html` (removed, in a detached tree, or not slotted anywhere). A shadow root
 * the page closed around our host is not readable: a child of an element with one counts as not
 * rendered (refused rather than judged blind).
 */
function renderedChain(control: HTMLElement): Element[] | null {
  const chain: Element[] = [];
  let node: Node | null = control;
  while (node && node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    chain.push(element);
    const parent: Node | null = element.parentNode;
    if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      node = (parent as ShadowRoot).host ?? null;
    } else if (parent && parent.nodeType === Node.ELEMENT_NODE && hasShadowRoot(parent as Element)) {
      node = element.assignedSlot; // null when not slotted (not rendered) or slotted into a closed root
    } else {
      node = parent;
    }
    if (chain.length > 10_000) return null;
  }
  return node === document && chain[chain.length - 1] === document.documentElement ? chain : null;
}

/** Whether an element hosts a shadow root, open or closed (both browsers let extensions see closed ones). */
function hasShadowRoot(element: Element): boolean {
  if (element.shadowRoot) return true;
  const firefoxView = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefoxView) return true;
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
  return Boolean(chromeDom?.openOrClosedShadowRoot?.(element));
}

function styleRecord(element: Element): StyleRecord {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name);
  return {
    display: style.display,
    visibility: style.visibility,
    opacity: style.opacity,
    filter: style.filter,
    clipPath: read('clip-path'),
    clip: read('clip'),
    maskImage: read('mask-image'),
    webkitMaskImage: read('-webkit-mask-image'),
    transform: style.transform,
    scale: read('scale'),
    rotate: read('rotate'),
    mixBlendMode: read('mix-blend-mode'),
    contentVisibility: read('content-visibility'),
  };
}

/** The topmost element at the point, followed into open shadow roots (ours included), is the control or inside it. */
function topmostIsInside(control: HTMLElement, point: { x: number; y: number }): boolean {
  let hit: Element | null = document.elementFromPoint(point.x, point.y);
  for (let depth = 0; hit?.shadowRoot && depth < 32; depth++) {
    const inner = hit.shadowRoot.elementFromPoint(point.x, point.y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit !== null && (hit === control || control.contains(hit));
}

/**
 * Firefox has no IntersectionObserver v2, and hit testing skips elements with
 * `pointer-events: none`: a page can lay a painted sheet over our control and let the click
 * through. So, at the click, every element of the document and its open shadow roots is asked:
 * does its box hold the point, does it take no pointer events, does it paint (text, a replaced
 * element, a background, a border or a shadow), and is it drawn above us (after our host in tree
 * order, or positioned)? Any such element refuses. Boxes first: styles are read only for the
 * few elements over the point.
 */
function passThroughOverlayAt(control: HTMLElement, chain: readonly Element[], point: { x: number; y: number }): boolean {
  const skip = new Set<Element>(chain);
  const ourHost = outermostHost(control);
  const pending: (Document | ShadowRoot)[] = [document];
  while (pending.length > 0) {
    const scope = pending.pop()!;
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) pending.push(element.shadowRoot);
      if (skip.has(element) || control.contains(element)) continue;
      const rect = element.getBoundingClientRect();
      if (point.x < rect.left || point.x > rect.right || point.y < rect.top || point.y > rect.bottom) continue;
      const style = getComputedStyle(element);
      if (style.pointerEvents !== 'none' || !paintsAt(element, style)) continue;
      if (drawnAbove(element, style, ourHost)) return true;
    }
  }
  return false;
}

const REPLACED = new Set([
  'IMG',
  'SVG',
  'CANVAS',
  'VIDEO',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'BUTTON',
  'PICTURE',
]);

function paintsAt(element: Element, style: CSSStyleDeclaration): boolean {
  const ownText = [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '');
  return paints({
    visibility: style.visibility,
    opacity: style.opacity,
    backgroundColor: style.backgroundColor,
    backgroundImage: style.backgroundImage,
    boxShadow: style.boxShadow,
    borderWidths: [style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth].map((width, index) =>
      [style.borderTopStyle, style.borderRightStyle, style.borderBottomStyle, style.borderLeftStyle][index] === 'none' ? '0' : width,
    ),
    hasOwnContent: ownText || REPLACED.has(element.tagName.toUpperCase()),
  });
}

function outermostHost(node: Node): Node {
  let root = node.getRootNode();
  let current = node;
  while (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
    current = (root as ShadowRoot).host;
    root = current.getRootNode();
  }
  return current;
}

/**
 * Paint order, cheaply and on the safe side: an element inside our own view, after our host in
 * tree order, or positioned (it may have a z-index) can be drawn over us; an earlier static one is
 * drawn before us.
 */
function drawnAbove(element: Element, style: CSSStyleDeclaration, ourHost: Node): boolean {
  const theirs = outermostHost(element);
  if (theirs === ourHost) return true;
  if (style.position !== 'static') return true;
  return Boolean(ourHost.compareDocumentPosition(theirs) & Node.DOCUMENT_POSITION_FOLLOWING);
}

// --- styles the page put into our open shadow roots --------------------------------------------

const ownCss = new WeakMap<ShadowRoot, string>();
const canonicalCss = new Map<string, string>();

/** The CSS our code put into `root` (dom.ts, shadowHost): the only styles a guarded control may be drawn with. */
export function registerOwnStyles(root: ShadowRoot, css: string): void {
  ownCss.set(root, css);
}

const rulesText = (sheet: CSSStyleSheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');

/** Our CSS as the browser serialises it, parsed once per stylesheet text. */
function canonicalRules(css: string): string {
  let text = canonicalCss.get(css);
  if (text === undefined) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    text = rulesText(sheet);
    canonicalCss.set(css, text);
  }
  return text;
}

/**
 * Our roots are open, so a page can add a <style>, a stylesheet link, `style` or `part` attributes,
 * or rules to our own sheet: enough to disguise a control without touching opacity (transparent
 * text and background, a label of its own in `::after`). The control's root must hold exactly one
 * sheet, ours, with our rules, and nothing styled from outside it.
 */
function stylesTampered(control: HTMLElement): boolean {
  const root = control.getRootNode();
  if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return true;
  const shadow = root as ShadowRoot;
  const css = ownCss.get(shadow);
  if (css === undefined) return true;
  if (shadow.querySelector('[style], [part], [exportparts], link')) return true;
  const sheets = [...(shadow.adoptedStyleSheets ?? []), ...Array.from(shadow.querySelectorAll('style'), (style) => style.sheet)];
  return sheets.length !== 1 || !sheets[0] || rulesText(sheets[0]) !== canonicalRules(css);
}

// --- watching on-screen controls ---------------------------------------------------------------

let sharedObserver: IntersectionObserver | null = null;

/**
 * One observer for every guarded control. In Chromium it is IntersectionObserver v2
 * (`trackVisibility`, with the smallest `delay` it allows, 100 ms): `isVisible` is false while
 * anything is drawn over the control or an effect (opacity, filter, transform) applies, and the time
 * it turned true is when the browser itself saw it visible. Everywhere it says which controls are
 * on screen, which the watch then looks at.
 */
function observer(): IntersectionObserver {
  if (sharedObserver) return sharedObserver;
  const options = browserJudgesVisibility()
    ? ({ threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit)
    : { threshold: [0] };
  sharedObserver = new IntersectionObserver((entries) => {
    for (const entry of entries) safely(() => onIntersection(entry));
  }, options);
  return sharedObserver;
}

function onIntersection(entry: IntersectionObserverEntry): void {
  const control = entry.target as HTMLElement;
  const state = states.get(control);
  if (!state) return;
  if (browserJudgesVisibility()) {
    const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
    state.browserSeen = visible
      ? { visible, since: state.browserSeen.visible ? state.browserSeen.since : entry.time }
      : { visible, since: null };
  }
  if (entry.isIntersecting) {
    onScreen.add(control);
    look(control, state);
    pollTimer ??= setInterval(pollOnScreen, VISIBILITY_POLL_MS);
  } else {
    onScreen.delete(control);
    state.seen = { since: null, box: null };
    stopPollingIfIdle();
  }
}

/**
 * A control taken out of the document (re-parented, or removed and put back by the page) gets no
 * IntersectionObserver report in Chromium when it returns to the same place, so the watch keeps it
 * for a while and observes it afresh once it is back; one gone for DETACHED_FORGET_MS is let go.
 */
const DETACHED_FORGET_MS = 10_000;
const detachedSince = new Map<HTMLElement, number>();

function pollOnScreen(): void {
  const now = performance.now();
  for (const control of onScreen) {
    const state = states.get(control);
    if (state && control.isConnected) {
      look(control, state);
      continue;
    }
    onScreen.delete(control);
    if (state) forgetSight(state);
    detachedSince.set(control, now);
  }
  for (const [control, since] of detachedSince) {
    if (control.isConnected) {
      detachedSince.delete(control);
      watchAfresh(control);
    } else if (now - since > DETACHED_FORGET_MS) {
      detachedSince.delete(control);
      safely(() => observer().unobserve(control));
    }
  }
  stopPollingIfIdle();
}

function stopPollingIfIdle(): void {
  if (onScreen.size === 0 && detachedSince.size === 0 && pollTimer !== null) {
    clearInterval(pollTimer);
    pollTimer = null;
  }
}

function forgetSight(state: ControlState): void {
  state.seen = { since: null, box: null };
  state.browserSeen = { visible: null, since: null };
}

/** Observing again brings a first report at once: visible or not, on screen or not. */
function watchAfresh(control: HTMLElement): void {
  const state = states.get(control);
  if (state) forgetSight(state);
  safely(() => {
    observer().unobserve(control);
    observer().observe(control);
  });
}

/** One look at the control: visible at its centre (styles, box, topmost) and where it was. */
function look(control: HTMLElement, state: ControlState): void {
  const ok = attempt(() => sightProblem(control, null, state, false) === null, false);
  const box = ok ? attempt<Box | null>(() => rectOf(control), null) : null;
  state.seen = nextVisibleSince(state.seen, { ok, box, at: performance.now() });
}

// --- saying no -------------------------------------------------------------------------------

const REFUSED_CLASS = 'gc-refused';

function showRefusal(control: HTMLElement): void {
  safely(() => {
    const next = control.nextElementSibling;
    if (next?.classList.contains(REFUSED_CLASS)) return;
    const note = document.createElement('span');
    note.className = REFUSED_CLASS;
    note.setAttribute('role', 'alert');
    note.textContent = refusalText || '⚠';
    control.after(note);
  });
}

function clearRefusal(control: HTMLElement): void {
  safely(() => {
    const next = control.nextElementSibling;
    if (next?.classList.contains(REFUSED_CLASS)) next.remove();
  });
}
