/**
 * The field names on the page and their verdicts, recomputed only when the names change. Names
 * come from `#CustomFormValue` (fact sheet C.4) when the page has it, else from the list itself.
 */
import { planFieldNames, type FieldVerdict } from '@/utils/field-plan';
import type { TranslitStandard } from '@/utils/transliterate';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

export interface PageNames {
  names: string[];
  verdicts: FieldVerdict[];
  /** verdicts by name, in page order (two fields may share a name) */
  byName: Map<string, FieldVerdict[]>;
  /** changes whenever `names` does */
  key: string;
  /** the parsed field state these names came from, if any */
  source?: string[] | null;
}

export function createPageNames(standard: TranslitStandard) {
  let stateText: string | null = null;
  let stateNames: string[] | null = null;
  let current: PageNames = { names: [], verdicts: [], byName: new Map(), key: '' };

  /** Names from the hidden JSON, parsed again only when its text changed. */
  const fromState = (): string[] | null => {
    const input = queryAll<HTMLInputElement>(document, S.fieldState)[0];
    const text = input?.value ?? null;
    if (text === stateText) return stateNames;
    stateText = text;
    try {
      const parsed = text === null ? null : (JSON.parse(text) as { fields?: { label?: unknown }[] });
      stateNames = parsed ? (parsed.fields ?? []).map((f) => String(f.label ?? '')) : null;
    } catch {
      stateNames = null;
    }
    return stateNames;
  };

  return {
    /** `listTexts` is only read when the page has no field state. */
    update(listTexts: () => string[]): PageNames {
      const state = fromState();
      if (state !== null && state === current.source) return current; // same parsed state: nothing to redo
      const names = state ?? listTexts();
      const key = names.join('\u0000');
      if (key === current.key) {
        current = { ...current, source: state };
        return current;
      }
      const verdicts = planFieldNames(names, standard);
      const byName = new Map<string, FieldVerdict[]>();
      for (const verdict of verdicts) {
        const same = byName.get(verdict.name);
        if (same) same.push(verdict);
        else byName.set(verdict.name, [verdict]);
      }
      current = { names, verdicts, byName, key, source: state };
      return current;
    },
    hasState: () => fromState() !== null,
  };
}
