/** Anchors on GetCourse's offer pages (list and edit form). See ./types.ts. */
import type { SelectorSpec } from './types';

export const OFFER_SELECTORS = {
  /** The code field of the offer form, labelled «Уникальный код предложения». */
  codeInput: {
    css: ['input[name="Offer[code]"]'],
    source: 'ref C.3 [3P re-code offer-settings config.js]',
    fixtures: { 'offer-edit': 1 },
  },
  titleInput: {
    css: ['input[name="Offer[title]"]'],
    source: 'assumption: Yii Model[attribute] naming as Offer[code] and Offer[price] (ref C.3); the sandbox uses it',
    fixtures: { 'offer-edit': 1 },
  },
  priceInput: {
    css: ['input[name="Offer[price]"]'],
    source: 'ref C.3 [3P re-code]',
    fixtures: { 'offer-edit': 1 },
  },
  /** Links to an offer's settings: the offer id is in the href (ref C.2/C.3). */
  listLink: {
    css: ['a[href*="/pl/sales/offer/update?id="]'],
    source: 'ref C.2, C.3 (order cards link offers the same way)',
    fixtures: { offers: 15 },
  },
  /** A list row's code cell, when the list shows codes. */
  listCode: {
    css: [
      'tr[data-offer-id] td.offer-code', // sandbox layout (assumption: the real list's columns are not documented)
    ],
    source: 'assumption: offers list columns are not documented; rows without it show no code badge',
    fixtures: { offers: 15 },
  },
} satisfies Record<string, SelectorSpec>;
