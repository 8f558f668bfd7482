import { defineContentScript } from 'wxt/utils/define-content-script';
import { GETCOURSE_HOST_PATTERNS } from '@/utils/manifest';
import { FEATURES } from './registry';
import { runFeatures } from './run-features';

// No zod, no network and no secrets here: the content script only reads the page and talks to
// the background with plain messages the background validates.
export default defineContentScript({
  matches: GETCOURSE_HOST_PATTERNS,
  // Styles are passed inline to each shadow root (see features), so no CSS file has to be
  // web-accessible to GetCourse pages.
  cssInjectionMode: 'manual',
  main(ctx) {
    void runFeatures(ctx, FEATURES);
  },
});
