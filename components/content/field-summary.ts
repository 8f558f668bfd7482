/**
 * The page summary above the custom-field list: how many fields Albato can't see, a copyable
 * rename plan, the reminder to refresh the Albato connection, and a copyable page diagnosis.
 */
import { renamePlan, type FieldVerdict } from '@/utils/field-plan';
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';

type T = ContentT;

export interface SummaryInput {
  verdicts: readonly FieldVerdict[];
  context: 'user' | 'deal';
  /** built when the admin opens the section: it queries the whole page */
  diagnose: () => string;
}

function copyBlock(root: ShadowRoot, t: T, text: string, label: ContentKey, cls: string) {
  const area = el('textarea', { readonly: true, class: cls, 'aria-label': t(label) });
  area.value = text;
  return [area, ...copyButton(root, () => area.value, t, { label: t(label) })];
}

export function renderSummary(root: ShadowRoot, input: SummaryInput, t: T): void {
  root.querySelector('.gc-summary')?.remove();
  const bad = input.verdicts.filter((v) => v.problems.length > 0);
  const total = input.verdicts.length;
  const title = total === 0 ? t('fields.summaryEmpty') : bad.length > 0 ? t('fields.summaryBad', { n: bad.length, total }) : t('fields.summaryGood', { n: total });
  root.append(
    el('section', { class: `gc-summary${bad.length === 0 ? ' gc-good' : ''}`, 'aria-label': 'GetCourse → Albato' },
      el('div', { class: 'gc-title', role: 'status' }, title),
      bad.length > 0 ? el('p', {}, t('fields.why')) : null,
      bad.length > 0 ? el('div', { class: 'gc-plan' }, el('p', {}, t('fields.plan')), ...copyBlock(root, t, renamePlan(input.verdicts), 'fields.copyPlan', 'gc-plan-text')) : null,
      el('p', { class: 'gc-note' }, t('fields.refresh')),
      el('p', { class: 'gc-note' }, t(input.context === 'user' ? 'fields.kindUser' : 'fields.kindDeal')),
      diagnoseSection(root, t, input.diagnose),
    ),
  );
}

function diagnoseSection(root: ShadowRoot, t: T, diagnose: () => string) {
  const [area, ...rest] = copyBlock(root, t, '', 'diagnose.copy', 'gc-diagnosis-text');
  const details = el('details', { class: 'gc-diagnose' }, el('summary', {}, t('diagnose.title')), area!, ...rest);
  details.addEventListener('toggle', () => {
    if (details.open) (area as HTMLTextAreaElement).value = diagnose();
  });
  return details;
}
