import { useEffect, useRef } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import type { SchoolView } from '@/utils/messages';
import type { AskReason } from './active-tab';

/**
 * The tab names no school: why, and the saved schools as buttons (Tab to reach, Enter or Space to
 * pick; the first has focus). Picking is the only way on: nothing is checked or sent before.
 */
export function ChooseSchool({
  lang,
  schools,
  reason,
  onPick,
}: {
  lang: Lang;
  schools: SchoolView[];
  reason: AskReason | null;
  onPick: (school: SchoolView) => void;
}) {
  const t = createT(lang);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section id="choose-school" aria-labelledby="choose-school-title" data-reason={reason ?? undefined}>
      <h2 id="choose-school-title">{t('popup.chooseTitle')}</h2>
      {reason && <p class="muted">{t(`popup.chooseWhy.${reason}`)}</p>}
      {schools.length === 0 ? (
        <p id="no-school">{t('popup.chooseNone')}</p>
      ) : (
        <>
          <p>{t('popup.chooseAsk')}</p>
          <ul class="school-choices">
            {schools.map((school, i) => (
              <li key={school.id}>
                <button
                  type="button"
                  class="secondary pick-school"
                  data-school-id={school.id}
                  ref={i === 0 ? first : undefined}
                  onClick={() => onPick(school)}
                >
                  {school.name}
                  {school.name !== new URL(school.origin).host && <span class="muted"> {new URL(school.origin).host}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
