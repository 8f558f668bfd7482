/**
 * Anchors on GetCourse's custom-field pages (user and order fields): the custom-form editor its own
 * script draws (fact sheet R.1, read from GetCourse's widget script). See ./types.ts.
 * The feature leans on `fieldState` first (names and ids as data); the markup anchors only say where
 * to show things, and each has a fallback by meaning in `../field-names/`.
 */
import type { SelectorSpec } from './types';

const EDITOR_PAGES = { 'user-fields': 1, 'deal-fields': 1, 'user-fields-selected': 1, 'user-fields-served': 1 } as const;
/** Drawn by the page's script: none in the HTML as served. */
const PER_FIELD = { 'user-fields': 32, 'deal-fields': 10, 'user-fields-selected': 32 } as const;

export const CUSTOM_FIELD_SELECTORS = {
  /** Every field definition as JSON, rewritten by the editor on every edit: the names themselves. */
  fieldState: {
    css: ['input#CustomFormValue'],
    source: 'ref C.4, R.1',
    fixtures: EDITOR_PAGES,
  },
  /** The editor's root; what the fallbacks search inside. */
  editor: {
    css: ['.custom-form-editor'],
    source: 'ref R.1',
    fixtures: EDITOR_PAGES,
  },
  /** The list of field wrappers: the one part of the editor whose changes the extension watches. */
  fieldList: {
    css: ['.custom-form-editor .fields'],
    source: 'ref R.1',
    fixtures: EDITOR_PAGES,
  },
  /** One block per field, in the order of the JSON (the widget builds the JSON by walking them). */
  fieldBlock: {
    css: ['.custom-form-editor .custom-field'],
    source: 'ref R.1',
    fixtures: PER_FIELD,
  },
  /** A field's label, `for="field-input-<id>"` when the field is saved; hidden when the title is empty. */
  fieldLabel: {
    css: ['.custom-form-editor label.field-label'],
    source: 'ref R.1',
    fixtures: PER_FIELD,
  },
  /** The title inside the label (drawn as HTML; the label's text adds «*» on required fields). */
  labelText: {
    css: ['.custom-form-editor label.field-label .label-value'],
    source: 'ref R.1',
    fixtures: PER_FIELD,
  },
  /** One hidden settings panel per field, built up front, in field order; the selected one shows. */
  settingsPanel: {
    css: ['.custom-form-editor .field-settings-editor .field-settings'],
    source: 'ref R.1',
    fixtures: PER_FIELD,
  },
  /** The title input inside a settings panel: no name, no id (ref R.1). */
  titleInput: {
    css: ['.field-settings input.label-input'],
    source: 'ref R.1',
    fixtures: PER_FIELD,
  },
  /** Where the page summary goes: above the admin content. */
  mainContent: {
    css: ['.gc-main-content'],
    source: 'ref C.1',
    fixtures: {
      ...EDITOR_PAGES,
      offers: 1,
      'offer-edit': 1,
      processes: 1,
      'process-settings': 1,
      'process-create': 1,
      'process-editor': 1,
      'process-editor-modal': 1,
      'api-keys': 1,
    },
  },
} satisfies Record<string, SelectorSpec>;
