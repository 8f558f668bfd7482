import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createT, type Lang } from '@/components/shared/i18n';
import type { CheckReport } from '@/utils/connection-check';
import type { SchoolView } from '@/utils/messages';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import type { Settings } from '@/utils/settings';
import type { PageKind } from '@/utils/page-detect';
import { ChooseSchool } from './ChooseSchool';
import type { Opening, Subject } from './opening';
import { tabFromHash, type PopupTab } from './PopupTabs';
import { SchoolSections } from './SchoolSections';
import { useLazyView } from './use-lazy-view';
import { usePopupSubject } from './use-popup-subject';
import { useRequestDrafts } from './use-request-drafts';
import { useShownOffers } from './use-shown-offers';

/** The test import (its form, risks and zod) loads after the first paint, only for a school with a key. */
const loadTestImport = () => import('./TestImport').then((module) => module.TestImport);

/**
 * The school of the tab the admin is looking at (`active-tab.ts`): the page the extension
 * recognised, the saved school with its connection check (or the form to save it), and the offer
 * codes seen on its pages. When the tab says no school, the saved schools to pick from; nothing
 * runs until the admin picks one. `opening`: the first reads, when the page already asked them
 * beside the settings (main.tsx); otherwise asked here.
 */
// Own state: the settings, the tab shown and the last check; the subject, drafts and offers are their hooks'.
export function PopupApp({ lang, settings: opened, opening }: { lang: Lang; settings: Settings; opening?: Promise<Opening> }) {
  const t = createT(lang);
  const { subject, setSubject, schools, reloadSchools, picked, saved } = usePopupSubject(opening);
  // Read once per opening and passed down (start-page.ts read the settings for the language).
  const [settings, setSettings] = useState(opened);
  const [tab, setTab] = useState<PopupTab>(() => tabFromHash(location.hash));
  // The shown school's last check, from its check section; its fields are listed in their own section.
  const [checked, setChecked] = useState<{ schoolId: string; report: CheckReport | null } | null>(null);
  const requests = useRequestDrafts(setTab);
  const offers = useShownOffers(subject?.kind === 'tab' ? subject.school.origin : picked?.origin);
  const TestImport = useLazyView(loadTestImport, Boolean(saved?.maskedKey));

  if (!subject || !schools) return <main class="popup" aria-busy="true" />;

  const shown = subject.kind === 'tab' ? subject : picked ? { school: schoolFromUrl(picked.origin)!, pageKind: null } : null;
  const reason = subject.kind === 'tab' ? null : subject.reason;
  // A save that moved the shown school to another address keeps it shown, by id, with what its key became.
  const onChanged = (school?: SchoolView) => {
    if (school && shown && school.origin !== shown.school.origin) setSubject({ kind: 'picked', schoolId: school.id, reason });
    reloadSchools();
  };

  return (
    <main class="popup">
      <h1>{t('appTitle')}</h1>
      {shown ? (
        <>
          <ShownSchool lang={lang} subject={subject} shown={shown} onOtherSchool={() => setSubject({ kind: 'ask', reason })} />
          <SchoolSections
            lang={lang}
            school={shown.school}
            saved={saved}
            tab={tab}
            onShowTab={setTab}
            requests={requests}
            offers={offers}
            TestImportView={TestImport}
            settings={settings}
            onSettings={setSettings}
            checked={checked}
            onReport={(schoolId, report) => setChecked({ schoolId, report })}
            onChanged={onChanged}
            onAdded={reloadSchools}
          />
        </>
      ) : (
        <ChooseSchool
          lang={lang}
          schools={schools}
          reason={reason}
          onPick={(school) => setSubject({ kind: 'picked', schoolId: school.id, reason })}
        />
      )}
      <p>
        <button id="open-options" type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('check.allSchools')}
        </button>
      </p>
    </main>
  );
}

/** The shown school's address and, for the tab's school, the page it is on; for a picked one, the way back to the question. */
function ShownSchool({
  lang,
  subject,
  shown,
  onOtherSchool,
}: {
  lang: Lang;
  subject: Subject;
  shown: { school: SchoolAddress; pageKind: PageKind | null };
  onOtherSchool: () => void;
}) {
  const t = createT(lang);
  return (
    <dl id="school">
      <dt>{t('popup.school')}</dt>
      <dd>
        <span id="school-host">{shown.school.host}</span>{' '}
        <span class="muted">({shown.school.domainKind === 'technical' ? t('popup.technicalDomain') : t('popup.customDomain')})</span>
      </dd>
      {subject.kind === 'tab' ? (
        <>
          <dt>{t('popup.page')}</dt>
          <dd id="page-kind">{shown.pageKind ? t(`pageKind.${shown.pageKind}`) : t('popup.pageUnknown')}</dd>
        </>
      ) : (
        <dd id="picked-note" class="muted">
          {t('popup.pickedNote')}{' '}
          <button type="button" class="secondary" id="other-school" onClick={onOtherSchool}>
            {t('popup.otherSchool')}
          </button>
        </dd>
      )}
    </dl>
  );
}
