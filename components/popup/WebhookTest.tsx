import { createT, type Lang } from '@/components/shared/i18n';
import { PROCESS_KINDS } from '@/utils/process-url';
import { useWebhookTest, type SeenCallUrl, type WebhookDraft } from './use-webhook-test';
import { WebhookAnswer } from './WebhookAnswer';

// Callers name the draft where they name the view.
export type { WebhookDraft };

/**
 * One-click webhook test (issue 6): an Albato URL pasted or picked from the school's processes, a
 * sample user or order, the request exactly as a GetCourse process would send it, then the answer.
 * Access to the webhook's host is asked from the Send click; only https goes out.
 */
export function WebhookTest({
  lang,
  origin,
  draft,
  onSent,
}: {
  lang: Lang;
  origin: string;
  draft: WebhookDraft | null;
  onSent: () => void;
}) {
  const t = createT(lang);
  const w = useWebhookTest({ origin, draft, onSent });
  const { built, target, sendButton } = w;
  return (
    <section id="webhook-test" aria-labelledby="webhook-test-title">
      <h2 id="webhook-test-title">{t('webhook.title')}</h2>
      {draft?.fromProcess && (
        <p id="webhook-from-page" class="from-page" role="note">
          {t('webhook.fromPage', { processId: draft.fromProcess })}
        </p>
      )}
      <label for="webhook-url">{t('webhook.url')}</label>
      <input
        id="webhook-url"
        value={w.template}
        spellcheck={false}
        placeholder="https://h.albato.ru/wh/…"
        onInput={(e) => w.setTemplate(e.currentTarget.value)}
      />
      <SeenCallUrls seen={w.seen} lang={lang} onPick={w.pick} />
      <p>
        <label class="choice inline">
          {t('webhook.method')}{' '}
          <select id="webhook-method" value={w.method} onChange={(e) => w.setMethod(e.currentTarget.value === 'POST' ? 'POST' : 'GET')}>
            <option value="GET">GET</option>
            <option value="POST">POST</option>
          </select>
        </label>
      </p>
      <fieldset class="choices">
        <legend>{t('webhook.sample')}</legend>
        {PROCESS_KINDS.map((kind) => (
          <label class="choice inline" key={kind}>
            <input type="radio" name="webhook-sample" value={kind} checked={w.sample === kind} onChange={() => w.setSample(kind)} />{' '}
            {t(kind === 'user' ? 'webhook.sampleUser' : 'webhook.sampleDeal')}
          </label>
        ))}
      </fieldset>
      {built && !built.ok && <p class="fail">{t('callTest.invalid')}</p>}
      {built?.ok && (
        <>
          <pre id="webhook-preview">{`${built.request.method} ${built.request.url}`}</pre>
          <p class="muted">{t('callTest.noBody')}</p>
          {target?.ok && <p class="muted">{t('webhook.accessAsked', { origin: target.origin })}</p>}
        </>
      )}
      <button id="webhook-send" ref={sendButton} type="button" disabled={w.busy || !built?.ok} onClick={w.send}>
        {w.busy ? t('webhook.sending') : t('webhook.send')}
      </button>
      <WebhookAnswer result={w.result} template={w.template} lang={lang} origin={origin} />
    </section>
  );
}

/** The call URLs the school's processes use, to pick one instead of pasting it. */
function SeenCallUrls({ seen, lang, onPick }: { seen: SeenCallUrl[]; lang: Lang; onPick: (picked: SeenCallUrl | undefined) => void }) {
  const t = createT(lang);
  if (seen.length === 0) return <p class="muted">{t('webhook.seenNone')}</p>;
  return (
    <select id="webhook-seen" aria-label={t('webhook.seen')} onChange={(e) => onPick(seen[Number(e.currentTarget.value)])}>
      <option value="">{t('webhook.seen')}</option>
      {seen.map((s, i) => (
        <option key={i} value={i}>
          {t('webhook.seenOption', { processId: s.processId, url: s.url.slice(0, 80) })}
        </option>
      ))}
    </select>
  );
}
