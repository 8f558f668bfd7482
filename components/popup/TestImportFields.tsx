import { createT, type Lang } from '@/components/shared/i18n';
import type { RememberedOffer } from '@/utils/messages';
import { DealFields } from './DealFields';
import { describedBy, FieldIssues } from './ImportFieldIssues';
import type { TestImportForm } from './use-test-import-form';

/** The test import's inputs: the kind of import, the user's fields, a deal's when it is one, "refresh". */
export function TestImportFields({ f, lang, offers }: { f: TestImportForm; lang: Lang; offers: readonly RememberedOffer[] }) {
  const t = createT(lang);
  const issues = (field: string) => <FieldIssues field={field} issuesFor={f.issuesFor} lang={lang} />;
  return (
    <>
      <fieldset class="choices">
        <legend>{t('testImport.kind')}</legend>
        {(['users', 'deals'] as const).map((kind) => (
          <label class="choice inline" key={kind}>
            <input type="radio" name="import-kind" value={kind} checked={f.endpoint === kind} onChange={() => f.chooseEndpoint(kind)} />{' '}
            {t(kind === 'users' ? 'testImport.user' : 'testImport.deal')}
          </label>
        ))}
      </fieldset>
      <label for="import-email">{t('testImport.email')}</label>
      <input id="import-email" value={f.form.email} onInput={f.set('email')} {...describedBy(f.issuesFor, 'user.email')} />
      {issues('user.email')}
      <TestDomainField f={f} lang={lang} />
      <label for="import-first-name">{t('testImport.firstName')}</label>
      <input id="import-first-name" value={f.form.firstName} onInput={f.set('firstName')} />
      <label for="import-phone">{t('testImport.phone')}</label>
      <input id="import-phone" value={f.form.phone} onInput={f.set('phone')} {...describedBy(f.issuesFor, 'user.phone')} />
      {issues('user.phone')}
      <label for="import-groups">{t('testImport.groups')}</label>
      <input id="import-groups" value={f.form.groups} onInput={f.set('groups')} {...describedBy(f.issuesFor, 'user.group_name')} />
      {issues('user.group_name')}
      <label for="import-fields">{t('testImport.fields')}</label>
      <textarea
        id="import-fields"
        rows={2}
        value={f.form.fields}
        onInput={f.set('fields')}
        {...describedBy(f.issuesFor, 'user.addfields')}
      />
      {issues('user.addfields')}
      {f.endpoint === 'deals' && <DealFields f={f} lang={lang} offers={offers} />}
      <label class="choice">
        <input id="import-refresh" type="checkbox" checked={f.form.refresh} onChange={f.set('refresh')} /> {t('testImport.refresh')}
      </label>
    </>
  );
}

/** The domain of test addresses and "New test address", which stamps a fresh one on it. */
function TestDomainField({ f, lang }: { f: TestImportForm; lang: Lang }) {
  const t = createT(lang);
  return (
    <>
      <label for="import-domain">{t('testImport.domain')}</label>
      <span class="inline-row">
        <input
          id="import-domain"
          value={f.domain.value}
          onInput={(e) => f.domain.type(e.currentTarget.value)}
          {...(f.domain.invalid ? { 'aria-invalid': true, 'aria-describedby': 'issue-test-domain' } : {})}
        />{' '}
        <button type="button" class="secondary small" id="import-new-address" onClick={() => void f.newAddress()}>
          {t('testImport.newAddress')}
        </button>
      </span>
      {f.domain.invalid && (
        <p class="fail field-issue" data-field="test-domain" id="issue-test-domain">
          {t('testImport.domainInvalid')}
        </p>
      )}
    </>
  );
}
