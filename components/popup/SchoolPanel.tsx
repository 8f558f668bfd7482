import { useEffect, useState } from 'preact/hooks';
import type { CheckReport } from '@/utils/connection-check';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';
import { ConnectionCheck } from './ConnectionCheck';
import { SchoolForm } from './SchoolForm';

/**
 * A saved school: its masked key, where the key is kept, the check, and changing or forgetting it.
 * `onChanged` gets the school as saved (its address may have changed), or nothing when it was forgotten;
 * `onReport`, the check's report as it changes (the popup shows its fields in their own tab).
 */
export function SchoolPanel({
  school,
  lang,
  onChanged,
  onReport,
}: {
  school: SchoolView;
  lang: Lang;
  onChanged: (saved?: SchoolView) => void;
  onReport?: (report: CheckReport | null) => void;
}) {
  const t = createT(lang);
  const [editing, setEditing] = useState(school.maskedKey === null);
  const [lastReport, setLastReport] = useState<CheckReport | null | undefined>(undefined);

  useEffect(() => {
    setEditing(school.maskedKey === null);
    void sendToBackground({ type: UI_TO_BG.lastCheck, schoolId: school.id }).then((reply) => setLastReport(reply.ok ? reply.report : null));
  }, [school.id, school.maskedKey]);

  const forget = async () => {
    await sendToBackground({ type: UI_TO_BG.removeSchool, id: school.id });
    onChanged();
  };

  return (
    <section id="school-panel" data-school-id={school.id}>
      <p>
        <strong id="school-name-shown">{school.name}</strong>{' '}
        {school.maskedKey ? (
          <span class="muted" id="key-shown">
            {t('check.keySaved', { mask: school.maskedKey })} ({school.remember ? t('check.keyRemembered') : t('check.keySession')})
          </span>
        ) : (
          <span class="fail" id="key-missing">
            {t('check.noKey')}
          </span>
        )}
      </p>
      {!school.maskedKey && school.keyDroppedFrom && (
        <p class="fail" id="key-dropped">
          {t('check.keyDropped', { from: school.keyDroppedFrom })}
        </p>
      )}
      {editing ? (
        <SchoolForm
          lang={lang}
          draft={school}
          keyRequired={school.maskedKey === null}
          keyKeptFor={school.maskedKey ? school.origin : undefined}
          onSaved={(saved) => {
            setEditing(saved.maskedKey === null);
            onChanged(saved);
          }}
        />
      ) : (
        <>
          {lastReport !== undefined && (
            <ConnectionCheck schoolId={school.id} origin={school.origin} lang={lang} lastReport={lastReport} onReport={onReport} />
          )}
          <p>
            <button type="button" class="secondary" id="change-key" onClick={() => setEditing(true)}>
              {t('check.changeKey')}
            </button>
            <button type="button" class="secondary" id="forget-school" onClick={() => void forget()}>
              {t('check.forget')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
