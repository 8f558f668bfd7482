import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createT, type Lang } from '@/components/shared/i18n';
import { sendToBackground } from '@/components/shared/send';
import { UI_TO_BG } from '@/utils/message-names';
import { WATCH_PERIODS, type WatchPeriod, type WatchView } from '@/utils/watch';
import { when } from './watch-report';

/**
 * One school's watch (issue 21, parts 1 and 3): its period, its state at a glance and its last
 * changes. Turning it on asks the browser for notifications from the same click (an optional
 * permission); a school whose key is kept only for the session is offered to remember it first.
 */
export function WatchControl({
  lang,
  watch,
  onRemember,
  onChanged,
}: {
  lang: Lang;
  watch: WatchView;
  /** remembers the school's key on this device, then resolves */
  onRemember: () => Promise<void>;
  onChanged: (watch: WatchView) => void;
}) {
  const t = createT(lang);
  const [note, setNote] = useState('');

  // The browser's question is asked inside the admin's own click or key press, as it requires, but
  // the watch does not wait for its answer: a prompt left open must not leave the watch unset.
  const askNotifications = () =>
    void browser.permissions
      .request({ permissions: ['notifications'] })
      .catch(() => false)
      .then((allowed) => setNote(allowed ? '' : t('watch.notificationsDenied')));
  const setWatch = async (period: WatchPeriod | null) => {
    const reply = await sendToBackground({ type: UI_TO_BG.setWatch, schoolId: watch.schoolId, period });
    if (!reply.ok) return setNote(reply.problem.raw ?? reply.problem.code);
    onChanged(reply.watch);
  };
  const choose = (period: WatchPeriod | null) => {
    if (period) askNotifications();
    void setWatch(period);
  };
  const rememberAndWatch = async () => {
    askNotifications();
    await onRemember();
    await setWatch('daily');
  };

  return (
    <div class="watch" data-watch-school={watch.schoolId}>
      <label>
        {t('watch.label')}{' '}
        <select
          class="watch-period"
          value={watch.period ?? 'off'}
          disabled={!watch.keyRemembered && !watch.period}
          onChange={(e) => choose(e.currentTarget.value === 'off' ? null : (e.currentTarget.value as WatchPeriod))}
        >
          <option value="off">{t('watch.periods.off')}</option>
          {WATCH_PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(`watch.periods.${period}`)}
            </option>
          ))}
        </select>
      </label>
      {!watch.keyRemembered && !watch.period && (
        <p class="muted">
          {t('watch.needsRemember')}{' '}
          <button type="button" class="secondary remember-and-watch" onClick={() => void rememberAndWatch()}>
            {t('watch.rememberAndWatch')}
          </button>
        </p>
      )}
      <WatchState lang={lang} watch={watch} />
      {!watch.period && <p class="muted watch-hint">{t('watch.hint')}</p>}
      {note && <p class="watch-note">{note}</p>}
    </div>
  );
}

/** The watch at a glance: healthy or broken since when, the last and next runs, the last changes. */
function WatchState({ lang, watch }: { lang: Lang; watch: WatchView }) {
  const t = createT(lang);
  const { health } = watch;
  return (
    <>
      {watch.period && (
        <p class="watch-state" role="status">
          <span class={health.kind === 'broken' ? 'fail' : health.kind === 'healthy' ? 'pass' : 'muted'}>
            {health.kind === 'broken'
              ? t('watch.broken', { when: when(lang, health.since), step: t(`watch.steps.${health.step}`) })
              : t(health.kind === 'healthy' ? 'watch.healthy' : 'watch.unknown')}
          </span>
          {watch.lastRunAt !== null && <span class="muted"> · {t('watch.lastRun', { when: when(lang, watch.lastRunAt) })}</span>}
          {watch.nextRunAt !== null && <span class="muted">, {t('watch.nextRun', { when: when(lang, watch.nextRunAt) })}</span>}
        </p>
      )}
      {watch.changes.length > 0 && (
        <details class="watch-changes">
          <summary>{t('watch.changes', { n: watch.changes.length })}</summary>
          <ol>
            {watch.changes.toReversed().map((change) => (
              <li key={`${change.at}-${change.step}`} class={change.to}>
                {t(change.to === 'fail' ? 'watch.changeFail' : 'watch.changePass', {
                  when: when(lang, change.at),
                  step: t(`watch.steps.${change.step}`),
                })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
