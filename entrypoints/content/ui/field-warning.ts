/**
 * One field's warning: what is wrong, why it matters for Albato, and the Latin name with an action
 * (copy in the list, "use this name" in the form). Re-rendered in place on every keystroke.
 *
 * In the field list the warning is one line (issue 24): the problems in a few words, the Latin
 * name and copy. The sentences around them stay in the DOM for screen readers and in the tooltip;
 * the whole warning, with «use this name», shows beside the title input once the field is
 * selected (title-warnings.ts), so the list never grows a field's block past one line.
 */
import type { FieldVerdict } from '@/utils/field-plan';
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';

type T = ContentT;

export interface WarningActions {
  /** form mode: put the suggestion into the input */
  use?: (suggestion: string) => void;
}

export function problemList(t: T, problems: readonly string[]): string {
  return problems.map((p) => t(`fields.problem.${p}` as ContentKey)).join(', ');
}

export function renderFieldWarning(root: ShadowRoot, verdict: FieldVerdict, t: T, actions: WarningActions = {}): void {
  root.querySelector('.gc-warning')?.remove();
  if (verdict.untitled) {
    root.append(el('span', { class: 'gc-warning gc-calm', role: 'status' }, t('fields.untitledOne')));
    return;
  }
  if (verdict.problems.length === 0) {
    if (actions.use) root.append(el('span', { class: 'gc-warning gc-ok', role: 'status' }, `✓ ${t('fields.visible')}`));
    return;
  }
  root.append(actions.use ? fullWarning(verdict, t, actions.use) : compactWarning(root, verdict, t));
}

const suffixNote = (verdict: FieldVerdict, t: T) =>
  verdict.suffixed && verdict.takenBy ? t('fields.suffixed', { taken: verdict.takenBy }) : '';

/** Beside the title input of the selected field: every sentence, and «use this name». */
function fullWarning(verdict: FieldVerdict, t: T, use: (suggestion: string) => void) {
  const suffixed = suffixNote(verdict, t);
  return el(
    'span',
    { class: 'gc-warning', role: 'note', title: t('fields.why') },
    el('span', { class: 'gc-what' }, `⚠ ${t('fields.invisible', { problems: problemList(t, verdict.problems) })}`),
    el('span', { class: 'gc-why' }, t('fields.why')),
    el('span', { class: 'gc-fix' }, `${t('fields.suggestion')} `, el('code', { class: 'gc-suggestion' }, verdict.suggestion)),
    suffixed ? el('span', { class: 'gc-suffixed' }, suffixed) : null,
    el('button', { type: 'button', class: 'gc-use', onTrustedClick: () => use(verdict.suggestion) }, t('fields.useName')),
  );
}

/**
 * In the list: «⚠ кириллица, пробелы → gorod [Копировать]» on one line. The sentence «Albato не
 * увидит это поле: …», the Latin-name label and the suffix note are read out (gc-sr) and in the
 * tooltip, not shown: the same for every row, and the summary above says why.
 */
function compactWarning(root: ShadowRoot, verdict: FieldVerdict, t: T) {
  const problems = problemList(t, verdict.problems);
  const suffixed = suffixNote(verdict, t);
  const sentence = t('fields.invisible', { problems });
  const [button, status] = copyButton(root, () => verdict.suggestion, t);
  return el(
    'span',
    { class: 'gc-warning gc-compact', role: 'note', title: [sentence, t('fields.why'), suffixed].filter(Boolean).join(' ') },
    el(
      'span',
      { class: 'gc-what' },
      el('span', { class: 'gc-sr' }, `${sentence} `),
      el('span', { 'aria-hidden': 'true' }, `⚠ ${problems}`),
    ),
    el(
      'span',
      { class: 'gc-fix' },
      el('span', { 'aria-hidden': 'true' }, '→ '),
      el('span', { class: 'gc-sr' }, `${t('fields.suggestion')} `),
      el('code', { class: 'gc-suggestion' }, verdict.suggestion),
      suffixed ? el('span', { class: 'gc-sr gc-suffixed' }, ` ${suffixed}`) : null,
    ),
    button,
    status,
  );
}
