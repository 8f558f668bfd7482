/**
 * Every content-script feature, registered once, in the group of pages whose content script
 * carries it. Each group is its own small script (manifest `include_globs`), so a GetCourse page
 * loads only the code for its kind of page (README, "Performance"). The globs must agree with the
 * page detectors: tests/registry.test.ts checks every detector example against them.
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

export interface PageGroup {
  /** the content script's name in the build (`content-scripts/<name>.js`) */
  name: string;
  includeGlobs?: string[];
  excludeGlobs?: string[];
  features: readonly ContentFeature[];
}

// Plain string constants (no spreading of another group's array): the bundler can then drop
// every group an entry does not import, features included.
const FIELD_GLOB = '*/pl/logic/context/custom-fields*';
const OFFER_GLOB = '*/pl/sales/offer*';
const PROCESS_GLOB = '*/pl/tasks/mission/*';

/** Custom-field pages of users and orders (ref C.2). */
export const FIELD_PAGES: PageGroup = {
  name: 'field-pages',
  includeGlobs: [FIELD_GLOB],
  features: [pageMarker, fieldNameWarnings],
};

/** Offers list and offer form (ref C.2, C.3). */
export const OFFER_PAGES: PageGroup = {
  name: 'offer-pages',
  includeGlobs: [OFFER_GLOB],
  features: [pageMarker, offerCodes],
};

/** Processes list, settings and editor (ref C.5). */
export const PROCESS_PAGES: PageGroup = {
  name: 'process-pages',
  includeGlobs: [PROCESS_GLOB],
  features: [pageMarker, processApproved, callUrlCheck, callUrlTest],
};

/** Every other page of the school: only the marker that tells the popup which page it is. */
export const OTHER_PAGES: PageGroup = {
  name: 'content',
  excludeGlobs: [FIELD_GLOB, OFFER_GLOB, PROCESS_GLOB],
  features: [pageMarker],
};

export const PAGE_GROUPS: readonly PageGroup[] = [FIELD_PAGES, OFFER_PAGES, PROCESS_PAGES, OTHER_PAGES];

/** Every feature file, so a test can prove each one is in a group (nothing else imports this). */
export const ALL_FEATURES_FOR_TESTS: readonly ContentFeature[] = [pageMarker, fieldNameWarnings, offerCodes, processApproved, callUrlCheck, callUrlTest];
