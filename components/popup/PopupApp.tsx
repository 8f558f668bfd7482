import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createT, type Lang } from '@/components/shared/i18n';
import { readPageCall } from '@/utils/page-call-link';
import { schoolFromUrl } from '@/utils/school';
import { UI_TO_BG, type RememberedOffer, type SchoolView } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import { sendToBackground } from '@/components/shared/send';
import type { AskReason } from './active-tab';
import { listSchools, readOpening, type Opening, type Subject } from './opening';
import type { CheckReport } from '@/utils/connection-check';
import { FieldsTab } from './FieldsTab';
import { OfferCodes } from './OfferCodes';
import { POPUP_TABS, PopupTabs, TabPanel, tabFromHash, type PopupTab } from './PopupTabs';
import { SchoolForm } from './SchoolForm';
import { SchoolPanel } from './SchoolPanel';
import { RequestHistory } from './RequestHistory';
import { WebhookTest, type WebhookDraft } from './WebhookTest';
import type { ImportDraft } from './TestImport';
import { useLazyView } from './use-lazy-view';

/** The test import (its form, risks and zod) loads after the first paint, only for a school with a key. */
const loadTestImport = () => import('./TestImport').then((module) => module.TestImport);

/**
 * The school of the tab the admin is looking at (`active-tab.ts`): the page the extension
 * recognised, the saved school with its connection check (or the form to save it), and the offer
 * codes seen on its pages. When the tab says no school, the saved schools to pick from; nothing
 * runs until the admin picks one. `opening`: the first reads, when the page already asked them
 * beside the settings (main.tsx); otherwise asked here.
 */
export function PopupApp({ lang, settings: opened, opening }: { lang: Lang; settings: Settings; opening?: Promise<Opening> }) {
  const t = createT(lang);
  // Read once per opening and passed down (start-page.ts read the settings for the language).
  const [settings, setSettings] = useState(opened);
  const [offers, setOffers] = useState<{ origin: string; offers: RememberedOffer[] } | null>(null);
  const [subject, setSubject] = useState<Subject | null>(null);
  const [schools, setSchools] = useState<SchoolView[] | null>(null);
  // Opened by "Test this URL" in the process editor (popup.html?call=…#webhook): that call, to be
  // confirmed here, where the school's page cannot reach (entrypoints/background/page-calls.ts).
  const [draft, setDraft] = useState<WebhookDraft | null>(() => {
    const call = readPageCall(location.search);
    return call && { template: call.template, method: call.method, sample: call.kind, fromProcess: call.processId };
  });
  const [importDraft, setImportDraft] = useState<ImportDraft | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  // The shown school's last check, from its check tab; its fields are listed in their own tab.
  const [checked, setChecked] = useState<{ schoolId: string; report: CheckReport | null } | null>(null);
  const [tab, setTab] = useState<PopupTab>(() => tabFromHash(location.hash));

  const loadSchools = () => void listSchools().then(setSchools);

  useEffect(() => {
    void (opening ?? readOpening()).then((read) => {
      setSchools(read.schools);
      setSubject(read.subject);
    });
  }, []);

  const shownOrigin =
    subject?.kind === 'tab'
      ? subject.school.origin
      : subject?.kind === 'picked'
        ? schools?.find((s) => s.id === subject.schoolId)?.origin
        : undefined;
  useEffect(() => {
    if (!shownOrigin || offers?.origin === shownOrigin) return;
    void sendToBackground({ type: UI_TO_BG.listOffers, origin: shownOrigin }).then((reply) =>
      setOffers({ origin: shownOrigin, offers: reply.ok ? reply.offers : [] }),
    );
  }, [shownOrigin]);
  const offersShown = offers && offers.origin === shownOrigin ? offers.offers : null;

  // A school picked and then forgotten leaves nothing shown: back to the question.
  const picked = subject?.kind === 'picked' ? schools?.find((s) => s.id === subject.schoolId) : undefined;
  const saved = subject?.kind === 'tab' ? schools?.find((s) => s.origin === subject.school.origin) : picked;
  const TestImport = useLazyView(loadTestImport, Boolean(saved?.maskedKey));

  if (!subject || !schools) return <main class="popup" aria-busy="true" />;

  const shown = subject.kind === 'tab' ? subject : picked ? { school: schoolFromUrl(picked.origin)!, pageKind: null } : null;
  const reason = subject.kind === 'tab' ? null : subject.reason;
  // The test import needs the school's key: without one, its tab is not offered.
  const tabs = POPUP_TABS.filter((one) => one !== 'import' || Boolean(saved?.maskedKey));
  const tabShown = tabs.includes(tab) ? tab : 'check';
  // A save that moved the shown school to another address keeps it shown, by id, with what its key became.
  const onChanged = (school?: SchoolView) => {
    if (school && shown && school.origin !== shown.school.origin) setSubject({ kind: 'picked', schoolId: school.id, reason });
    loadSchools();
  };

  return (
    <main class="popup">
      <h1>{t('appTitle')}</h1>
      {shown ? (
        <>
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
                <button type="button" class="secondary" id="other-school" onClick={() => setSubject({ kind: 'ask', reason })}>
                  {t('popup.otherSchool')}
                </button>
              </dd>
            )}
          </dl>
          <PopupTabs lang={lang} tabs={tabs} shown={tabShown} onShow={setTab} />
          <TabPanel tab="check" shown={tabShown}>
            {saved ? (
              <SchoolPanel
                key={saved.id}
                school={saved}
                lang={lang}
                onChanged={onChanged}
                onReport={(report) => setChecked({ schoolId: saved.id, report })}
              />
            ) : (
              <>
                <h2>{t('check.addTitle')}</h2>
                <SchoolForm
                  lang={lang}
                  draft={{ name: shown.school.host, origin: shown.school.origin, remember: false }}
                  keyRequired
                  onSaved={loadSchools}
                />
              </>
            )}
          </TabPanel>
          <TabPanel tab="fields" shown={tabShown}>
            <FieldsTab
              report={saved && checked?.schoolId === saved.id ? checked.report : null}
              lang={lang}
              host={shown.school.host}
              onShowCheck={() => setTab('check')}
            />
          </TabPanel>
          {saved?.maskedKey && (
            <TabPanel tab="import" shown={tabShown}>
              {TestImport ? (
                <TestImport
                  key={importDraft?.id ?? 'new'}
                  lang={lang}
                  school={saved}
                  draft={importDraft}
                  offers={offersShown}
                  testDomain={settings.testDomain}
                  onTestDomain={(testDomain) => setSettings({ ...settings, testDomain })}
                  onSent={() => setHistoryVersion((n) => n + 1)}
                />
              ) : (
                <p class="muted" aria-busy="true">
                  {t('popup.loading')}
                </p>
              )}
            </TabPanel>
          )}
          <TabPanel tab="webhook" shown={tabShown}>
            <WebhookTest lang={lang} origin={shown.school.origin} draft={draft} onSent={() => setHistoryVersion((n) => n + 1)} />
          </TabPanel>
          <TabPanel tab="history" shown={tabShown}>
            <RequestHistory
              lang={lang}
              origin={shown.school.origin}
              version={historyVersion}
              onResend={(entry) => {
                if (entry.request.kind === 'webhook') {
                  setDraft({ template: entry.request.template, method: entry.request.method, sample: entry.request.sample });
                  setTab('webhook');
                } else {
                  setImportDraft({ id: entry.id, endpoint: entry.request.endpoint, params: entry.request.params });
                  setTab('import');
                }
              }}
            />
          </TabPanel>
          <TabPanel tab="codes" shown={tabShown}>
            <OfferCodes lang={lang} offers={offersShown} />
          </TabPanel>
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
        <a id="open-options" href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {t('check.allSchools')}
        </a>
      </p>
    </main>
  );
}

/**
 * The tab names no school: why, and the saved schools as buttons (Tab to reach, Enter or Space to
 * pick; the first has focus). Picking is the only way on: nothing is checked or sent before.
 */
function ChooseSchool({
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
