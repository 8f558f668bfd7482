import { fieldReadiness } from '@/components/shared/check-report';
import { titledCount } from '@/utils/field-plan';
import type { SchoolField } from '@/utils/connection-check';
import { pageHref } from '@/utils/diagnosis-rules';
import { createT, type Lang } from '@/components/shared/i18n';
import { PROCESS_KINDS } from '@/utils/process-url';

/** Which of the school's custom fields Albato can't see, by kind, with a Latin name for each. */
export function FieldsReadiness({ fields, lang, host }: { fields: SchoolField[]; lang: Lang; host: string }) {
  const t = createT(lang);
  const verdicts = fieldReadiness(fields);
  const all = [...verdicts.user, ...verdicts.deal];
  const bad = all.filter((v) => v.problems.length > 0).length;
  // Untitled fields (consent checkboxes, fact sheet R.4) are not "invisible by mistake": counted apart.
  const titled = titledCount(all);
  const untitled = all.length - titled;
  return (
    <section id="fields-readiness" aria-labelledby="fields-readiness-title">
      <h2 id="fields-readiness-title">{t('readiness.title')}</h2>
      <p class={bad ? 'fail' : 'ok'}>
        {fields.length === 0
          ? t('readiness.none')
          : bad
            ? t('readiness.invisible', { n: bad, total: titled })
            : t('readiness.allVisible', { n: titled })}
      </p>
      {untitled > 0 && <p class="muted untitled">{t('readiness.untitled', { n: untitled })}</p>}
      {PROCESS_KINDS.map((context) => {
        const invisible = verdicts[context].filter((v) => v.problems.length > 0);
        if (invisible.length === 0) return null;
        const href = pageHref(context === 'user' ? 'userFields' : 'dealFields', host);
        return (
          <div key={context} data-context={context}>
            <p class="muted">{t(context === 'user' ? 'fields.kindUser' : 'fields.kindDeal')}</p>
            <ul class="renames">
              {invisible.map((v) => (
                <li key={v.name}>
                  <span class="field-title">{v.name}</span> → <code class="field-suggestion">{v.suggestion}</code>
                </li>
              ))}
            </ul>
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {t('readiness.rename')}
              </a>
            )}
          </div>
        );
      })}
      {bad > 0 && <p class="muted">{t('fields.refresh')}</p>}
    </section>
  );
}
