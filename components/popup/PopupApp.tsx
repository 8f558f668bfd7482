import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createT, type Lang } from '@/utils/i18n';
import { detectPage, type PageKind } from '@/utils/page-detect';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import { UI_TO_BG, type SchoolView } from '@/utils/messages';
import { sendToBackground } from '@/utils/send';
import { findSubjectTab } from './active-tab';
import { OfferCodes } from './OfferCodes';
import { SchoolForm } from './SchoolForm';
import { SchoolPanel } from './SchoolPanel';
import { RequestHistory } from './RequestHistory';
import { WebhookTest, type WebhookDraft } from './WebhookTest';
import { TestImport, type ImportDraft } from './TestImport';

interface TabView {
  school: SchoolAddress | null;
  pageKind: PageKind | null;
  contentScriptSeen: boolean;
}

/**
 * The school of the current GetCourse tab: the page the extension recognised, the saved school
 * with its connection check (or the form to save it), and the offer codes seen on its pages.
 */
export function PopupApp({ lang }: { lang: Lang }) {
  const t = createT(lang);
  const [view, setView] = useState<TabView | null>(null);
  const [schools, setSchools] = useState<SchoolView[] | null>(null);
  const [draft, setDraft] = useState<WebhookDraft | null>(null);
  const [importDraft, setImportDraft] = useState<ImportDraft | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);

  const loadSchools = () => void sendToBackground({ type: UI_TO_BG.listSchools }).then((reply) => setSchools(reply.ok ? reply.schools : []));

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
    loadSchools();
  }, []);

  if (!view || !schools) return <main class="popup" aria-busy="true" />;
  const saved = view.school ? schools.find((s) => s.origin === view.school!.origin) : undefined;
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
          {saved ? (
            <SchoolPanel key={saved.id} school={saved} lang={lang} onChanged={loadSchools} />
          ) : (
            <>
              <h2>{t('check.addTitle')}</h2>
              <SchoolForm lang={lang} draft={{ name: view.school.host, origin: view.school.origin, remember: false }} keyRequired onSaved={loadSchools} />
            </>
          )}
          {saved?.maskedKey && <TestImport key={importDraft?.id ?? 'new'} lang={lang} school={saved} draft={importDraft} onSent={() => setHistoryVersion((n) => n + 1)} />}
          <WebhookTest lang={lang} origin={view.school.origin} draft={draft} onSent={() => setHistoryVersion((n) => n + 1)} />
          <RequestHistory
            lang={lang}
            origin={view.school.origin}
            version={historyVersion}
            onResend={(entry) =>
              entry.request.kind === 'webhook'
                ? setDraft({ template: entry.request.template, method: entry.request.method, sample: entry.request.sample })
                : setImportDraft({ id: entry.id, endpoint: entry.request.endpoint, params: entry.request.params })
            }
          />
          <OfferCodes lang={lang} origin={view.school.origin} />
        </>
      ) : (
        <p id="no-school">
          {t('popup.noSchool')} <span class="muted">{t('popup.noSchoolHint')}</span>
        </p>
      )}
      <p>
        <a id="open-options" href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {t('check.allSchools')}
        </a>
      </p>
    </main>
  );
}
