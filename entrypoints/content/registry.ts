/** Every content-script feature, in one list. Add a feature here and in its own file. */
import type { ContentFeature } from './feature';
import { fieldNameWarnings } from './features/field-name-warnings';
import { callUrlCheck } from './features/call-url-check';
import { callUrlTest } from './features/call-url-test';
import { offerCodes } from './features/offer-codes';
import { pageMarker } from './features/page-marker';
import { processApproved } from './features/process-approved';

export const FEATURES: readonly ContentFeature[] = [pageMarker, fieldNameWarnings, offerCodes, processApproved, callUrlCheck, callUrlTest];
