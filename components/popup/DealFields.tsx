import { createT, type Lang } from '@/components/shared/i18n';
import { DEAL_STATUSES } from '@/utils/import-params';
import type { RememberedOffer } from '@/utils/messages';
import { describedBy, FieldIssues } from './ImportFieldIssues';
import type { TestImportForm } from './use-test-import-form';

/** A deal's inputs in the test import: offer (the school's remembered codes offered), cost, status, flags. */
export function DealFields({ f, lang, offers }: { f: TestImportForm; lang: Lang; offers: readonly RememberedOffer[] }) {
  const t = createT(lang);
  const issues = (field: string) => <FieldIssues field={field} issuesFor={f.issuesFor} lang={lang} />;
  return (
    <>
      <label for="import-offer">{t('testImport.offerCode')}</label>
      <input
        id="import-offer"
        list="import-offer-codes"
        value={f.form.offerCode}
        onInput={f.set('offerCode')}
        {...describedBy(f.issuesFor, 'deal.offer_code', 'deal')}
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
      <input id="import-cost" value={f.form.cost} onInput={f.set('cost')} {...describedBy(f.issuesFor, 'deal.deal_cost')} />
      {f.cost?.ok && (
        <p class="muted" id="import-cost-read">
          {t('testImport.costRead', { amount: f.cost.amount, currency: f.cost.currency ?? 'RUB' })}
        </p>
      )}
      {issues('deal.deal_cost')}
      <label for="import-status">{t('testImport.status')}</label>
      <select id="import-status" value={f.form.status} onChange={f.set('status')}>
        <option value="">—</option>
        {DEAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {status}
          </option>
        ))}
      </select>
      <label class="choice">
        <input id="import-paid" type="checkbox" checked={f.form.paid} onChange={f.set('paid')} /> {t('testImport.paid')}
      </label>
      <label for="import-deal-number">{t('testImport.dealNumber')}</label>
      <input id="import-deal-number" value={f.form.dealNumber} onInput={f.set('dealNumber')} />
      <label class="choice">
        <input id="import-multiple" type="checkbox" checked={f.form.multiple} onChange={f.set('multiple')} /> {t('testImport.multiple')}
      </label>
    </>
  );
}
