import { diagnose } from '@/utils/diagnosis';
import { createT, type Lang } from '@/utils/i18n';
import type { Problem } from '@/utils/messages';

/** A catalogue entry on screen: title, what came back (verbatim), the cause, the fix with links. */
export function DiagnosisView({
  problem,
  lang,
  host,
  keyAcceptedBefore,
}: {
  problem: Problem;
  lang: Lang;
  host: string;
  keyAcceptedBefore?: boolean;
}) {
  const t = createT(lang);
  const found = diagnose(problem, { lang, host, keyAcceptedBefore });
  return (
    <div class="diagnosis" role="alert" data-diagnosis={found.id}>
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
