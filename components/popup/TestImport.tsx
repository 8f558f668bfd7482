import { useEffect, useRef, useState } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import { blankImportForm, importFormOf, importInputOf, type ImportForm } from '@/components/shared/import-form';
import {
  checkImport,
  DEAL_STATUSES,
  importRisks,
  isMailDomain,
  isTestEmail,
  readDealCost,
  testEmail,
  type ImportEndpoint,
} from '@/utils/import-params';
import { importIssueText, importRiskText, previewImport } from '@/utils/import-preview';
import { UI_TO_BG, type Problem, type RememberedOffer, type SchoolView, type TestImportReply } from '@/utils/messages';
import { historyNotKeptText } from '@/components/shared/history-note';
import { sendToBackground } from '@/components/shared/send';
import { DiagnosisView } from './DiagnosisView';

/** A failed import from the history, loaded back into the form (`id` remounts the form). */
export interface ImportDraft {
  id: string;
  endpoint: ImportEndpoint;
  params: unknown;
}

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
  const [endpoint, setEndpoint] = useState<ImportEndpoint>(draft?.endpoint ?? 'users');
  // A fresh form takes the saved domain; a draft from the history keeps its own address.
  const [form, setForm] = useState<ImportForm>(() => (draft ? importFormOf(draft.params) : blankImportForm(testEmail(testDomain))));
  const [domain, setDomain] = useState(testDomain);
  const [domainShown, setDomainShown] = useState(false);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const [result, setResult] = useState<TestImportReply | null>(null);
  const section = useRef<HTMLElement>(null);
  const set = (name: keyof ImportForm) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setForm({ ...form, [name]: input.type === 'checkbox' ? input.checked : input.value });
  };

  const offers = (knownOffers ?? []).filter((o) => o.code);
  useEffect(() => {
    if (draft) section.current?.scrollIntoView({ block: 'start' });
  }, []);

  /** "New test address": a fresh stamp on the chosen domain, which is remembered for next time. */
  const newAddress = async () => {
    setDomainShown(true);
    if (!isMailDomain(domain)) return;
    setForm({ ...form, email: testEmail(domain) });
    const current = await sendToBackground({ type: UI_TO_BG.getSettings });
    if (!current.ok) return;
    const saved = await sendToBackground({ type: UI_TO_BG.saveSettings, settings: { ...current.settings, testDomain: domain } });
    if (saved.ok) onTestDomain(saved.settings.testDomain);
  };

  const input = importInputOf(endpoint, form);
  const checked = checkImport(endpoint, input);
  const risks = checked.ok ? importRisks(checked.params, { emailIsTest: isTestEmail(form.email) }) : [];
  const allConfirmed = risks.every((risk) => confirmed.includes(risk.code));
  const issueFor = (field: string) =>
    checked.ok ? [] : checked.issues.filter((issue) => issue.field === field || issue.field.startsWith(`${field}.`));
  // Each issue is tied to its input (aria-invalid, aria-describedby), so a screen reader reads it there.
  const issueId = (field: string, i: number) => `issue-${field.replace(/[^a-z0-9]+/gi, '-')}-${i}`;
  const issues = (field: string) =>
    issueFor(field).map((issue, i) => (
      <p class="fail field-issue" data-field={field} key={issue.field} id={issueId(field, i)}>
        {importIssueText(issue, lang)}
      </p>
    ));
  const describedBy = (...fields: string[]) => {
    const ids = fields.flatMap((field) => issueFor(field).map((_issue, i) => issueId(field, i)));
    return ids.length > 0 ? { 'aria-invalid': true, 'aria-describedby': ids.join(' ') } : {};
  };
  const domainInvalid = domainShown && !isMailDomain(domain);
  const cost = endpoint === 'deals' && form.cost.trim() ? readDealCost(form.cost) : null;

  const send = async () => {
    if (!checked.ok || !allConfirmed || busy) return;
    setBusy(true);
    setResult(null);
    const reply = await sendToBackground({
      type: UI_TO_BG.testImport,
      schoolId: school.id,
      endpoint,
      params: input,
      confirmedRisks: confirmed,
    });
    setResult(reply);
    setBusy(false);
    onSent();
  };

  /** The real key reaches this page only for this click, goes to the clipboard and is not kept. */
  const copyWithKey = async () => {
    setCopyStatus('');
    const reply = await sendToBackground({ type: UI_TO_BG.importCurlWithKey, schoolId: school.id, endpoint, params: input });
    try {
      if (!reply.ok) throw new Error(reply.problem.code);
      await navigator.clipboard.writeText(reply.curl);
      setCopyStatus(t('testImport.copiedWithKey'));
    } catch {
      setCopyStatus(t('popup.copyFailed'));
    }
  };

  const preview = checked.ok
    ? previewImport({ origin: school.origin, endpoint, params: checked.params }, { maskedKey: school.maskedKey ?? '' })
    : null;
  const problem: Problem | null = result && !result.ok ? result.problem : null;
  return (
    <section id="test-import" aria-labelledby="test-import-title" ref={section}>
      <h2 id="test-import-title">{t('testImport.title')}</h2>
      {draft && (
        <p class="muted" id="import-from-history">
          {t('testImport.fromHistory')}
        </p>
      )}
      <fieldset class="choices">
        <legend>{t('testImport.kind')}</legend>
        {(['users', 'deals'] as const).map((kind) => (
          <label class="choice inline" key={kind}>
            <input
              type="radio"
              name="import-kind"
              value={kind}
              checked={endpoint === kind}
              onChange={() => (setEndpoint(kind), setConfirmed([]))}
            />{' '}
            {t(kind === 'users' ? 'testImport.user' : 'testImport.deal')}
          </label>
        ))}
      </fieldset>
      <label for="import-email">{t('testImport.email')}</label>
      <input id="import-email" value={form.email} onInput={set('email')} {...describedBy('user.email')} />
      {issues('user.email')}
      <label for="import-domain">{t('testImport.domain')}</label>
      <span class="inline-row">
        <input
          id="import-domain"
          value={domain}
          onInput={(e) => (setDomain(e.currentTarget.value), setDomainShown(false))}
          {...(domainInvalid ? { 'aria-invalid': true, 'aria-describedby': 'issue-test-domain' } : {})}
        />{' '}
        <button type="button" class="secondary small" id="import-new-address" onClick={() => void newAddress()}>
          {t('testImport.newAddress')}
        </button>
      </span>
      {domainInvalid && (
        <p class="fail field-issue" data-field="test-domain" id="issue-test-domain">
          {t('testImport.domainInvalid')}
        </p>
      )}
      <label for="import-first-name">{t('testImport.firstName')}</label>
      <input id="import-first-name" value={form.firstName} onInput={set('firstName')} />
      <label for="import-phone">{t('testImport.phone')}</label>
      <input id="import-phone" value={form.phone} onInput={set('phone')} {...describedBy('user.phone')} />
      {issues('user.phone')}
      <label for="import-groups">{t('testImport.groups')}</label>
      <input id="import-groups" value={form.groups} onInput={set('groups')} {...describedBy('user.group_name')} />
      {issues('user.group_name')}
      <label for="import-fields">{t('testImport.fields')}</label>
      <textarea id="import-fields" rows={2} value={form.fields} onInput={set('fields')} {...describedBy('user.addfields')} />
      {issues('user.addfields')}
      {endpoint === 'deals' && (
        <>
          <label for="import-offer">{t('testImport.offerCode')}</label>
          <input
            id="import-offer"
            list="import-offer-codes"
            value={form.offerCode}
            onInput={set('offerCode')}
            {...describedBy('deal.offer_code', 'deal')}
          />
          <datalist id="import-offer-codes">
            {offers.map((offer) => (
              <option key={offer.id} value={offer.code}>
                {offer.title}
              </option>
            ))}
          </datalist>
          {issues('deal.offer_code')}
          {issues('deal')}
          <label for="import-cost">{t('testImport.cost')}</label>
          <input id="import-cost" value={form.cost} onInput={set('cost')} {...describedBy('deal.deal_cost')} />
          {cost?.ok && (
            <p class="muted" id="import-cost-read">
              {t('testImport.costRead', { amount: cost.amount, currency: cost.currency ?? 'RUB' })}
            </p>
          )}
          {issues('deal.deal_cost')}
          <label for="import-status">{t('testImport.status')}</label>
          <select id="import-status" value={form.status} onChange={set('status')}>
            <option value="">—</option>
            {DEAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
          <label class="choice">
            <input id="import-paid" type="checkbox" checked={form.paid} onChange={set('paid')} /> {t('testImport.paid')}
          </label>
          <label for="import-deal-number">{t('testImport.dealNumber')}</label>
          <input id="import-deal-number" value={form.dealNumber} onInput={set('dealNumber')} />
          <label class="choice">
            <input id="import-multiple" type="checkbox" checked={form.multiple} onChange={set('multiple')} /> {t('testImport.multiple')}
          </label>
        </>
      )}
      <label class="choice">
        <input id="import-refresh" type="checkbox" checked={form.refresh} onChange={set('refresh')} /> {t('testImport.refresh')}
      </label>
      {preview && (
        <details id="import-preview">
          <summary>{t('testImport.preview')}</summary>
          <pre class="import-json">{preview.json}</pre>
          <p class="muted">{t('testImport.base64')}</p>
          <pre class="import-base64">{preview.base64}</pre>
          <p class="muted">{t('testImport.curl')}</p>
          <pre class="import-curl">{preview.curl}</pre>
          <p class="muted">{t('testImport.withKeyWarning')}</p>
          <button type="button" class="secondary small" id="import-copy-with-key" onClick={() => void copyWithKey()}>
            {t('testImport.copyWithKey')}
          </button>{' '}
          <span role="status" class="muted" id="import-copy-status">
            {copyStatus}
          </span>
        </details>
      )}
      {risks.length > 0 && (
        <fieldset id="import-risks">
          <legend>{t('testImport.confirmTitle')}</legend>
          {risks.map((risk) => {
            const text = importRiskText(risk, lang);
            return (
              <label class="choice" key={risk.code} data-risk={risk.code}>
                <input
                  type="checkbox"
                  checked={confirmed.includes(risk.code)}
                  onChange={(e) =>
                    setConfirmed(e.currentTarget.checked ? [...confirmed, risk.code] : confirmed.filter((c) => c !== risk.code))
                  }
                />{' '}
                <strong>{text.title}</strong> — {text.detail}{' '}
                {text.changes.length > 0 && <span class="muted">({text.changes.join('; ')})</span>}
              </label>
            );
          })}
        </fieldset>
      )}
      <button id="import-send" type="button" disabled={!checked.ok || !allConfirmed || busy} onClick={() => void send()}>
        {busy ? t('testImport.sending') : t('testImport.send')}
      </button>
      {result?.ok && (
        <div id="import-result" role="status" class="ok">
          {result.result.userId !== null && (
            <p class="import-user" data-user-status={result.result.userStatus ?? ''}>
              {t('testImport.resultUser', {
                id: result.result.userId,
                status:
                  result.result.userStatus === 'added'
                    ? t('testImport.statusAdded')
                    : t('testImport.statusExisting', { status: result.result.userStatus ?? '?' }),
              })}
            </p>
          )}
          {result.result.dealId !== null && (
            <p class="import-deal">{t('testImport.resultDeal', { id: result.result.dealId, number: result.result.dealNumber ?? '—' })}</p>
          )}
          {result.result.paymentLink && (
            <p>
              <a href={result.result.paymentLink} target="_blank" rel="noopener noreferrer">
                {t('testImport.paymentLink')}
              </a>
            </p>
          )}
          <p class="muted">{t('check.ms', { ms: result.ms })}</p>
          <details class="import-answer">
            <summary>{t('testImport.answer')}</summary>
            <pre>{result.raw}</pre>
          </details>
          {result.historyNotKept && (
            <p id="import-history-not-kept" class="history-not-kept" role="status">
              {historyNotKeptText(t, result.historyNotKept, true)}
            </p>
          )}
        </div>
      )}
      {problem && <DiagnosisView problem={problem} lang={lang} host={new URL(school.origin).host} />}
      {problem?.historyNotKept && (
        <p id="import-history-not-kept" class="history-not-kept" role="status">
          {historyNotKeptText(t, problem.historyNotKept, false)}
        </p>
      )}
    </section>
  );
}
