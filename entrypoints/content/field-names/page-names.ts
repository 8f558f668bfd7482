/**
 * The fields on the page and their verdicts, recomputed only when the names change (each
 * suggestion made when first read: utils/field-plan.ts). Fields come
 * from the editor's state `#CustomFormValue` (fact sheet C.4, R.1); without it, or when it cannot
 * be read, from the titles shown in the editor, and the summary says so.
 */
import { readCustomFormState, type StateField } from '@/entrypoints/content/field-names/custom-form-state';
import { planFieldNamesLazily, type FieldVerdict } from '@/utils/field-plan';
import type { TranslitStandard } from '@/utils/transliterate';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

export type FieldSource = 'state' | 'labels';

export interface PageNames {
  fields: StateField[];
  names: string[];
  verdicts: FieldVerdict[];
  /** changes whenever `names` does */
  key: string;
  source: FieldSource;
  /** why the state was not used, when the page has one */
  stateProblem?: 'broken-json' | 'not-a-field-list';
}

const ID_PREFIX = 'field-input-';

/** The titles the editor shows, as fields: the fallback when the state is missing or unreadable. */
function fieldsFromLabels(): StateField[] {
  return queryAll(document, S.labelText).map((text) => {
    const target = text.closest('label')?.getAttribute('for') ?? '';
    const id = target.startsWith(ID_PREFIX) ? Number(target.slice(ID_PREFIX.length)) : NaN;
    return { id: Number.isSafeInteger(id) ? id : null, label: (text.textContent ?? '').trim(), type: '' };
  });
}

export function createPageNames(standard: TranslitStandard) {
  let stateText: string | null = null;
  let current: PageNames = { fields: [], names: [], verdicts: [], key: '', source: 'labels' };

  const plan = (fields: StateField[], source: FieldSource, stateProblem?: PageNames['stateProblem']): PageNames => {
    const names = fields.map((field) => field.label);
    const key = `${source}\u0001${stateProblem ?? ''}\u0001${fields.map((f) => `${f.id ?? ''}\u0002${f.label}`).join('\u0000')}`;
    if (key === current.key) return current;
    current = { fields, names, verdicts: planFieldNamesLazily(names, standard), key, source, ...(stateProblem ? { stateProblem } : {}) };
    return current;
  };

  return {
    /** Cheap when nothing changed: one read of the state's text and a string comparison. */
    update(): PageNames {
      const input = queryAll<HTMLInputElement>(document, S.fieldState)[0];
      if (input) {
        const text = input.value;
        if (text === stateText && current.source === 'state') return current;
        stateText = text;
        const reading = readCustomFormState(text);
        if (reading.ok) return plan(reading.fields, 'state');
        return plan(fieldsFromLabels(), 'labels', reading.reason);
      }
      stateText = null;
      return plan(fieldsFromLabels(), 'labels');
    },
    get current() {
      return current;
    },
  };
}
