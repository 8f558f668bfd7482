/**
 * Inline warnings for custom-field names Albato can't see (Latin + "_" rule, fact sheet 0.10/E.1),
 * on the user- and order-field pages: one warning beside each bad name in the list, a live warning
 * under the create/edit name input with "use this name", and a page summary with a rename plan.
 * Follows the page as it changes (late lists, dialogs); removes everything when the run is aborted.
 *
 * Test URLs: /pl/logic/context/custom-fields?contextName=UserContext (and DealContext, &fieldId=N)
 */
import { renderSummary } from '@/components/content/field-summary';
import { renderFieldWarning } from '@/components/content/field-warning';
import { shadowHost } from '@/components/content/dom';
import { SUMMARY_CSS, WARNING_CSS } from '@/components/content/styles';
import { caseStyleOf, fieldNameProblems, suggestFieldName } from '@/utils/field-name';
import { planFieldNames, type FieldVerdict } from '@/utils/field-plan';
import { browserLang, createT } from '@/utils/i18n';
import type { ContentFeature } from '../feature';
import { diagnosePage } from '../diagnose';
import { measured, observeChanges } from '../observe';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

const lower = (name: string) => name.trim().toLowerCase();

interface Placed {
  host: HTMLElement;
  root: ShadowRoot;
  text: string;
}

/** Field names from `#CustomFormValue` (fact sheet C.4); null when absent or unreadable. */
function namesFromState(): string[] | null {
  const input = queryAll<HTMLInputElement>(document, S.fieldState)[0];
  if (!input) return null;
  try {
    const parsed = JSON.parse(input.value) as { fields?: { label?: unknown }[] };
    return (parsed.fields ?? []).map((f) => String(f.label ?? ''));
  } catch {
    return null;
  }
}

/** The native setter, so frameworks that track the input's value notice the change (as typing would). */
function setInputValue(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const fieldNameWarnings: ContentFeature = {
  id: 'field-name-warnings',
  include: (pageKind) => pageKind === 'user-fields' || pageKind === 'deal-fields',
  init({ pageKind, url, signal }) {
    const t = createT(browserLang());
    const context = pageKind === 'deal-fields' ? 'deal' : 'user';
    const labels = new Map<Element, Placed>();
    const inputs = new Map<HTMLInputElement, Placed>();
    let summary: Placed | null = null;
    let planKey = '';
    let verdicts: FieldVerdict[] = [];
    let byName = new Map<string, FieldVerdict[]>();
    let names: string[] = [];

    const place = (css: string, tag: 'span' | 'div' = 'span') => {
      const { host, root } = shadowHost(css === SUMMARY_CSS ? 'summary' : 'field-warning', css, tag);
      return { host, root, text: '' };
    };

    const scan = measured('gc-albato:field-scan', () => {
      const stateNames = namesFromState();
      const labelElements = queryAll(document, S.listLabel);
      const known = stateNames ? new Set(stateNames) : null;
      const listed = labelElements.map((element) => ({ element, text: (element.textContent ?? '').trim() })).filter((l) => !known || known.has(l.text));
      names = stateNames ?? listed.map((l) => l.text);

      const key = names.join('\u0000');
      if (key !== planKey) {
        planKey = key;
        verdicts = planFieldNames(names);
        byName = new Map();
        for (const verdict of verdicts) {
          const same = byName.get(verdict.name);
          if (same) same.push(verdict);
          else byName.set(verdict.name, [verdict]);
        }
      }

      // List: one warning per bad name, kept in place across scans, gone with its row.
      const seen = new Map<string, number>();
      const live = new Set<Element>();
      for (const { element, text } of listed) {
        const occurrence = seen.get(text) ?? 0;
        seen.set(text, occurrence + 1);
        const verdict = byName.get(text)?.[occurrence] ?? byName.get(text)?.[0];
        if (!verdict || verdict.problems.length === 0) continue;
        live.add(element);
        let placed = labels.get(element);
        if (!placed) {
          placed = place(WARNING_CSS);
          labels.set(element, placed);
        }
        if (!placed.host.isConnected) element.append(placed.host);
        const stamp = `${verdict.problems.join()}|${verdict.suggestion}`;
        if (placed.text !== stamp) {
          placed.text = stamp;
          renderFieldWarning(placed.root, verdict, t);
        }
      }
      for (const [element, placed] of labels) {
        if (!live.has(element)) {
          placed.host.remove();
          labels.delete(element);
        }
      }

      // Form or dialog: a live warning under each name input.
      for (const input of queryAll<HTMLInputElement>(document, S.nameInput)) {
        if (inputs.has(input)) continue;
        const placed = place(WARNING_CSS, 'div');
        inputs.set(input, placed);
        input.insertAdjacentElement('afterend', placed.host);
        const original = input.value;
        let touched = original !== '';
        // Taken: every other field's name and every suggestion the page already makes; rebuilt
        // only when the page's names change, so a keystroke costs one lint of one name.
        let takenFor = '';
        let taken = new Set<string>();
        let style = caseStyleOf([]);
        const update = () => {
          if (takenFor !== planKey) {
            takenFor = planKey;
            const own = names.indexOf(original);
            taken = new Set(names.filter((_, i) => i !== own).map(lower));
            for (const [i, verdict] of verdicts.entries()) if (i !== own && verdict.problems.length > 0) taken.add(lower(verdict.suggestion));
            style = caseStyleOf(names);
          }
          const value = input.value;
          if (!touched && value === '') return renderFieldWarning(placed.root, { name: '', problems: [], suggestion: '', suffixed: false }, t, {});
          const problems: string[] = fieldNameProblems(value);
          if (taken.has(lower(value)) && !problems.includes('duplicate')) problems.push('duplicate');
          const { suggestion, takenBy } = problems.length ? suggestFieldName(value, { style, taken }) : { suggestion: value, takenBy: undefined };
          renderFieldWarning(placed.root, { name: value, problems, suggestion, suffixed: Boolean(takenBy), ...(takenBy ? { takenBy } : {}) }, t, {
            use: (chosen) => {
              setInputValue(input, chosen);
              input.focus();
            },
          });
        };
        input.addEventListener('input', () => {
          touched = true;
          update();
        }, { signal });
        update();
      }
      for (const [input, placed] of inputs) {
        if (!input.isConnected) {
          placed.host.remove();
          inputs.delete(input);
        }
      }

      // Summary above the list.
      const main = queryAll(document, S.mainContent)[0];
      if (main) {
        summary ??= place(SUMMARY_CSS, 'div');
        if (!summary.host.isConnected) {
          const heading = main.querySelector('h1');
          if (heading) heading.after(summary.host);
          else main.prepend(summary.host);
        }
        const stamp = planKey;
        if (summary.text !== stamp) {
          summary.text = stamp;
          renderSummary(summary.root, { verdicts, context, diagnose: () => diagnosePage(t, pageKind, url, S) }, t);
        }
      }
    });

    scan();
    observeChanges(document.body, scan, signal);
    signal.addEventListener('abort', () => {
      for (const placed of [...labels.values(), ...inputs.values(), ...(summary ? [summary] : [])]) placed.host.remove();
      labels.clear();
      inputs.clear();
    }, { once: true });
  },
};
