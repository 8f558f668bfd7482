import { defineContentScript } from 'wxt/utils/define-content-script';
import { GETCOURSE_HOST_PATTERNS } from '@/utils/manifest';
import type { PageGroup } from './registry';
import { runFeatures } from './run-features';
import { removeLeftoverViews, stopOnlyForGenuineNewerCopies } from './newer-copy';

/**
 * One content script per page group. No zod, no network and no secrets in any of them: they only
 * read the page and talk to the background with plain messages the background validates.
 */
export function defineGroupScript(group: PageGroup) {
  return defineContentScript({
    matches: GETCOURSE_HOST_PATTERNS,
    includeGlobs: group.includeGlobs,
    // Styles are passed inline to each shadow root (see features), so no CSS file has to be
    // web-accessible to GetCourse pages.
    cssInjectionMode: 'manual',
    // WXT's runtime tells an older copy of this script (an extension update under an open tab) to
    // stop with an event on the document, and by default also with a window.postMessage kept for
    // scripts of older WXT versions, which every `message` listener of GetCourse's own scripts would
    // receive too. This extension has only ever been built with WXT 0.21, which listens for the
    // event, so only the event is sent.
    noScriptStartedPostMessage: true,
    main(ctx) {
      // First, before any event can reach the context: a page's forged "newer copy" event must not
      // stop us, and views a dead older copy left (Firefox) go before ours are drawn (newer-copy.ts).
      stopOnlyForGenuineNewerCopies(ctx);
      // Only Firefox puts a new copy into a tab an older copy drew in (newer-copy.ts); in Chromium a
      // new copy comes with a page load, so there the sweep would only cost every page a query.
      if (import.meta.env.FIREFOX) removeLeftoverViews();
      void runFeatures(ctx, group.features);
    },
  });
}
