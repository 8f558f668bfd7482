/**
 * The decisions of the in-page intent guard (entrypoints/content/ui/intent.ts), as pure functions of
 * what it read from the page: computed-style records of the control's ancestor chain, rectangles,
 * and the key/focus events the control saw. Kept free of the DOM so they can be tested one by one.
 *
 * Threat: a school's page script owns the page around our open shadow roots. It cannot press our
 * buttons (`isTrusted`), so it tries to get the admin's own hand to press them: make the control
 * invisible and lay it over its own «Сохранить», move it under the pointer, or move the focus to it
 * ("DOM-based extension clickjacking", August 2025; issue 20). Every rule here says "refuse" when
 * in doubt: a refused honest press costs the admin one more press, an accepted hostile one costs
 * a request or a changed field.
 */

/**
 * Lowest product of `opacity` over the control and every ancestor up to `html`. Our views are
 * drawn opaque and GetCourse's Bootstrap 3 modals end their fade at `.fade.in { opacity: 1 }`, so
 * an honest chain is at 1 once shown; 0.9 leaves room for a page that dims a container slightly
 * and keeps dark text on white at ≥ 14:1 contrast (WCAG asks 4.5:1), while any value a page would
 * use to hide a control (0, 0.01, 0.1, …) is far below it.
 */
export const MIN_CHAIN_OPACITY = 0.9;

/**
 * How long the control must have been visible where it is before the press. The same figure the
 * browsers use against "the button appeared under the cursor": Firefox's
 * `security.notification_enable_delay` (500 ms) for its permission prompts, and Chromium's
 * `InputEventActivationProtector`, which ignores clicks on a freshly shown dialog within the
 * double-click interval (500 ms by default). A double click on a block that opens the modal
 * therefore cannot land its second click on our control.
 */
export const MIN_VISIBLE_MS = 500;

/**
 * How often a control on screen is looked at (style chain and place) to know since when it has
 * been visible where it is. A tenth of a second is a small share of MIN_VISIBLE_MS and costs a
 * style walk of ~20 elements per control on screen, of which there are a handful.
 */
export const VISIBILITY_POLL_MS = 100;

/** Smallest rendered width and height of a control, CSS px (ours are ≥ 18 px tall at 12 px text). */
export const MIN_CONTROL_PX = 10;

/** Rendered size against laid-out size: a transform that shrinks the control below half is refused. */
export const MIN_RENDERED_SCALE = 0.5;

/** A key activation counts only this long after the control received the key's keydown (Space activates on keyup). */
export const KEY_ACTIVATION_MS = 5_000;

/** What the guard reads of one element's computed style (getComputedStyle names). */
export interface StyleRecord {
  display: string;
  visibility: string;
  opacity: string;
  filter: string;
  clipPath: string;
  clip: string;
  maskImage: string;
  /** Chromium also keeps the prefixed property; '' where the browser has none */
  webkitMaskImage?: string;
  transform: string;
  scale: string;
  rotate: string;
  mixBlendMode: string;
  contentVisibility: string;
}

export type ChainProblem =
  | 'not-rendered'
  | 'invisible'
  | 'transparent'
  | 'filtered'
  | 'clipped'
  | 'transformed'
  | 'blended'
  | 'too-small'
  | 'off-screen'
  | 'covered'
  | 'moved'
  | 'too-soon'
  | 'not-pressed'
  | 'not-own-focus'
  | 'not-own-key'
  | 'tampered'
  | 'error';

const isNone = (value: string | undefined) => value === undefined || value === '' || value === 'none';

/** Product of the chain's opacities (unparsable counts as 0: refuse when in doubt). */
export function chainOpacity(chain: readonly Pick<StyleRecord, 'opacity'>[]): number {
  let product = 1;
  for (const record of chain) {
    const value = Number.parseFloat(record.opacity);
    product *= Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }
  return product;
}

/**
 * Whether a computed `transform` keeps the content upright and unscaled: identity or a pure
 * translation (Bootstrap's modal slides in with `translate(0, -25%)`). Scale is judged from the
 * rendered size instead; any rotation, skew, flip or 3-D part is refused.
 */
export function isPlainTransform(transform: string): boolean {
  if (isNone(transform)) return true;
  const match = /^matrix(3d)?\(([^)]*)\)$/.exec(transform.trim());
  if (!match) return false;
  const m = match[2]!.split(',').map((part) => Number.parseFloat(part));
  if (m.some((n) => !Number.isFinite(n))) return false;
  const near = (value: number, target: number) => Math.abs(value - target) < 1e-6;
  if (!match[1]) {
    const [a, b, c, d] = m as [number, number, number, number];
    return m.length === 6 && a > 0 && d > 0 && near(b, 0) && near(c, 0);
  }
  if (m.length !== 16) return false;
  // Column-major 4×4: scale on 0/5/10, translation on 12–14; everything else must be 0 (w = 1).
  const zeroAt = [1, 2, 3, 4, 6, 7, 8, 9, 11];
  return m[0]! > 0 && m[5]! > 0 && zeroAt.every((i) => near(m[i]!, 0)) && near(m[10]!, 1) && near(m[15]!, 1);
}

/** The first style problem of one element of the chain, or null. `isControl`: visibility is read on the control only (it inherits, and a child may undo it). */
export function elementProblem(record: StyleRecord, isControl: boolean): ChainProblem | null {
  if (record.display === 'none') return 'not-rendered';
  if (record.contentVisibility === 'hidden') return 'not-rendered';
  if (isControl && record.visibility !== 'visible') return 'invisible';
  if (!isNone(record.filter)) return 'filtered';
  if (
    !isNone(record.clipPath) ||
    (record.clip !== 'auto' && record.clip !== '') ||
    !isNone(record.maskImage) ||
    !isNone(record.webkitMaskImage)
  )
    return 'clipped';
  if (!isPlainTransform(record.transform) || !isNone(record.scale) || !isNone(record.rotate)) return 'transformed';
  if (record.mixBlendMode !== 'normal' && record.mixBlendMode !== '') return 'blended';
  return null;
}

/** The first problem of the chain (control first, `html` last), or null when every element lets it be seen. */
export function chainProblem(chain: readonly StyleRecord[]): ChainProblem | null {
  if (chain.length === 0) return 'not-rendered';
  for (const [index, record] of chain.entries()) {
    const problem = elementProblem(record, index === 0);
    if (problem) return problem;
  }
  return chainOpacity(chain) < MIN_CHAIN_OPACITY ? 'transparent' : null;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The control's rendered box against its laid-out size and the viewport: big enough, not shrunk
 * by a transform, and with at least half of it on screen (all of it for the point pressed).
 */
export function boxProblem(
  rendered: Box,
  layout: { width: number; height: number },
  viewport: { width: number; height: number },
): ChainProblem | null {
  if (!(rendered.width >= MIN_CONTROL_PX && rendered.height >= MIN_CONTROL_PX)) return 'too-small';
  if (layout.width > 0 && layout.height > 0) {
    const scale = Math.min(rendered.width / layout.width, rendered.height / layout.height);
    if (!(scale >= MIN_RENDERED_SCALE)) return 'transformed';
  }
  const visibleWidth = Math.min(rendered.left + rendered.width, viewport.width) - Math.max(rendered.left, 0);
  const visibleHeight = Math.min(rendered.top + rendered.height, viewport.height) - Math.max(rendered.top, 0);
  if (visibleWidth <= 0 || visibleHeight <= 0) return 'off-screen';
  return (visibleWidth * visibleHeight) / (rendered.width * rendered.height) >= 0.5 ? null : 'off-screen';
}

/** Whether a point is inside a box (inclusive of its edges) and the viewport. */
export function pointInside(point: { x: number; y: number }, box: Box, viewport: { width: number; height: number }): boolean {
  const inBox = point.x >= box.left && point.x <= box.left + box.width && point.y >= box.top && point.y <= box.top + box.height;
  return inBox && point.x >= 0 && point.y >= 0 && point.x <= viewport.width && point.y <= viewport.height;
}

/** Same place and size, to half a pixel (sub-pixel layout rounds differently between reads). */
export function sameBox(a: Box, b: Box): boolean {
  return (
    Math.abs(a.left - b.left) <= 0.5 &&
    Math.abs(a.top - b.top) <= 0.5 &&
    Math.abs(a.width - b.width) <= 0.5 &&
    Math.abs(a.height - b.height) <= 0.5
  );
}

/**
 * Since when the control has been visible where it is, after one more look at it: a failed look
 * or a move starts the count again. `null`: not visible now.
 */
export function nextVisibleSince(
  previous: { since: number | null; box: Box | null },
  look: { ok: boolean; box: Box | null; at: number },
): { since: number | null; box: Box | null } {
  if (!look.ok || !look.box) return { since: null, box: null };
  if (previous.since === null || !previous.box || !sameBox(previous.box, look.box)) return { since: look.at, box: look.box };
  return { since: previous.since, box: look.box };
}

/** Whether the control was visible where it is for MIN_VISIBLE_MS before `pressedAt`. */
export function visibleLongEnough(since: number | null, pressedAt: number): boolean {
  return since !== null && pressedAt - since >= MIN_VISIBLE_MS;
}

/** Whether one computed style paints something over what is below (for overlays that take no pointer events). */
export function paints(record: {
  visibility: string;
  opacity: string;
  backgroundColor: string;
  backgroundImage: string;
  boxShadow: string;
  borderWidths: readonly string[];
  hasOwnContent: boolean;
}): boolean {
  if (record.visibility !== 'visible' || !(Number.parseFloat(record.opacity) > 0)) return false;
  if (record.hasOwnContent || !isNone(record.backgroundImage) || !isNone(record.boxShadow)) return true;
  if (record.borderWidths.some((width) => Number.parseFloat(width) > 0)) return true;
  return !isTransparentColor(record.backgroundColor);
}

function isTransparentColor(color: string): boolean {
  if (color === 'transparent') return true;
  const alpha = /^rgba\([^)]*,\s*([\d.]+)\s*\)$/.exec(color) ?? /\/\s*([\d.]+%?)\s*\)$/.exec(color);
  if (!alpha) return false;
  const value = alpha[1]!.endsWith('%') ? Number.parseFloat(alpha[1]!) / 100 : Number.parseFloat(alpha[1]!);
  return value === 0;
}

/**
 * Where the focus on a control came from. `admin`: the browser's own Tab default action, the
 * admin's press on the control, or our code focusing it as it opened. Anything else (`page`) is a
 * page script's `focus()`.
 */
export type FocusOrigin = 'admin' | 'page';

/**
 * The focus arrived while a Tab keydown was pending: it is the browser's move only once that
 * event's dispatch is over (`eventPhase` back to NONE, 0: default actions run after dispatch) and
 * nobody prevented it. A `focus()` inside a keydown listener runs during dispatch; one in a later
 * task finds no Tab pending.
 */
export function focusOriginFromTab(pendingTab: { eventPhase: number; defaultPrevented: boolean; isTrusted: boolean } | null): FocusOrigin {
  return pendingTab && pendingTab.isTrusted && pendingTab.eventPhase === 0 && !pendingTab.defaultPrevented ? 'admin' : 'page';
}

/** What the control remembers of the key that may activate it. */
export interface KeyState {
  focus: FocusOrigin | null;
  /** the Enter/Space keydown the control itself received while focused by the admin */
  key: { key: 'Enter' | ' '; at: number } | null;
}

export const NO_KEY_STATE: KeyState = { focus: null, key: null };

export type KeyStep =
  { type: 'focus'; origin: FocusOrigin } | { type: 'blur' } | { type: 'keydown'; key: string; trusted: boolean; at: number };

/** The key/focus state machine: focus is where it came from, blur forgets everything, a keydown arms Enter or Space only on admin focus. */
export function nextKeyState(state: KeyState, step: KeyStep): KeyState {
  if (step.type === 'focus') return { focus: step.origin, key: null };
  if (step.type === 'blur') return NO_KEY_STATE;
  if (!step.trusted) return state;
  if ((step.key === 'Enter' || step.key === ' ') && state.focus === 'admin') return { ...state, key: { key: step.key, at: step.at } };
  return { ...state, key: null };
}

/** Whether a key activation (`click` with `detail` 0) at `at` is the admin's: their focus, their key, received by the control itself, recently. */
export function keyActivationProblem(state: KeyState, at: number): ChainProblem | null {
  if (state.focus !== 'admin') return 'not-own-focus';
  if (!state.key || at - state.key.at > KEY_ACTIVATION_MS || at < state.key.at) return 'not-own-key';
  return null;
}
