import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { permissionPattern } from '@/utils/call-url-request';
import { explainProblem } from '@/components/shared/diagnosis';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG, type SchoolView } from '@/utils/messages';
import { schoolFromUrl } from '@/utils/school';
import { sendToBackground } from '@/components/shared/send';

export interface SchoolDraft {
  id?: string;
  name: string;
  origin: string;
  remember: boolean;
}

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
  const [name, setName] = useState(draft.name);
  const [origin, setOrigin] = useState(draft.origin);
  const [key, setKey] = useState('');
  const [remember, setRemember] = useState(draft.remember);
  const [error, setError] = useState('');
  /** Why the typed address is not a school's, shown under the field after Save. */
  const [originIssue, setOriginIssue] = useState<'addressInvalid' | 'addressWildcard' | null>(null);
  const [busy, setBusy] = useState(false);
  const address = schoolFromUrl(origin.trim());
  const keyWillDrop = keyKeptFor !== undefined && key.trim() === '' && address !== null && address.origin !== keyKeptFor;

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!address) {
      // A wildcard (typed, or as %2A) would ask the browser for many hosts at once: said as such.
      setError('');
      return setOriginIssue(/\*|%2a/i.test(origin) ? 'addressWildcard' : 'addressInvalid');
    }
    setOriginIssue(null);
    // permissions.request must run inside the click, before any await.
    const access =
      address.domainKind === 'custom'
        ? browser.permissions.request({ origins: [permissionPattern(address.origin)] })
        : Promise.resolve(true);
    setBusy(true);
    void (async () => {
      try {
        if (!(await access)) return setError(explainProblem(lang, { code: 'needs-permission', raw: address.origin }));
        const reply = await sendToBackground({
          type: UI_TO_BG.saveSchool,
          ...(draft.id ? { id: draft.id } : {}),
          name: name.trim() || address.host,
          origin: address.origin,
          remember,
          ...(key.trim() ? { key: key.trim() } : {}),
        });
        if (!reply.ok) return setError(explainProblem(lang, reply.problem));
        setKey('');
        setError('');
        onSaved(reply.school);
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <form id="school-form" onSubmit={submit}>
      <label for="school-name">{t('check.name')}</label>
      <input id="school-name" value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={200} />
      <label for="school-origin">{t('check.address')}</label>
      <input
        id="school-origin"
        value={origin}
        onInput={(e) => (setOrigin(e.currentTarget.value), setOriginIssue(null))}
        spellcheck={false}
        {...(originIssue ? { 'aria-invalid': true, 'aria-describedby': 'issue-school-origin' } : {})}
      />
      {originIssue && (
        <p class="fail field-issue" data-field="school-origin" id="issue-school-origin" role="alert">
          {t(`check.${originIssue}`)}
        </p>
      )}
      {address?.domainKind === 'custom' && <p class="muted">{t('check.customDomainAccess')}</p>}
      <label for="api-key">{t('check.key')}</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={key}
        required={keyRequired}
        onInput={(e) => setKey(e.currentTarget.value)}
      />
      <p class="muted">{t('check.keyHint')}</p>
      {keyKeptFor !== undefined && !keyWillDrop && <p class="muted">{t('check.keyKeep')}</p>}
      {keyWillDrop && (
        <p id="key-will-drop" class="fail" role="status">
          {t('check.keyWillDrop', { from: keyKeptFor })}
        </p>
      )}
      <label class="choice">
        <input id="remember-key" type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />{' '}
        {t('check.remember')}
      </label>
      <button id="save-school" type="submit" disabled={busy}>
        {t('check.save')}
      </button>
      {error && (
        <p id="school-error" class="fail" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
