import { useEffect, useRef } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import type { RememberedOffer, SchoolView } from '@/utils/messages';
import { ImportPreview, ImportRisks } from './ImportPreview';
import { ImportResultView } from './ImportResultView';
import { TestImportFields } from './TestImportFields';
import { useImportSend } from './use-import-send';
import { useTestImportForm, type ImportDraft } from './use-test-import-form';

// Callers name the draft where they name the view.
export type { ImportDraft };

/**
 * Test user and deal imports (issue 6): a short form prefilled with a marked test address on the
 * admin's chosen domain, checked with the same zod schema the background uses, the exact request
 * previewed (JSON, base64, curl with the key masked; the real key only on "copy with key"), every
 * change to existing data confirmed first, then GetCourse's answer.
 */
export function TestImport({
  lang,
  school,
  draft,
  offers: knownOffers,
  testDomain,
  onTestDomain,
  onSent,
}: {
  lang: Lang;
  school: SchoolView;
  draft: ImportDraft | null;
  /** the school's remembered offers, read once by the popup (null while it reads them) */
  offers: readonly RememberedOffer[] | null;
  /** the saved domain of test addresses, from the settings the popup opened with */
  testDomain: string;
  /** a new domain was saved, so the popup's copy of the settings follows */
  onTestDomain: (domain: string) => void;
  onSent: () => void;
}) {
  const t = createT(lang);
  const f = useTestImportForm({ school, draft, testDomain, onTestDomain });
  const sending = useImportSend({ lang, school, endpoint: f.endpoint, input: f.input, confirmed: f.confirmed, ready: f.ready, onSent });
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (draft) section.current?.scrollIntoView({ block: 'start' });
    // On the first paint only: a draft that arrives later must not move the view.
    // oxlint-disable-next-line react/exhaustive-deps
  }, []);

  return (
    <section id="test-import" aria-labelledby="test-import-title" ref={section}>
      <h2 id="test-import-title">{t('testImport.title')}</h2>
      {draft && (
        <p class="muted" id="import-from-history">
          {t('testImport.fromHistory')}
        </p>
      )}
      <TestImportFields f={f} lang={lang} offers={(knownOffers ?? []).filter((o) => o.code)} />
      {f.preview && (
        <ImportPreview preview={f.preview} lang={lang} copyStatus={sending.copyStatus} onCopyWithKey={() => void sending.copyWithKey()} />
      )}
      {f.risks.length > 0 && <ImportRisks risks={f.risks} confirmed={f.confirmed} lang={lang} onConfirm={f.confirm} />}
      <button id="import-send" type="button" disabled={!f.ready || sending.busy} onClick={() => void sending.send()}>
        {sending.busy ? t('testImport.sending') : t('testImport.send')}
      </button>
      <ImportResultView result={sending.result} lang={lang} origin={school.origin} />
    </section>
  );
}
