import { useState } from 'preact/hooks';
import type { HistoryEntry } from '@/utils/history-entry';
import { readPageCall } from '@/utils/page-call-link';
import type { PopupTab } from './PopupTabs';
import type { ImportDraft } from './TestImport';
import type { WebhookDraft } from './WebhookTest';

/**
 * The requests the popup's forms start from, and the history's version: a call handed over by the
 * process editor's «Test this URL» (popup.html?call=…#webhook, to be confirmed here, where the
 * school's page cannot reach: entrypoints/background/page-calls.ts), or a history entry sent again
 * (`resend` shows its form through `showTab`). `sent` tells the history a request went out.
 */
export function useRequestDrafts(showTab: (tab: PopupTab) => void) {
  const [webhookDraft, setWebhookDraft] = useState<WebhookDraft | null>(() => {
    const call = readPageCall(location.search);
    return call && { template: call.template, method: call.method, sample: call.kind, fromProcess: call.processId };
  });
  const [importDraft, setImportDraft] = useState<ImportDraft | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);

  const sent = () => setHistoryVersion((n) => n + 1);
  const resend = (entry: HistoryEntry) => {
    if (entry.request.kind === 'webhook') {
      setWebhookDraft({ template: entry.request.template, method: entry.request.method, sample: entry.request.sample });
      showTab('webhook');
    } else {
      setImportDraft({ id: entry.id, endpoint: entry.request.endpoint, params: entry.request.params });
      showTab('import');
    }
  };
  return { webhookDraft, importDraft, historyVersion, sent, resend };
}

export type RequestDrafts = ReturnType<typeof useRequestDrafts>;
