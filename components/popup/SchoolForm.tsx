import { createT, type Lang } from '@/components/shared/i18n';
import type { SchoolView } from '@/utils/messages';
import { useSchoolForm, type SchoolDraft } from './use-school-form';

// Callers name the draft where they name the form.
export type { SchoolDraft };

/**
 * A school's name, address and key. The key is typed here only (an extension page), goes to the
 * background once and is shown masked from then on. A school's own domain needs the host
 * permission, asked from this click before anything is saved (custom domains one at a time).
 * `keyKeptFor`: the school has a key, saved for this address; an empty key field keeps it, unless
 * the address changes (the background then drops it, and the form says so before Save).
 */
export function SchoolForm({
  lang,
  draft,
  keyRequired,
  keyKeptFor,
  onSaved,
}: {
  lang: Lang;
  draft: SchoolDraft;
  keyRequired: boolean;
  keyKeptFor?: string;
  onSaved: (school: SchoolView) => void;
}) {
  const t = createT(lang);
  const s = useSchoolForm({ lang, draft, keyKeptFor, onSaved });
  return (
    <form id="school-form" onSubmit={s.submit}>
      <label for="school-name">{t('check.name')}</label>
      <input id="school-name" value={s.name} onInput={(e) => s.setName(e.currentTarget.value)} maxLength={200} />
      <label for="school-origin">{t('check.address')}</label>
      <input
        id="school-origin"
        value={s.origin}
        onInput={(e) => s.typeOrigin(e.currentTarget.value)}
        spellcheck={false}
        {...(s.originIssue ? { 'aria-invalid': true, 'aria-describedby': 'issue-school-origin' } : {})}
      />
      {s.originIssue && (
        <p class="fail field-issue" data-field="school-origin" id="issue-school-origin" role="alert">
          {t(`check.${s.originIssue}`)}
        </p>
      )}
      {s.address?.domainKind === 'custom' && <p class="muted">{t('check.customDomainAccess')}</p>}
      <SchoolKeyField s={s} lang={lang} keyRequired={keyRequired} keyKeptFor={keyKeptFor} />
      <button id="save-school" type="submit" disabled={s.busy}>
        {t('check.save')}
      </button>
      {s.error && (
        <p id="school-error" class="fail" role="alert">
          {s.error}
        </p>
      )}
    </form>
  );
}

/** The key (typed once, never shown back), whether a kept one stays or drops, and "remember". */
function SchoolKeyField({
  s,
  lang,
  keyRequired,
  keyKeptFor,
}: {
  s: ReturnType<typeof useSchoolForm>;
  lang: Lang;
  keyRequired: boolean;
  keyKeptFor?: string;
}) {
  const t = createT(lang);
  return (
    <>
      <label for="api-key">{t('check.key')}</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={s.key}
        required={keyRequired}
        onInput={(e) => s.setKey(e.currentTarget.value)}
      />
      <p class="muted">{t('check.keyHint')}</p>
      {keyKeptFor !== undefined && s.keyDropsFrom === null && <p class="muted">{t('check.keyKeep')}</p>}
      {s.keyDropsFrom !== null && (
        <p id="key-will-drop" class="fail" role="status">
          {t('check.keyWillDrop', { from: s.keyDropsFrom })}
        </p>
      )}
      <label class="choice">
        <input id="remember-key" type="checkbox" checked={s.remember} onChange={(e) => s.setRemember(e.currentTarget.checked)} />{' '}
        {t('check.remember')}
      </label>
    </>
  );
}
