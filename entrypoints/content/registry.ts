/**
 * Every content-script feature, registered once, in the group of pages whose content script
 * carries it. Each group is its own small script (manifest `include_globs`, defined in
 * utils/page-groups.ts), so a GetCourse page loads only the code for its kind of page (README,
 * "Performance"). The globs must agree with the page detectors: tests/registry.test.ts checks
 * every detector example against them.
 * Admin pages load without client-side routing between these groups (ref C.2 paths are separate
 * Yii pages), so a page never needs a feature of another group.
 */
import type { ContentFeature } from './feature';
import { fieldNameWarnings } from './features/field-name-warnings';
import { callUrlCheck } from './features/call-url-check';
import { callUrlTest } from './features/call-url-test';
import { offerCodes } from './features/offer-codes';
import { pageMarker } from './features/page-marker';
import { processApproved } from './features/process-approved';
import { FIELD_PAGES_URLS, OFFER_PAGES_URLS, KEY_PAGES_URLS, PROCESS_PAGES_URLS, type PageGroupUrls } from '@/utils/page-groups';

/** A group of pages (where, from utils/page-groups.ts) and the features its script carries. */
export interface PageGroup extends PageGroupUrls {
  features: readonly ContentFeature[];
}

/**
 * Every entry imports this module, so whatever it evaluates runs in all four scripts, on every page
 * they are injected into (README, "Performance"). Each group is therefore made by a call marked
 * pure, from its own URL constant (never another group's array): the bundler leaves the groups an
 * entry does not use out of its script, features included. An object literal with a spread would
 * stay, spread and all. For the same reason the modules the features import call nothing at their
 * top level (tables are built on first use, selectors joined where they are used);
 * tests/bundle.test.ts checks each script carries its own group's features and nothing of the others.
 */
function pageGroup(urls: PageGroupUrls, features: readonly ContentFeature[]): PageGroup {
  return { ...urls, features };
}

/** Custom-field pages of users and orders (ref C.2). */
export const FIELD_PAGES = /* @__PURE__ */ pageGroup(FIELD_PAGES_URLS, [pageMarker, fieldNameWarnings]);

/** Offers list and offer form (ref C.2, C.3). */
export const OFFER_PAGES = /* @__PURE__ */ pageGroup(OFFER_PAGES_URLS, [pageMarker, offerCodes]);

/** Processes list, settings and editor (ref C.5). */
export const PROCESS_PAGES = /* @__PURE__ */ pageGroup(PROCESS_PAGES_URLS, [pageMarker, processApproved, callUrlCheck, callUrlTest]);

/** The API keys page (ref B.3): only the page marker. */
export const KEY_PAGES = /* @__PURE__ */ pageGroup(KEY_PAGES_URLS, [pageMarker]);

export const PAGE_GROUPS: readonly PageGroup[] = [FIELD_PAGES, OFFER_PAGES, PROCESS_PAGES, KEY_PAGES];

/** Every feature file, so a test can prove each one is in a group (nothing else imports this). */
export const ALL_FEATURES_FOR_TESTS: readonly ContentFeature[] = [
  pageMarker,
  fieldNameWarnings,
  offerCodes,
  processApproved,
  callUrlCheck,
  callUrlTest,
];
