import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProcessKind } from '@/utils/process-url';
import { browser } from 'wxt/browser';
import {
  buildCallRequest,
  checkCallTarget,
  LOCALHOST_CALLS_ALLOWED,
  permissionPattern,
  type BuildResult,
  type CallMethod,
  type TargetVerdict,
} from '@/utils/call-url-request';
import { UI_TO_BG } from '@/utils/message-names';
import type { CallUrlAnswer } from '@/utils/messages';
import type { Problem } from '@/utils/problem';
import { sendToBackground } from '@/components/shared/send';

export interface WebhookDraft {
  template: string;
  method: CallMethod;
  sample: ProcessKind;
  /** the process whose «Вызвать URL» block asked for this call ("Test this URL" in the editor) */
  fromProcess?: string;
}

export type WebhookResult = { answer: CallUrlAnswer } | { problem: Problem } | null;
export type SeenCallUrl = { processId: string; url: string; kind: ProcessKind | null };

/**
 * The webhook test's state and transitions (no JSX): the URL, method and sample typed or picked,
 * the request they build, a draft from the process editor loaded over them, and the send.
 */
export function useWebhookTest({ origin, draft, onSent }: { origin: string; draft: WebhookDraft | null; onSent: () => void }) {
  const [template, setTemplate] = useState(draft?.template ?? '');
  const [method, setMethod] = useState<CallMethod>(draft?.method ?? 'GET');
  const [sample, setSample] = useState<ProcessKind>(draft?.sample ?? 'user');
  const seen = useSeenCallUrls(origin);
  const sending = useWebhookSend(origin, onSent);
  const sendButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!draft) return;
    setTemplate(draft.template);
    setMethod(draft.method);
    setSample(draft.sample);
    sending.clear();
    // A call from the editor waits for one decision: Send is where the focus goes.
    if (draft.fromProcess) sendButton.current?.focus();
    // A new draft is the event; `sending` is this hook's own helper, new on every render.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [draft]);

  const built = template.trim() ? buildCallRequest(template, method, sample) : null;
  const target = built?.ok ? checkCallTarget(built.request.url, LOCALHOST_CALLS_ALLOWED) : null;
  /** A URL the school's processes call, picked from the list: its sample follows the process's kind. */
  const pick = (picked: SeenCallUrl | undefined) => {
    if (!picked) return;
    setTemplate(picked.url);
    if (picked.kind) setSample(picked.kind);
  };
  return {
    template,
    setTemplate,
    method,
    setMethod,
    sample,
    setSample,
    seen,
    pick,
    built,
    target,
    sendButton,
    busy: sending.busy,
    result: sending.result,
    send: () => sending.send(built, target, { template: template.trim(), method, kind: sample }),
  };
}

/** The call URLs seen in the school's processes, read once per school. */
function useSeenCallUrls(origin: string) {
  const [seen, setSeen] = useState<SeenCallUrl[]>([]);
  useEffect(() => {
    void sendToBackground({ type: UI_TO_BG.listCallUrls, origin }).then((reply) => setSeen(reply.ok ? reply.urls : []));
  }, [origin]);
  return seen;
}

/** Sending the call: access to the webhook's host asked from the click, then the answer or the problem. */
function useWebhookSend(origin: string, onSent: () => void) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WebhookResult>(null);

  const send = (
    built: BuildResult | null,
    target: TargetVerdict | null,
    call: { template: string; method: CallMethod; kind: ProcessKind },
  ) => {
    if (busy || !built?.ok || !target) return;
    if (!target.ok) return setResult({ problem: { code: 'insecure-target', raw: built.request.url.slice(0, 300) } });
    // Asked inside the click, before any await; an origin already granted is answered at once.
    const access = browser.permissions.request({ origins: [permissionPattern(target.origin)] });
    setBusy(true);
    setResult(null);
    void (async () => {
      try {
        if (!(await access)) return setResult({ problem: { code: 'needs-permission', raw: target.origin } });
        const reply = await sendToBackground({ type: UI_TO_BG.testWebhook, origin, ...call });
        setResult(reply.ok ? { answer: reply.answer } : { problem: reply.problem });
        onSent();
      } finally {
        setBusy(false);
      }
    })();
  };
  return { busy, result, send, clear: () => setResult(null) };
}
