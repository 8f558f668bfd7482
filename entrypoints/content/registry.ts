/** Every content-script feature, in one list. Add a feature here and in its own file. */
import type { ContentFeature } from './feature';
import { fieldNameWarnings } from './features/field-name-warnings';
import { offerCodes } from './features/offer-codes';
import { pageMarker } from './features/page-marker';

export const FEATURES: readonly ContentFeature[] = [pageMarker, fieldNameWarnings, offerCodes];
