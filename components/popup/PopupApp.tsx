import { useEffect, useState } from 'preact/hooks';
import { createT, type Lang } from '@/utils/i18n';
import { detectPage, type PageKind } from '@/utils/page-detect';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import { UI_TO_BG, type CheckKeyReply } from '@/utils/messages';
import { sendToBackground } from '@/utils/send';
import { explainProblem } from '@/utils/diagnosis';
import { findSubjectTab } from './active-tab';
import { KeyCheck } from './KeyCheck';
import { OfferCodes } from './OfferCodes';

interface TabView {
  school: SchoolAddress | null;
  pageKind: PageKind | null;
  contentScriptSeen: boolean;
}

export function PopupApp({ lang }: { lang: Lang }) {
  const t = createT(lang);
  const [view, setView] = useState<TabView | null>(null);

  useEffect(() => {
    void (async () => {
      const tab = await findSubjectTab();
      const school = schoolFromUrl(tab?.url);
      let contentScriptSeen = false;
      if (tab && school) {
        const status = await sendToBackground({ type: UI_TO_BG.tabStatus, tabId: tab.id });
        contentScriptSeen = status.ok && status.contentScriptSeen;
      }
      setView({ school, pageKind: tab ? detectPage(tab.url) : null, contentScriptSeen });
    })();
  }, []);

  if (!view) return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup">
      <h1>{t('appTitle')}</h1>
      {view.school ? (
        <>
          <dl id="school">
            <dt>{t('popup.school')}</dt>
            <dd>
              <span id="school-host">{view.school.host}</span>{' '}
              <span class="muted">({view.school.domainKind === 'technical' ? t('popup.technicalDomain') : t('popup.customDomain')})</span>
            </dd>
            <dt>{t('popup.page')}</dt>
            <dd id="page-kind">{view.pageKind ? t(`pageKind.${view.pageKind}`) : t('popup.pageUnknown')}</dd>
          </dl>
          <KeyCheck lang={lang} origin={view.school.origin} onCheck={(key) => checkKey(view.school!.origin, key)} render={(reply) => describeReply(lang, reply)} />
          <OfferCodes lang={lang} origin={view.school.origin} />
        </>
      ) : (
        <p id="no-school">
          {t('popup.noSchool')} <span class="muted">{t('popup.noSchoolHint')}</span>
        </p>
      )}
    </main>
  );
}

function checkKey(origin: string, key: string): Promise<CheckKeyReply> {
  return sendToBackground({ type: UI_TO_BG.checkKey, origin, key });
}

function describeReply(lang: Lang, reply: CheckKeyReply): { ok: boolean; text: string } {
  const t = createT(lang);
  if (!reply.ok) return { ok: false, text: explainProblem(lang, reply.problem) };
  return { ok: true, text: `${t('popup.keyAccepted')} ${t('popup.fieldsFound', { n: reply.userFields + reply.dealFields })} (${t('popup.elapsed', { ms: reply.ms })})` };
}
