import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkReportText } from '@/components/shared/check-report';
import { CHECK_STEPS } from '@/utils/check-steps';
import type { CheckReport } from '@/utils/connection-check';
import { createT, type Lang } from '@/components/shared/i18n';
import { CheckSteps } from './CheckSteps';
import { DiagnosisView } from './DiagnosisView';
import { FieldsReadiness } from './FieldsReadiness';
import { useConnectionCheck } from './use-connection-check';

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
  // oxlint-disable-next-line react/exhaustive-deps -- a new report is the event; the parent's callback may be a new function on every render
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
        <CheckSteps
          steps={steps}
          pending={pending}
          lang={lang}
          host={host}
          keyAcceptedBefore={report?.keyAcceptedBefore ?? false}
          announce={!(state.phase === 'done' && state.stored)}
        />
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
