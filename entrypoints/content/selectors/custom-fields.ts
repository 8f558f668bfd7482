/** Anchors on GetCourse's custom-field pages (user and order fields). See ./types.ts. */
import type { SelectorSpec } from './types';

export const CUSTOM_FIELD_SELECTORS = {
  /** Every field definition as JSON: the most stable anchor, it carries the names themselves. */
  fieldState: {
    css: ['input#CustomFormValue'],
    source: 'ref C.4 [3P re-code create-fields.js, integrator help]',
    fixtures: { 'user-fields': 1, 'deal-fields': 1, 'user-field-edit': 1, 'user-fields-late': 1 },
  },
  /** The element showing one field's name in the list; only those whose text is a known name are used. */
  listLabel: {
    css: [
      '.custom-fields-table .field-label', // sandbox layout (assumption A-list in sandbox/README.md)
      'tr[data-field-id] td.field-label', // same, table rows drawn from JS (&render=late)
    ],
    source: 'assumption: list markup is not documented; names are cross-checked against fieldState',
    fixtures: { 'user-fields': 30, 'deal-fields': 10, 'user-field-edit': 30 },
  },
  /** The name input of the create/edit form or dialog. */
  nameInput: {
    css: [
      'input[name="CustomField[label]"]', // sandbox A23: Yii-style Model[attribute] naming, as Offer[code] (ref C.3)
    ],
    source: 'assumption: sandbox A23, modelled on the Yii form names the fact sheet shows (C.3, C.5)',
    fixtures: { 'user-fields': 1, 'deal-fields': 1, 'user-field-edit': 1 },
  },
  /** Where the page summary goes: above the admin content. */
  mainContent: {
    css: ['.gc-main-content'],
    source: 'ref C.1 [3P, several userscripts]',
    fixtures: { 'user-fields': 1, 'deal-fields': 1, 'user-field-edit': 1, 'user-fields-late': 1, offers: 1, 'offer-edit': 1, processes: 1, 'process-settings': 1, 'process-create': 1, 'process-editor': 1, 'process-editor-modal': 1, 'api-keys': 1 },
  },
} satisfies Record<string, SelectorSpec>;
