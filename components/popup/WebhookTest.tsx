import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildCallRequest, checkCallTarget, LOCALHOST_CALLS_ALLOWED, permissionPattern, type CallMethod } from '@/utils/call-url-request';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG, type CallUrlAnswer, type Problem } from '@/utils/messages';
import { historyNotKeptText } from '@/components/shared/history-note';
import { isAlbatoWebhook } from '@/utils/process-url';
import { sendToBackground } from '@/components/shared/send';
import { answerMeaningKey } from '@/components/shared/webhook-answer';
import { DiagnosisView } from './DiagnosisView';

export interface WebhookDraft {
  template: string;
  method: CallMethod;
  sample: 'user' | 'deal';
  /** the process whose «Вызвать URL» block asked for this call ("Test this URL" in the editor) */
  fromProcess?: string;
}

type Result = { answer: CallUrlAnswer } | { problem: Problem } | null;

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
  const [template, setTemplate] = useState(draft?.template ?? '');
  const [method, setMethod] = useState<CallMethod>(draft?.method ?? 'GET');
  const [sample, setSample] = useState<'user' | 'deal'>(draft?.sample ?? 'user');
  const [seen, setSeen] = useState<{ processId: string; url: string; kind: 'user' | 'deal' | null }[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);
  const sendButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void sendToBackground({ type: UI_TO_BG.listCallUrls, origin }).then((reply) => setSeen(reply.ok ? reply.urls : []));
  }, [origin]);
  useEffect(() => {
    if (!draft) return;
    setTemplate(draft.template);
    setMethod(draft.method);
    setSample(draft.sample);
    setResult(null);
    // A call from the editor waits for one decision: Send is where the focus goes.
    if (draft.fromProcess) sendButton.current?.focus();
  }, [draft]);

  const built = template.trim() ? buildCallRequest(template, method, sample) : null;
  const target = built?.ok ? checkCallTarget(built.request.url, LOCALHOST_CALLS_ALLOWED) : null;

  const send = () => {
    if (busy || !built?.ok || !target) return;
    if (!target.ok) return setResult({ problem: { code: 'insecure-target', raw: built.request.url.slice(0, 300) } });
    // Asked inside the click, before any await; an origin already granted is answered at once.
    const access = browser.permissions.request({ origins: [permissionPattern(target.origin)] });
    setBusy(true);
    setResult(null);
    void (async () => {
      try {
        if (!(await access)) return setResult({ problem: { code: 'needs-permission', raw: target.origin } });
        const reply = await sendToBackground({ type: UI_TO_BG.testWebhook, origin, template: template.trim(), method, kind: sample });
        setResult(reply.ok ? { answer: reply.answer } : { problem: reply.problem });
        onSent();
      } finally {
        setBusy(false);
      }
    })();
  };

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
        value={template}
        spellcheck={false}
        placeholder="https://h.albato.ru/wh/…"
        onInput={(e) => setTemplate(e.currentTarget.value)}
      />
      {seen.length > 0 ? (
        <select
          id="webhook-seen"
          aria-label={t('webhook.seen')}
          onChange={(e) => {
            const picked = seen[Number(e.currentTarget.value)];
            if (picked) {
              setTemplate(picked.url);
              if (picked.kind) setSample(picked.kind);
            }
          }}
        >
          <option value="">{t('webhook.seen')}</option>
          {seen.map((s, i) => (
            <option key={i} value={i}>
              {t('webhook.seenOption', { processId: s.processId, url: s.url.slice(0, 80) })}
            </option>
          ))}
        </select>
      ) : (
        <p class="muted">{t('webhook.seenNone')}</p>
      )}
      <p>
        <label class="choice inline">
          {t('webhook.method')}{' '}
          <select id="webhook-method" value={method} onChange={(e) => setMethod(e.currentTarget.value === 'POST' ? 'POST' : 'GET')}>
            <option value="GET">GET</option>
            <option value="POST">POST</option>
          </select>
        </label>
      </p>
      <fieldset class="choices">
        <legend>{t('webhook.sample')}</legend>
        {(['user', 'deal'] as const).map((kind) => (
          <label class="choice inline" key={kind}>
            <input type="radio" name="webhook-sample" value={kind} checked={sample === kind} onChange={() => setSample(kind)} />{' '}
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
      <button id="webhook-send" ref={sendButton} type="button" disabled={busy || !built?.ok} onClick={send}>
        {busy ? t('webhook.sending') : t('webhook.send')}
      </button>
      {result && 'answer' in result && (
        <div id="webhook-answer" role="status" data-status={result.answer.status}>
          <p>
            <strong>{t('callTest.status', { status: result.answer.status, ms: result.answer.ms })}</strong> —{' '}
            {t(answerMeaningKey(result.answer.status, isAlbatoWebhook(template)), { status: result.answer.status })}
          </p>
          <details>
            <summary>{t('webhook.headers')}</summary>
            <table class="headers">
              <tbody>
                {result.answer.headers.map(([name, value], i) => (
                  <tr key={i}>
                    <th>{name}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {result.answer.body && <pre class="answer-body">{result.answer.body}</pre>}
          {result.answer.historyNotKept && (
            <p id="webhook-history-not-kept" class="history-not-kept" role="status">
              {historyNotKeptText(t, result.answer.historyNotKept, true)}
            </p>
          )}
        </div>
      )}
      {result && 'problem' in result && <DiagnosisView problem={result.problem} lang={lang} host={new URL(origin).host} />}
      {result && 'problem' in result && result.problem.historyNotKept && (
        <p id="webhook-history-not-kept" class="history-not-kept" role="status">
          {historyNotKeptText(t, result.problem.historyNotKept, false)}
        </p>
      )}
    </section>
  );
}
