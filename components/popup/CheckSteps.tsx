import { stepNoteText } from '@/components/shared/check-report';
import { createT, type Lang } from '@/components/shared/i18n';
import type { CheckStepId } from '@/utils/check-steps';
import type { StepResult } from '@/utils/connection-check';
import { DiagnosisView } from './DiagnosisView';

const MARK = { pass: '✓', fail: '✗', skipped: '–' } as const;

function StepRow({
  step,
  lang,
  host,
  keyAcceptedBefore,
  announce,
}: {
  step: StepResult;
  lang: Lang;
  host: string;
  keyAcceptedBefore: boolean;
  announce: boolean;
}) {
  const t = createT(lang);
  return (
    <li class={`step step-${step.status}`} data-step={step.id} data-status={step.status}>
      <span class="mark" aria-hidden="true">
        {MARK[step.status]}
      </span>{' '}
      <span class="label">{t(`check.steps.${step.id}`)}</span>{' '}
      <span class="muted">
        — {t(`check.status.${step.status}`)}
        {step.ms !== undefined && `, ${t('check.ms', { ms: step.ms })}`}
      </span>
      {step.note && <p class="note">{stepNoteText(step.note, lang)}</p>}
      {step.problem && (
        <DiagnosisView problem={step.problem} lang={lang} host={host} keyAcceptedBefore={keyAcceptedBefore} announce={announce} />
      )}
    </li>
  );
}

/** The steps done so far, each with its diagnosis, then the ones still to come. */
export function CheckSteps({
  steps,
  pending,
  lang,
  host,
  keyAcceptedBefore,
  announce,
}: {
  steps: StepResult[];
  pending: readonly CheckStepId[];
  lang: Lang;
  host: string;
  keyAcceptedBefore: boolean;
  /** a stored report, read back on opening, is not announced again */
  announce: boolean;
}) {
  const t = createT(lang);
  return (
    <ol class="steps" aria-live="polite">
      {steps.map((step) => (
        <StepRow key={step.id} step={step} lang={lang} host={host} keyAcceptedBefore={keyAcceptedBefore} announce={announce} />
      ))}
      {pending.map((id) => (
        <li key={id} class="step step-pending" data-step={id} data-status="pending">
          <span class="mark" aria-hidden="true">
            …
          </span>{' '}
          <span class="label">{t(`check.steps.${id}`)}</span>
        </li>
      ))}
    </ol>
  );
}
