/**
 * Where each content script runs: one group of pages per script, as `include_globs` /
 * `exclude_globs` of the manifest (entrypoints/content/registry.ts adds each group's features).
 * Kept apart from the features so the background can read the same definitions to register the
 * scripts on a school's own domain (entrypoints/background/own-domain-scripts.ts) without bundling any feature.
 * The globs must agree with the page detectors: tests/registry.test.ts checks every example.
 */
export interface PageGroupUrls {
  /** the content script's name in the build (`content-scripts/<name>.js`) */
  name: string;
  includeGlobs: string[];
}

// Each glob is `*` (any scheme and host) followed by a path; own-domain-scripts.ts relies on that.
const FIELD_GLOB = '*/pl/logic/context/custom-fields*';
const OFFER_GLOB = '*/pl/sales/offer*';
const PROCESS_GLOB = '*/pl/tasks/mission/*';

/** Custom-field pages of users and orders (ref C.2). */
export const FIELD_PAGES_URLS: PageGroupUrls = { name: 'field-pages', includeGlobs: [FIELD_GLOB] };

/** Offers list and offer form (ref C.2, C.3). */
export const OFFER_PAGES_URLS: PageGroupUrls = { name: 'offer-pages', includeGlobs: [OFFER_GLOB] };

/** Processes list, settings and editor (ref C.5). */
export const PROCESS_PAGES_URLS: PageGroupUrls = { name: 'process-pages', includeGlobs: [PROCESS_GLOB] };

/**
 * The API keys page (ref B.3: `/saas/account/api`, also linked as `/pl/saas/account/api`), the only
 * other page a feature serves. There is no catch-all group: a page no detector knows (dashboard,
 * student pages, login) gets no script of ours at all, so it pays nothing for the extension
 * (README, "Performance"). GetCourse's admin pages are separate page loads (ref C.2), so a page
 * that starts unserved never needs a feature later.
 */
export const KEY_PAGES_URLS: PageGroupUrls = { name: 'content', includeGlobs: ['*/saas/account/api*', '*/pl/saas/account/api*'] };

export const PAGE_GROUP_URLS: readonly PageGroupUrls[] = [FIELD_PAGES_URLS, OFFER_PAGES_URLS, PROCESS_PAGES_URLS, KEY_PAGES_URLS];
