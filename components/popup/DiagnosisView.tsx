import { diagnose } from '@/components/shared/diagnosis';
import { createT, type Lang } from '@/components/shared/i18n';
import type { Problem } from '@/utils/problem';

/**
 * A catalogue entry on screen: title, what came back (verbatim), the cause, the fix with links.
 * Announced as an alert when it just happened; one from a stored report (the last check, shown
 * again when the popup opens) is not news, so it is not announced.
 */
export function DiagnosisView({
  problem,
  lang,
  host,
  keyAcceptedBefore,
  announce = true,
}: {
  problem: Problem;
  lang: Lang;
  host: string;
  keyAcceptedBefore?: boolean;
  announce?: boolean;
}) {
  const t = createT(lang);
  const found = diagnose(problem, { lang, host, keyAcceptedBefore });
  return (
    <div class="diagnosis" role={announce ? 'alert' : undefined} data-diagnosis={found.id}>
      <strong class="diagnosis-title">{found.title}</strong>
      <p class="answered">
        {t('check.answered')} <span class="raw">{found.answered}</span>
      </p>
      <p>{found.cause}</p>
      <p class="muted">{t('check.todo')}</p>
      <ol>
        {found.steps.map((step, index) => (
          <li key={index}>
            {step.text}
            {step.href && (
              <>
                {' '}
                <a href={step.href} target="_blank" rel="noopener noreferrer">
                  {step.href.replace(/^https:\/\//, '')}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
