import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkReportText, stepNoteText } from '@/components/shared/check-report';
import { CHECK_STEPS } from '@/utils/check-steps';
import type { CheckReport, StepResult } from '@/utils/connection-check';
import { createT, type Lang } from '@/components/shared/i18n';
import { DiagnosisView } from './DiagnosisView';
import { FieldsReadiness } from './FieldsReadiness';
import { useConnectionCheck } from './use-connection-check';

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

/** "Check connection" with live steps, the diagnosis of each failure, field readiness and the report. */
export function ConnectionCheck({
  schoolId,
  origin,
  lang,
  lastReport,
  onReport,
}: {
  schoolId: string;
  origin: string;
  lang: Lang;
  lastReport: CheckReport | null;
  /** where the report goes when the fields are shown elsewhere (the popup's Fields tab); without it they follow the steps */
  onReport?: (report: CheckReport | null) => void;
}) {
  const t = createT(lang);
  const host = new URL(origin).host;
  const { state, run } = useConnectionCheck(schoolId, lastReport);
  const [copied, setCopied] = useState('');
  const steps = state.phase === 'running' || state.phase === 'interrupted' ? state.steps : state.phase === 'done' ? state.report.steps : [];
  const report = state.phase === 'done' ? state.report : null;
  const pending = state.phase === 'running' ? CHECK_STEPS.slice(steps.length) : [];
  useEffect(() => onReport?.(report), [report]);

  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(checkReportText(report, lang, browser.runtime.getManifest().version));
      setCopied(t('check.reportCopied'));
    } catch {
      setCopied(t('popup.copyFailed'));
    }
  };

  return (
    <section class="connection-check" aria-label={t('check.run')} aria-busy={state.phase === 'running'}>
      <button class="run-check" type="button" onClick={run} disabled={state.phase === 'running'}>
        {state.phase === 'running' ? t('check.running') : t('check.run')}
      </button>
      {report && <p class="muted last-run">{t('check.lastRun', { at: new Date(report.at).toLocaleString(lang) })}</p>}
      {state.phase === 'refused' && (
        <div class="check-refused">
          <p class="fail">{t('check.refused')}</p>
          <DiagnosisView problem={state.problem} lang={lang} host={host} />
        </div>
      )}
      {state.phase === 'interrupted' && (
        <p class="fail" role="alert">
          {t('check.interrupted')}
        </p>
      )}
      {(steps.length > 0 || pending.length > 0) && (
        <ol class="steps" aria-live="polite">
          {steps.map((step) => (
            <StepRow
              key={step.id}
              step={step}
              lang={lang}
              host={host}
              keyAcceptedBefore={report?.keyAcceptedBefore ?? false}
              announce={!(state.phase === 'done' && state.stored)}
            />
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
      )}
      {report?.fields && !onReport && <FieldsReadiness fields={report.fields} lang={lang} host={host} />}
      {report && (
        <p>
          <button type="button" class="secondary copy-report" onClick={() => void copy()}>
            {t('check.copyReport')}
          </button>{' '}
          <span role="status" class="muted">
            {copied}
          </span>
        </p>
      )}
    </section>
  );
}
