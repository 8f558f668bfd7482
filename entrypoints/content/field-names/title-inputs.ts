/**
 * Which text input edits which field's title. By evidence first: GetCourse builds one settings
 * panel per field, in field order, each with its `.label-input` (fact sheet R.1). By meaning when
 * that fails: the input the admin is typing in whose value has just become the title of exactly
 * one field in the editor's state (the state follows every keystroke, R.1) is that field's title
 * input, whatever its classes.
 */
import type { StateField } from '@/entrypoints/content/field-names/custom-form-state';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll, selectorOf } from '../selectors/types';

export function isTextInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && (target.type === 'text' || target.type === '');
}

export function createTitleInputs() {
  const PANEL = selectorOf(S.settingsPanel);
  const TITLE_INPUT = selectorOf(S.titleInput);
  const learned = new Map<HTMLInputElement, number>();
  let learnedCount = 0;

  /** Panels, when they match the state one to one (otherwise their order proves nothing). */
  const panels = (fieldCount: number): Element[] | null => {
    const all = queryAll(document, S.settingsPanel);
    return all.length === fieldCount ? all : null;
  };

  return {
    /** The field index an input edits, or null when neither strategy knows it. */
    indexOf(input: HTMLInputElement, fields: readonly StateField[]): number | null {
      if (input.matches(TITLE_INPUT)) {
        const panel = input.closest(PANEL);
        const index = panel ? (panels(fields.length)?.indexOf(panel) ?? -1) : -1;
        if (index >= 0) return index;
      }
      const known = learned.get(input);
      return known !== undefined && input.isConnected && known < fields.length ? known : null;
    },

    /** After the page's own handler ran: did this input just rename exactly one field to its value? */
    learn(input: HTMLInputElement, before: readonly StateField[], after: readonly StateField[]): number | null {
      if (before.length !== after.length) return null;
      let changed = -1;
      for (let i = 0; i < after.length; i++) {
        if (before[i]?.label === after[i]?.label) continue;
        if (changed >= 0) return null;
        changed = i;
      }
      if (changed < 0 || after[changed]?.label !== input.value) return null;
      if (!learned.has(input)) learnedCount += 1;
      learned.set(input, changed);
      return changed;
    },

    /** Every field's title input that is known now (for «rename all»). */
    inputs(fields: readonly StateField[]): (HTMLInputElement | null)[] {
      const result: (HTMLInputElement | null)[] = fields.map(() => null);
      panels(fields.length)?.forEach((panel, i) => {
        result[i] = panel.querySelector<HTMLInputElement>(TITLE_INPUT);
      });
      for (const [input, index] of learned) {
        if (!input.isConnected) learned.delete(input);
        else if (index < result.length && !result[index]) result[index] = input;
      }
      return result;
    },

    /** For "Diagnose this page". */
    counts(fieldCount: number) {
      return { byPanel: panels(fieldCount)?.length ?? 0, learned: learnedCount };
    },
  };
}

export type TitleInputs = ReturnType<typeof createTitleInputs>;
