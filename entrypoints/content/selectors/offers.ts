/** Anchors on GetCourse's offer pages (list and edit form). See ./types.ts. */
import type { SelectorSpec } from './types';

export const OFFER_SELECTORS = {
  /** The code field of the offer form, labelled «Уникальный код предложения». */
  codeInput: {
    css: ['input#offer-code', 'input[name="Offer[code]"]'],
    source: 'ref R.3 (confirmed), C.3 [3P re-code offer-settings config.js]',
    fixtures: { 'offer-edit': 1 },
  },
  titleInput: {
    css: ['input#offer-title', 'input[name="Offer[title]"]'],
    source: 'ref R.3 (confirmed)',
    fixtures: { 'offer-edit': 1 },
  },
  priceInput: {
    css: ['input[name="Offer[price]"]'],
    source: 'ref R.3, C.3 [3P re-code]',
    fixtures: { 'offer-edit': 1 },
  },
  /**
   * Links to an offer's settings: the offer id is in the href. The list is a GridView without a
   * code column (ref R.3), so a row's code is only known if that offer's form was opened before.
   */
  listLink: {
    css: ['a[href*="/pl/sales/offer/update?id="]'],
    source: 'ref R.3 (GridView rows link here), C.2, C.3',
    fixtures: { offers: 15 },
  },
} satisfies Record<string, SelectorSpec>;
