/**
 * One field's warning: what is wrong, why it matters for Albato, and the Latin name with an action
 * (copy in the list, "use this name" in the form). Re-rendered in place on every keystroke.
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
  const [button, status] = actions.use
    ? [el('button', { type: 'button', class: 'gc-use', onTrustedClick: () => actions.use!(verdict.suggestion) }, t('fields.useName')), null]
    : copyButton(root, () => verdict.suggestion, t);
  root.append(
    el(
      'span',
      { class: 'gc-warning', role: 'note', title: t('fields.why') },
      el('span', { class: 'gc-what' }, `⚠ ${t('fields.invisible', { problems: problemList(t, verdict.problems) })}`),
      // In the list the reason is the same for every row: read out, not shown (the summary shows it).
      el('span', { class: actions.use ? 'gc-why' : 'gc-sr' }, t('fields.why')),
      el('span', { class: 'gc-fix' }, `${t('fields.suggestion')} `, el('code', { class: 'gc-suggestion' }, verdict.suggestion)),
      verdict.suffixed && verdict.takenBy ? el('span', { class: 'gc-suffixed' }, t('fields.suffixed', { taken: verdict.takenBy })) : null,
      button,
      status,
    ),
  );
}
