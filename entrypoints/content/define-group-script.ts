import { defineContentScript } from 'wxt/utils/define-content-script';
import { GETCOURSE_HOST_PATTERNS } from '@/utils/manifest';
import type { PageGroup } from './registry';
import { runFeatures } from './run-features';

/**
 * One content script per page group. No zod, no network and no secrets in any of them: they only
 * read the page and talk to the background with plain messages the background validates.
 */
export function defineGroupScript(group: PageGroup) {
  return defineContentScript({
    matches: GETCOURSE_HOST_PATTERNS,
    ...(group.includeGlobs ? { includeGlobs: group.includeGlobs } : {}),
    ...(group.excludeGlobs ? { excludeGlobs: group.excludeGlobs } : {}),
    // Styles are passed inline to each shadow root (see features), so no CSS file has to be
    // web-accessible to GetCourse pages.
    cssInjectionMode: 'manual',
    main(ctx) {
      void runFeatures(ctx, group.features);
    },
  });
}
