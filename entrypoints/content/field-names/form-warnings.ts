/**
 * The live warning under a create/edit name input: re-checked on every keystroke, with "use this
 * name" that fills the input the way typing would (native setter + input/change events, so the
 * page's own scripts notice) and never submits the form.
 */
import { renderFieldWarning } from '@/components/content/field-warning';
import { shadowHost, typeIntoInput } from '@/components/content/dom';
import { WARNING_CSS } from '@/components/content/styles';
import { caseStyleOf, fieldNameProblems, suggestFieldName } from '@/utils/field-name';
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import type { TranslitStandard } from '@/utils/transliterate';
import type { PageNames } from './page-names';

type T = ContentT;
const lower = (name: string) => name.trim().toLowerCase();


export function createFormWarnings(t: T, signal: AbortSignal, standard: TranslitStandard) {
  const wired = new Map<HTMLInputElement, HTMLElement>();

  const wire = (input: HTMLInputElement, page: () => PageNames) => {
    const { host, root } = shadowHost('field-warning', WARNING_CSS, 'div');
    wired.set(input, host);
    input.insertAdjacentElement('afterend', host);
    const original = input.value;
    let touched = original !== '';
    // Taken: every other field's name and every suggestion the page already makes; rebuilt only
    // when the page's names change, so a keystroke costs one check of one name.
    let takenFor = '';
    let taken = new Set<string>();
    let style = caseStyleOf([]);

    const update = () => {
      const { names, verdicts, key } = page();
      if (takenFor !== key) {
        takenFor = key;
        const own = names.indexOf(original);
        taken = new Set(names.filter((_, i) => i !== own).map(lower));
        for (const [i, verdict] of verdicts.entries()) if (i !== own && verdict.problems.length > 0) taken.add(lower(verdict.suggestion));
        style = caseStyleOf(names);
      }
      const value = input.value;
      if (!touched && value === '') return renderFieldWarning(root, { name: '', problems: [], suggestion: '', suffixed: false }, t);
      const problems: string[] = fieldNameProblems(value);
      if (taken.has(lower(value)) && !problems.includes('duplicate')) problems.push('duplicate');
      const { suggestion, takenBy } = problems.length ? suggestFieldName(value, { style, taken, standard }) : { suggestion: value, takenBy: undefined };
      renderFieldWarning(root, { name: value, problems, suggestion, suffixed: Boolean(takenBy), ...(takenBy ? { takenBy } : {}) }, t, {
        use: (chosen) => {
          typeIntoInput(input, chosen);
          input.focus();
        },
      });
    };
    input.addEventListener('input', () => {
      touched = true;
      update();
    }, { signal });
    update();
  };

  return {
    update(inputs: HTMLInputElement[], page: () => PageNames) {
      for (const input of inputs) if (!wired.has(input)) wire(input, page);
      for (const [input, host] of wired) {
        if (!input.isConnected) {
          host.remove();
          wired.delete(input);
        }
      }
    },
    clear() {
      for (const host of wired.values()) host.remove();
      wired.clear();
    },
  };
}
