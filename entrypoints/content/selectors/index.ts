/** Every selector table, for the fixture test and the "diagnose this page" report. */
import { CUSTOM_FIELD_SELECTORS } from './custom-fields';
import { OFFER_SELECTORS } from './offers';
import { PROCESS_SELECTORS } from './processes';
import type { SelectorSpec } from './types';

export const SELECTOR_TABLES: Record<string, Record<string, SelectorSpec>> = {
  'custom-fields': CUSTOM_FIELD_SELECTORS,
  offers: OFFER_SELECTORS,
  processes: PROCESS_SELECTORS,
};
