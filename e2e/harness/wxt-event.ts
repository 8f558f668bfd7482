/**
 * WXT's "a newer copy of this script started" event as a page can forge it, and the in-page views
 * counted around it (issue 20, point 5). The functions below run in the page (`page.evaluate`).
 */
import type { Page } from 'playwright-core';

/** The process pages' content script (entrypoints/process-pages.content.ts). */
export const PROCESS_SCRIPT = 'process-pages';

/**
 * The event's name as WXT makes it (wxt/dist/utils/internal/custom-events.mjs, getUniqueEventName):
 * `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`. The runtime id is public: the
 * extension id in Chromium, the add-on id (GECKO_ID) in Firefox.
 */
export function startedEventName(runtimeId: string, script = PROCESS_SCRIPT): string {
  return `${runtimeId}:${script}:wxt:content-script-started`;
}

/** Runs in the page: what a page's script dispatches, with an id of its own choosing. */
export function forgeStartedEvent({ name, script }: { name: string; script: string }): void {
  document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: script, messageId: 'forged-by-the-page' } }));
}

/**
 * Runs in the page: records every such event the document sees, a genuine copy's included, by the
 * script name in its detail where the page may read it (Firefox does not let a page read a detail a
 * content script made: then `unreadable`).
 */
export function recordStartedEvents(name: string): void {
  const seen: string[] = [];
  (window as unknown as { __startedEvents: string[] }).__startedEvents = seen;
  document.addEventListener(name, (event) => {
    try {
      seen.push(String((event as CustomEvent).detail?.contentScriptName));
    } catch {
      seen.push('unreadable');
    }
  });
}

export const startedEventsSeen = (page: Page) => page.evaluate(() => (window as unknown as { __startedEvents: string[] }).__startedEvents);

/** Runs in the page: marks every view now on the page, to tell them from views drawn later. */
export function markViewsOld(): number {
  const hosts = document.querySelectorAll('[data-gc-albato]');
  for (const host of hosts) host.setAttribute('data-e2e-old', '');
  return hosts.length;
}

/** The views on the page by kind, old (marked) and new. */
export function viewsOnPage(page: Page): Promise<{ old: string[]; fresh: string[] }> {
  return page.evaluate(() => {
    const kinds = (selector: string) =>
      [...document.querySelectorAll(selector)].map((host) => host.getAttribute('data-gc-albato') ?? '').sort((a, b) => a.localeCompare(b));
    return { old: kinds('[data-gc-albato][data-e2e-old]'), fresh: kinds('[data-gc-albato]:not([data-e2e-old])') };
  });
}

/** What the process editor shows with the «Вызвать URL» block open: the page marker and the block's two views. */
export const EDITOR_VIEWS = ['call-url', 'call-url-test', 'marker'];
