import type { ComponentChildren, ComponentProps, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import type { CheckReport } from '@/utils/connection-check';
import type { RememberedOffer, SchoolView } from '@/utils/messages';
import type { SchoolAddress } from '@/utils/school';
import type { Settings } from '@/utils/settings';
import { FieldsTab } from './FieldsTab';
import { OfferCodes } from './OfferCodes';
import { POPUP_TABS, PopupTabs, TabPanel, type PopupTab } from './PopupTabs';
import { RequestHistory } from './RequestHistory';
import { SchoolForm } from './SchoolForm';
import { SchoolPanel } from './SchoolPanel';
import type { TestImport } from './TestImport';
import type { RequestDrafts } from './use-request-drafts';
import { WebhookTest } from './WebhookTest';

/** What the sections of a shown school draw from; the state itself is the popup's (PopupApp.tsx). */
export interface SectionsProps {
  lang: Lang;
  school: SchoolAddress;
  /** the school as saved, when it is */
  saved: SchoolView | undefined;
  tab: PopupTab;
  onShowTab: (tab: PopupTab) => void;
  requests: RequestDrafts;
  offers: RememberedOffer[] | null;
  /** the test import's view, null until its chunk has loaded (use-lazy-view.ts) */
  TestImportView: ComponentType<ComponentProps<typeof TestImport>> | null;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  /** the saved school's last check, from its check section */
  checked: { schoolId: string; report: CheckReport | null } | null;
  onReport: (schoolId: string, report: CheckReport | null) => void;
  /** the saved school changed (or moved, or was forgotten) in its panel */
  onChanged: (school?: SchoolView) => void;
  /** the shown school, not saved yet, was saved with the form */
  onAdded: () => void;
}

/**
 * A section's view is first drawn when its tab is first shown, not before: the first paint draws
 * the check and the shown section only (scripts/bench-popup.mjs), and the others ask the
 * background for nothing until the admin looks at them. Once drawn it stays, hidden, so a half-filled form survives a
 * look at another tab.
 */
function Section({ tab, shown, children }: { tab: PopupTab; shown: PopupTab; children: ComponentChildren }) {
  // Only ever turns true: set while rendering the first time the tab is shown (Preact re-renders once).
  const [drawn, setDrawn] = useState(tab === shown);
  if (tab === shown && !drawn) setDrawn(true);
  return (
    <TabPanel tab={tab} shown={shown}>
      {drawn || tab === shown ? children : null}
    </TabPanel>
  );
}

/** The shown school's sections as tabs: its check, fields, test import (with a key), webhook, history and offer codes. */
export function SchoolSections(props: SectionsProps) {
  const { lang, school, saved, tab, onShowTab, requests, offers, checked } = props;
  // The test import needs the school's key: without one, its tab is not offered.
  const tabs = POPUP_TABS.filter((one) => one !== 'import' || Boolean(saved?.maskedKey));
  const shown = tabs.includes(tab) ? tab : 'check';
  return (
    <>
      <PopupTabs lang={lang} tabs={tabs} shown={shown} onShow={onShowTab} />
      {/* Always drawn: its check's report is what the fields section lists. */}
      <TabPanel tab="check" shown={shown}>
        <CheckSection {...props} />
      </TabPanel>
      <Section tab="fields" shown={shown}>
        <FieldsTab
          report={saved && checked?.schoolId === saved.id ? checked.report : null}
          lang={lang}
          host={school.host}
          onShowCheck={() => onShowTab('check')}
        />
      </Section>
      {saved?.maskedKey && (
        <Section tab="import" shown={shown}>
          <ImportSection {...props} saved={saved} />
        </Section>
      )}
      <Section tab="webhook" shown={shown}>
        <WebhookTest lang={lang} origin={school.origin} draft={requests.webhookDraft} onSent={requests.sent} />
      </Section>
      <Section tab="history" shown={shown}>
        <RequestHistory lang={lang} origin={school.origin} version={requests.historyVersion} onResend={requests.resend} />
      </Section>
      <Section tab="codes" shown={shown}>
        <OfferCodes lang={lang} offers={offers} />
      </Section>
    </>
  );
}

/** The saved school with its check, or the form to save it. */
function CheckSection({ lang, school, saved, onReport, onChanged, onAdded }: SectionsProps) {
  const t = createT(lang);
  if (saved)
    return (
      <SchoolPanel key={saved.id} school={saved} lang={lang} onChanged={onChanged} onReport={(report) => onReport(saved.id, report)} />
    );
  return (
    <>
      <h2>{t('check.addTitle')}</h2>
      <SchoolForm lang={lang} draft={{ name: school.host, origin: school.origin, remember: false }} keyRequired onSaved={onAdded} />
    </>
  );
}

/** The test import for a school with a key, once its chunk has loaded. */
function ImportSection({ lang, saved, requests, offers, TestImportView, settings, onSettings }: SectionsProps & { saved: SchoolView }) {
  const t = createT(lang);
  const View = TestImportView;
  if (!View)
    return (
      <p class="muted" aria-busy="true">
        {t('popup.loading')}
      </p>
    );
  return (
    <View
      key={requests.importDraft?.id ?? 'new'}
      lang={lang}
      school={saved}
      draft={requests.importDraft}
      offers={offers}
      testDomain={settings.testDomain}
      onTestDomain={(testDomain) => onSettings({ ...settings, testDomain })}
      onSent={requests.sent}
    />
  );
}
