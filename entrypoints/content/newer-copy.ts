/**
 * When a copy of a content script gives way to a newer one (issue 20, point 5).
 *
 * WXT's context stops its script when a CustomEvent "a newer copy started" with the script's name
 * and another copy's id reaches the document (wxt/dist/utils/content-script-context.mjs,
 * `listenForNewerScripts` / `verifyScriptStartedEvent`). The event's name is the public extension
 * id, the entrypoint's name and a fixed suffix (wxt/dist/utils/internal/custom-events.mjs), so a
 * school's own script can dispatch it too, and did: every in-page view went away. A page's event
 * and a genuine copy's look the same (both untrusted, the detail cloned across worlds), but a
 * genuine newer copy starts only after the extension was updated, reloaded or removed under the
 * open tab, and then this copy's extension context is gone: `browser.runtime.id` is undefined,
 * the test WXT's own `isInvalid` uses. Checked in Chromium 156 (e2e/hostile-wxt-event.chromium.e2e.test.ts):
 * after `runtime.reload()` the old copy's isolated world keeps running with no id, and the new
 * copy runs in a new world. So the old copy stops only when WXT's check passes *and* its context
 * is gone; a page cannot take our context away.
 *
 * Why the check and not a capture listener that stops the page's event: a listener sees the
 * same event the check does, and stopping propagation risks keeping a genuine event from the copy
 * it is meant for. The override is per context, on the object WXT's listener calls at event time,
 * inside our isolated world where no page script reaches it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OWN_NODE_ATTRIBUTE } from '@/entrypoints/content/ui/dom';

/** `wxtSaysNewer`: WXT's own check (same script name, another copy's id). */
export function givesWayToNewerCopy(wxtSaysNewer: boolean, ownRuntimeId: string | undefined): boolean {
  return wxtSaysNewer && !ownRuntimeId;
}

export function stopOnlyForGenuineNewerCopies(ctx: ContentScriptContext): void {
  const wxtCheck = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => givesWayToNewerCopy(wxtCheck(event), browser.runtime?.id);
}

/**
 * Firefox injects the manifest's content scripts into open tabs when the extension is installed,
 * updated or reloaded, and by then the old copy's sandbox is gone: it hears no event and removes
 * nothing (Firefox ESR 153, e2e/hostile-wxt-event.firefox.e2e.test.ts: after a reload the old views
 * stayed beside the new ones and no longer reacted). So a copy that starts removes what an earlier
 * copy drew. It runs before this copy draws anything, and one content script of ours runs per page
 * (registry.ts: the groups' globs do not overlap), so every host found is a leftover, or a page's
 * imitation of one. Returns how many were removed.
 */
export function removeLeftoverViews(): number {
  const leftovers = document.querySelectorAll(`[${OWN_NODE_ATTRIBUTE}]`);
  for (const host of leftovers) host.remove();
  return leftovers.length;
}
