import { historyNotKeptText } from '@/components/shared/history-note';
import { createT, type Lang } from '@/components/shared/i18n';
import { answerMeaningKey } from '@/components/shared/webhook-answer';
import { isAlbatoWebhook } from '@/utils/process-url';
import { DiagnosisView } from './DiagnosisView';
import type { WebhookResult } from './use-webhook-test';

/** What the webhook answered (status and its meaning, headers, body), or the diagnosis of why it could not be called. */
export function WebhookAnswer({ result, template, lang, origin }: { result: WebhookResult; template: string; lang: Lang; origin: string }) {
  const t = createT(lang);
  return (
    <>
      {result && 'answer' in result && (
        <div id="webhook-answer" role="status" data-status={result.answer.status}>
          <p>
            <strong>{t('callTest.status', { status: result.answer.status, ms: result.answer.ms })}</strong> —{' '}
            {t(answerMeaningKey(result.answer.status, isAlbatoWebhook(template)), { status: result.answer.status })}
          </p>
          <details>
            <summary>{t('webhook.headers')}</summary>
            <table class="headers">
              <tbody>
                {result.answer.headers.map(([name, value], i) => (
                  <tr key={i}>
                    <th>{name}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {result.answer.body && <pre class="answer-body">{result.answer.body}</pre>}
          {result.answer.historyNotKept && (
            <p id="webhook-history-not-kept" class="history-not-kept" role="status">
              {historyNotKeptText(t, result.answer.historyNotKept, true)}
            </p>
          )}
        </div>
      )}
      {result && 'problem' in result && <DiagnosisView problem={result.problem} lang={lang} host={new URL(origin).host} />}
      {result && 'problem' in result && result.problem.historyNotKept && (
        <p id="webhook-history-not-kept" class="history-not-kept" role="status">
          {historyNotKeptText(t, result.problem.historyNotKept, false)}
        </p>
      )}
    </>
  );
}
