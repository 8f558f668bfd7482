import { historyNotKeptText } from '@/components/shared/history-note';
import { createT, type Lang } from '@/components/shared/i18n';
import type { TestImportReply } from '@/utils/messages';
import { DiagnosisView } from './DiagnosisView';

/** GetCourse's answer to a test import: the user and deal it made or found, or the diagnosis of a failure. */
export function ImportResultView({ result, lang, origin }: { result: TestImportReply | null; lang: Lang; origin: string }) {
  const t = createT(lang);
  const problem = result && !result.ok ? result.problem : null;
  return (
    <>
      {result?.ok && (
        <div id="import-result" role="status" class="ok">
          {result.result.userId !== null && (
            <p class="import-user" data-user-status={result.result.userStatus ?? ''}>
              {t('testImport.resultUser', {
                id: result.result.userId,
                status:
                  result.result.userStatus === 'added'
                    ? t('testImport.statusAdded')
                    : t('testImport.statusExisting', { status: result.result.userStatus ?? '?' }),
              })}
            </p>
          )}
          {result.result.dealId !== null && (
            <p class="import-deal">{t('testImport.resultDeal', { id: result.result.dealId, number: result.result.dealNumber ?? '—' })}</p>
          )}
          {result.result.paymentLink && (
            <p>
              <a href={result.result.paymentLink} target="_blank" rel="noopener noreferrer">
                {t('testImport.paymentLink')}
              </a>
            </p>
          )}
          <p class="muted">{t('check.ms', { ms: result.ms })}</p>
          <details class="import-answer">
            <summary>{t('testImport.answer')}</summary>
            <pre>{result.raw}</pre>
          </details>
          {result.historyNotKept && (
            <p id="import-history-not-kept" class="history-not-kept" role="status">
              {historyNotKeptText(t, result.historyNotKept, true)}
            </p>
          )}
        </div>
      )}
      {problem && <DiagnosisView problem={problem} lang={lang} host={new URL(origin).host} />}
      {problem?.historyNotKept && (
        <p id="import-history-not-kept" class="history-not-kept" role="status">
          {historyNotKeptText(t, problem.historyNotKept, false)}
        </p>
      )}
    </>
  );
}
