import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { permissionPattern } from '@/utils/call-url-request';
import { explainProblem } from '@/components/shared/diagnosis';
import type { Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import { sendToBackground } from '@/components/shared/send';

type OriginIssue = 'addressInvalid' | 'addressWildcard';

export interface SchoolDraft {
  id?: string;
  name: string;
  origin: string;
  remember: boolean;
}

/**
 * The school form's state and transitions (no JSX): the name, address, key and "remember" typed,
 * the address they read as, whether a kept key would drop, and the save.
 */
export function useSchoolForm({
  lang,
  draft,
  keyKeptFor,
  onSaved,
}: {
  lang: Lang;
  draft: SchoolDraft;
  keyKeptFor?: string;
  onSaved: (school: SchoolView) => void;
}) {
  const [name, setName] = useState(draft.name);
  const [origin, setOrigin] = useState(draft.origin);
  const [key, setKey] = useState('');
  const [remember, setRemember] = useState(draft.remember);
  const save = useSchoolSave(lang, draft, onSaved);
  const address = schoolFromUrl(origin.trim());
  return {
    name,
    setName,
    origin,
    typeOrigin: (typed: string) => (setOrigin(typed), save.setOriginIssue(null)),
    key,
    setKey,
    remember,
    setRemember,
    address,
    /** the address the kept key was saved for, when an empty key field and a new address will drop it */
    keyDropsFrom: keyKeptFor !== undefined && key.trim() === '' && address !== null && address.origin !== keyKeptFor ? keyKeptFor : null,
    busy: save.busy,
    error: save.error,
    originIssue: save.originIssue,
    submit: (event: Event) => save.submit(event, { name, origin, key, remember, address }, () => setKey('')),
  };
}

/** Saving: the host permission a custom domain needs, asked from the click, then the background's answer. */
function useSchoolSave(lang: Lang, draft: SchoolDraft, onSaved: (school: SchoolView) => void) {
  const [error, setError] = useState('');
  /** Why the typed address is not a school's, shown under the field after Save. */
  const [originIssue, setOriginIssue] = useState<OriginIssue | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (
    event: Event,
    typed: { name: string; origin: string; key: string; remember: boolean; address: SchoolAddress | null },
    clearKey: () => void,
  ) => {
    event.preventDefault();
    const { address, key } = typed;
    if (busy) return;
    if (!address) {
      // A wildcard (typed, or as %2A) would ask the browser for many hosts at once: said as such.
      setError('');
      return setOriginIssue(/\*|%2a/i.test(typed.origin) ? 'addressWildcard' : 'addressInvalid');
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
          name: typed.name.trim() || address.host,
          origin: address.origin,
          remember: typed.remember,
          ...(key.trim() ? { key: key.trim() } : {}),
        });
        if (!reply.ok) return setError(explainProblem(lang, reply.problem));
        clearKey();
        setError('');
        onSaved(reply.school);
      } finally {
        setBusy(false);
      }
    })();
  };
  return { error, originIssue, setOriginIssue, busy, submit };
}
