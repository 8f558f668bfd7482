/**
 * Words for a connection check: each step's note, and the copyable report for a support ticket.
 * The report is built from the CheckReport, which never holds the key (only its masked form), so
 * nothing here can leak it.
 */
import type { CheckReport, SchoolField, StepNote, StepResult } from '@/utils/connection-check';
import { DIAGNOSIS_SOURCE } from '@/utils/diagnosis-rules';
import { diagnose } from './diagnosis';
import { planFieldNames, titledCount, type FieldVerdict } from '@/utils/field-plan';
import { createT, type Lang } from './i18n';

export function stepNoteText(note: StepNote | undefined, lang: Lang): string {
  const t = createT(lang);
  if (!note) return '';
  switch (note.kind) {
    case 'api-answers':
      return t('check.notes.apiAnswers');
    case 'fields':
      return t('check.notes.fields', { user: note.user, deal: note.deal });
    case 'write-inferred':
      return t('check.notes.writeInferred');
    case 'plan-open':
      return t('check.notes.planOpen');
    case 'rights-ok':
      return t('check.notes.rightsOk');
    case 'budget':
      return t('check.notes.budget', { used: note.used, limit: note.limit });
    case 'budget-low':
      return t('check.notes.budgetLow', { used: note.used, limit: note.limit });
    case 'after-failure':
      return t('check.notes.afterFailure', { step: t(`check.steps.${note.step}`) });
    case 'no-session-access':
      return t('check.notes.noSessionAccess');
    default:
      return '';
  }
}

/** Verdicts per kind: fields of users and of orders are named (and collide) separately. */
export function fieldReadiness(fields: readonly SchoolField[]): { user: FieldVerdict[]; deal: FieldVerdict[] } {
  const of = (context: SchoolField['context']) => planFieldNames(fields.filter((f) => f.context === context).map((f) => f.title));
  return { user: of('user'), deal: of('deal') };
}

const mark = (step: StepResult) => (step.status === 'pass' ? '✓' : step.status === 'fail' ? '✗' : '–');

export function checkReportText(report: CheckReport, lang: Lang, extensionVersion = ''): string {
  const t = createT(lang);
  const host = new URL(report.origin).host;
  const lines = [
    `${t('check.reportTitle')}${extensionVersion ? ` (v${extensionVersion})` : ''}`,
    `${t('popup.school')}: ${report.origin}`,
    t('check.reportAt', { at: new Date(report.at).toISOString() }),
    t('check.reportKey', { mask: report.keyMask }),
    '',
  ];
  for (const step of report.steps) {
    const head = `${mark(step)} ${t(`check.steps.${step.id}`)} — ${t(`check.status.${step.status}`)}${step.ms === undefined ? '' : ` (${t('check.ms', { ms: step.ms })})`}`;
    lines.push(head);
    if (step.problem) {
      const found = diagnose(step.problem, { host, lang, keyAcceptedBefore: report.keyAcceptedBefore });
      lines.push(
        `  ${found.title}. ${t('check.answered')} ${found.answered}`,
        `  ${found.cause}`,
        `  [${found.id}; ${DIAGNOSIS_SOURCE[found.id]}]`,
      );
    } else if (step.note) lines.push(`  ${stepNoteText(step.note, lang)}`);
  }
  if (report.fields) {
    const { user, deal } = fieldReadiness(report.fields);
    const all = [...user, ...deal];
    const bad = all.filter((v) => v.problems.length > 0);
    const titled = titledCount(all);
    lines.push('', t('readiness.title'));
    lines.push(bad.length === 0 ? t('readiness.allVisible', { n: titled }) : t('readiness.invisible', { n: bad.length, total: titled }));
    if (titled < all.length) lines.push(t('readiness.untitled', { n: all.length - titled }));
    for (const verdict of bad) lines.push(`  ${verdict.name} → ${verdict.suggestion}`);
  }
  return lines.join('\n');
}
