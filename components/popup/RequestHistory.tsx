import { useEffect, useState } from 'preact/hooks';
import { diagnose } from '@/components/shared/diagnosis';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import { sendToBackground } from '@/components/shared/send';
import type { HistoryEntry } from '@/utils/history-entry';

/**
 * The school's last 100 test requests (issue 6): time, target, outcome, duration; a failed one can
 * be edited and sent again; the list downloads as JSON (no key is ever in it) and can be cleared.
 */
export function RequestHistory({
  lang,
  origin,
  version,
  onResend,
}: {
  lang: Lang;
  origin: string;
  version: number;
  onResend: (entry: HistoryEntry) => void;
}) {
  const t = createT(lang);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [status, setStatus] = useState('');
  const load = () =>
    void sendToBackground({ type: UI_TO_BG.listHistory, origin }).then((reply) => setEntries(reply.ok ? reply.entries : []));
  useEffect(load, [origin, version]);

  const clear = async () => {
    await sendToBackground({ type: UI_TO_BG.clearHistory, origin });
    setStatus(t('history.cleared'));
    load();
  };

  return (
    <section id="request-history" aria-labelledby="request-history-title">
      <h2 id="request-history-title">{t('history.title')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('history.empty')}</p>
      ) : (
        <ul class="history">
          {entries.map((entry) => (
            <HistoryRow key={entry.id} entry={entry} lang={lang} onResend={onResend} />
          ))}
        </ul>
      )}
      <p>
        <button
          type="button"
          class="secondary"
          id="history-export"
          disabled={entries.length === 0}
          onClick={() => downloadHistory(origin, entries)}
        >
          {t('history.export')}
        </button>
        <button type="button" class="secondary" id="history-clear" disabled={entries.length === 0} onClick={() => void clear()}>
          {t('history.clear')}
        </button>{' '}
        <span role="status" class="muted">
          {status}
        </span>
      </p>
    </section>
  );
}

/** One request: outcome, time, target, what came back, duration; "send again" on a failed one. */
function HistoryRow({ entry, lang, onResend }: { entry: HistoryEntry; lang: Lang; onResend: (entry: HistoryEntry) => void }) {
  const t = createT(lang);
  return (
    <li data-outcome={entry.outcome} data-kind={entry.request.kind}>
      <span class={entry.outcome === 'ok' ? 'ok' : 'fail'}>{entry.outcome === 'ok' ? '✓' : '✗'}</span>{' '}
      <span class="muted">{new Date(entry.at).toLocaleTimeString(lang)}</span> <code class="target">{entry.target.slice(0, 120)}</code>{' '}
      <span class="summary">{summaryOf(entry, lang)}</span>
      {entry.ms !== undefined && <span class="muted"> · {t('check.ms', { ms: entry.ms })}</span>}
      {entry.outcome === 'fail' && (
        <button type="button" class="small resend" onClick={() => onResend(entry)}>
          {t('history.resend')}
        </button>
      )}
    </li>
  );
}

/** The one line in the popup's language: the catalogue title of a failure, the import's result; else what came back. */
function summaryOf(entry: HistoryEntry, lang: Lang): string {
  const t = createT(lang);
  if (entry.problem) return `${diagnose(entry.problem, { lang }).title}${entry.problem.raw ? ` — ${entry.problem.raw.slice(0, 120)}` : ''}`;
  const r = entry.result;
  if (!r) return entry.summary;
  const user =
    r.userId !== null
      ? t('testImport.resultUser', {
          id: r.userId,
          status: r.userStatus === 'added' ? t('testImport.statusAdded') : (r.userStatus ?? '?'),
        })
      : '';
  const deal = r.dealId !== null ? t('testImport.resultDeal', { id: r.dealId, number: r.dealNumber ?? '—' }) : '';
  return [user, deal].filter(Boolean).join('; ') || entry.summary;
}

/** The list as a JSON file (no key is ever in it), named after the school's host. */
function downloadHistory(origin: string, entries: HistoryEntry[]) {
  const blob = new Blob([JSON.stringify({ school: origin, exportedAt: new Date().toISOString(), entries }, null, 2)], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `gc-albato-history-${new URL(origin).hostname}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
