import { useState } from 'preact/hooks';
import { createT, type Lang } from '@/utils/i18n';
import type { CheckKeyReply } from '@/utils/messages';

interface Props {
  lang: Lang;
  origin: string;
  onCheck: (key: string) => Promise<CheckKeyReply>;
  render: (reply: CheckKeyReply) => { ok: boolean; text: string };
}

/** The key is held in this component's state only: typed here, sent to the background, forgotten. */
export function KeyCheck({ lang, onCheck, render }: Props) {
  const t = createT(lang);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!key.trim() || busy) return;
    setBusy(true);
    setResult(null);
    setResult(render(await onCheck(key.trim())));
    setBusy(false);
  };

  return (
    <form id="key-check" onSubmit={submit}>
      <label for="api-key">{t('popup.keyLabel')}</label>
      <input id="api-key" type="password" autocomplete="off" spellcheck={false} value={key} onInput={(e) => setKey(e.currentTarget.value)} />
      <p class="muted">{t('popup.keyHint')}</p>
      <button id="check-key" type="submit" disabled={busy}>
        {busy ? t('popup.checking') : t('popup.check')}
      </button>
      {result && (
        <p id="check-result" role="status" class={result.ok ? 'ok' : 'fail'}>
          {result.text}
        </p>
      )}
    </form>
  );
}
