/**
 * A few lines of real-DOM building for in-page UI. The content script renders up to thousands of
 * small warnings, so it creates elements directly instead of shipping a virtual DOM; text always
 * goes in as text nodes, never as HTML (page text may be hostile).
 */
import type { ContentStyles, StyleName } from '@/utils/content-styles';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | EventListener | (() => void)>;

/**
 * The intent guard (./intent.ts), installed by the features whose controls act, before they draw
 * (`useIntentGuard`). Installed rather than imported so that only the page groups with such
 * controls carry its code: the API-keys and offers scripts draw only notes, and their size is the
 * fixed cost those pages pay (README, Performance).
 */
export interface IntentGuard {
  guard(control: HTMLElement, action: () => void): void;
  /** every shadow root we make, with our CSS: the guard refuses a control in a root holding more */
  rootMade(root: ShadowRoot, css: string): void;
}
let intentGuard: IntentGuard | null = null;

export function installIntentGuard(guard: IntentGuard): void {
  intentGuard = guard;
}

/**
 * `onTrustedClick`: for the controls whose action matters (they reach the background or change the
 * page's data): only the admin's own click or key press counts. Our shadow roots are open, so a
 * school's page script could press them with `button.click()`, which the browser marks untrusted;
 * and it could make the admin's own hand press them (a transparent control over its own button,
 * focus moved on a keydown), so the press must also be one the admin could see and aim
 * (./intent.ts, issue 20).
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'onTrustedClick' && typeof value === 'function') guarded(node, value as () => void);
    else if (typeof value === 'function') node.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A control that acts without the guard installed acts never (fails closed), and says why to the tests. */
function guarded(control: HTMLElement, action: () => void): void {
  if (intentGuard) return intentGuard.guard(control, action);
  console.warn('[gc-albato] a control that acts was drawn before the intent guard was installed');
}

/** Marks every host element the extension adds, so observers can skip them and tests can find them. */
export const OWN_NODE_ATTRIBUTE = 'data-gc-albato';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One parsed stylesheet shared by every shadow root that uses the same CSS (Chromium). Firefox
 * keeps a <style> per root: a sheet constructed in the content script's world is not reliably
 * adoptable by the page's shadow roots there.
 */
function adoptShared(root: ShadowRoot, css: string): boolean {
  if (import.meta.env.FIREFOX || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return false;
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    return false;
  }
}

let styles: Partial<ContentStyles> = {};

/**
 * The styles the background sent with the settings (run-features.ts installs them before any feature
 * runs): those the page's features name in their `needs`.
 */
export function installStyles(received: Partial<ContentStyles>): void {
  styles = received;
}

/** An inline host with an open shadow root holding its own styles (px only: rem follows the page). */
export function shadowHost(
  kind: string,
  style: StyleName,
  tag: 'span' | 'div' | `gc-albato-${string}` = 'span',
): { host: HTMLElement; root: ShadowRoot } {
  const css = styles[style];
  // A feature drawing with a style it did not name in its `needs` (tests/content-needs.test.ts should have said so).
  if (css === undefined) console.warn(`[gc-albato] style ${style} was not asked for`);
  const host = document.createElement(tag);
  host.setAttribute(OWN_NODE_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'open' });
  if (!adoptShared(root, css ?? '')) root.append(el('style', {}, css ?? ''));
  intentGuard?.rootMade(root, css ?? '');
  return { host, root };
}

/**
 * Sets an input's value the way typing does: through the native setter (so frameworks that track
 * the value notice) followed by input and change events. Used by "use this name" and "swap".
 */
export function typeIntoInput(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
