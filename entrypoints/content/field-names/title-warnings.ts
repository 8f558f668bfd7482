/**
 * The live check under a field's title input: re-checked on every keystroke against the other
 * fields' names, with "use this name" that fills the input the way typing does (native setter +
 * input/change events), so GetCourse's own editor updates its state (fact sheet R.1); it never
 * presses the page's save button. An emptied title gets the calm "no title" note, not an error.
 */
import { renderFieldWarning } from '@/entrypoints/content/ui/field-warning';
import { shadowHost, typeIntoInput } from '@/entrypoints/content/ui/dom';
import { caseStyleOf, fieldNameProblems, suggestFieldName } from '@/utils/field-name';
import type { ContentT } from '@/utils/i18n-content';
import type { TranslitStandard } from '@/utils/transliterate';
import type { PageNames } from './page-names';

const lower = (name: string) => name.trim().toLowerCase();

export function createTitleWarnings(t: ContentT, signal: AbortSignal, standard: TranslitStandard) {
  const wired = new Map<HTMLInputElement, { host: HTMLElement; update: () => void }>();

  const wire = (input: HTMLInputElement, ownIndex: () => number | null, page: () => PageNames) => {
    const { host, root } = shadowHost('field-warning', 'warning', 'div');
    input.insertAdjacentElement('afterend', host);
    // Taken: every other field's name and every suggestion the page already makes; rebuilt only
    // when the page's names change, so a keystroke costs one check of one name.
    let takenFor = '';
    let taken = new Set<string>();
    let style = caseStyleOf([]);

    const update = () => {
      const { names, verdicts, key } = page();
      const own = ownIndex();
      const stamp = `${key}\u0001${own}`;
      if (takenFor !== stamp) {
        takenFor = stamp;
        taken = new Set(names.filter((name, i) => i !== own && name.trim() !== '').map(lower));
        for (const [i, verdict] of verdicts.entries()) if (i !== own && verdict.problems.length > 0) taken.add(lower(verdict.suggestion));
        style = caseStyleOf(names);
      }
      const value = input.value;
      if (value.trim() === '')
        return renderFieldWarning(root, { name: value, problems: [], suggestion: '', suffixed: false, untitled: true }, t, {
          use: () => undefined,
        });
      const problems: string[] = fieldNameProblems(value);
      if (taken.has(lower(value)) && !problems.includes('duplicate')) problems.push('duplicate');
      const { suggestion, takenBy } = problems.length
        ? suggestFieldName(value, { style, taken, standard })
        : { suggestion: value, takenBy: undefined };
      renderFieldWarning(root, { name: value, problems, suggestion, suffixed: Boolean(takenBy), ...(takenBy ? { takenBy } : {}) }, t, {
        use: (chosen) => {
          typeIntoInput(input, chosen);
          input.focus();
        },
      });
    };
    input.addEventListener('input', update, { signal });
    wired.set(input, { host, update });
    update();
  };

  return {
    /** Shows the check under this input (once); `ownIndex` says which field it edits, if known. */
    wire(input: HTMLInputElement, ownIndex: () => number | null, page: () => PageNames) {
      const entry = wired.get(input);
      if (entry) entry.update();
      else wire(input, ownIndex, page);
    },
    /** Drops the checks of inputs GetCourse removed (a title input replaced mid-typing is wired anew). */
    prune() {
      for (const [input, { host }] of wired) {
        if (input.isConnected) continue;
        host.remove();
        wired.delete(input);
      }
    },
    clear() {
      for (const { host } of wired.values()) host.remove();
      wired.clear();
    },
  };
}
