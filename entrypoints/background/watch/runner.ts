/**
 * Keep watch (issue 21): the alarms that wake the worker for a watched school, and one run of its
 * watch. The worker wakes only from these alarms; a run is the connection check's steps that cost
 * the school nothing (the check never imports), judged by judge.ts, told by notice.ts.
 *
 * Bounds (issue 21, "Performance and budget" and "Bad input"):
 * - a run makes at most 4 requests (address, key, the write probe that writes nothing, the rights
 *   page when this browser has a session there), one of them an export call;
 * - it spends that export call only while the extension's own calls in GetCourse's window stay under
 *   WATCH_EXPORT_SHARE of the limit (counted with every other use, as the check does); otherwise the
 *   run judges nothing;
 * - never two checks of one school at once: the check refuses a second (`busy`), which judges nothing;
 * - a school forgotten between alarm and run, or whose watch was turned off, loses its alarms;
 * - notifications: one per school per confirmed change, and NOTIFICATIONS_PER_HOUR for all.
 */
import { browser } from 'wxt/browser';
import { EXPORT_BUDGET, exportCallsUsed, type CheckReport } from '@/utils/connection-check';
import { browserLang } from '@/utils/i18n-core';
import { startConnectionCheck } from '../connection-check';
import { listSchools } from '../school-store';
import { loadSettings } from '../settings-store';
import { exportCallsOf, watchNotifiedItem, watchOf } from '../storage/items';
import { allowed, judgeRun } from './judge';
import type { WatchChange } from '@/utils/watch';
import { noticeFor } from './notice';
import { WATCH_PERIOD_MINUTES, type WatchPeriod } from '@/utils/watch';

const PERIODIC = 'watch:';
const RETRY = 'watch-retry:';
/** A watch run spends its export call only while the extension's calls in the window are under this share of the limit. */
export const WATCH_EXPORT_SHARE = 0.05;
/** Longest a run may take, all its requests together. */
const RUN_TIMEOUT_MS = 60_000;
/** The first run after the watch is turned on comes this soon, so the admin's state is known. */
const FIRST_RUN_DELAY_MIN = 1;

/** Asked each time: the browser may go offline while a run waits for its answers. */
const offline = (): boolean => typeof navigator !== 'undefined' && !navigator.onLine;

export const notificationIdFor = (schoolId: string) => `watch:${schoolId}`;

/** The school an alarm of ours is for, or null for any other alarm. */
export function watchedSchoolOf(alarmName: string): string | null {
  for (const prefix of [PERIODIC, RETRY]) if (alarmName.startsWith(prefix)) return alarmName.slice(prefix.length) || null;
  return null;
}

async function clearAlarms(schoolId: string): Promise<void> {
  await Promise.all([browser.alarms.clear(PERIODIC + schoolId), browser.alarms.clear(RETRY + schoolId)]);
}

/** Turns a school's watch on (with its period) or off (null), and its alarms with it. */
export async function setWatchPeriod(schoolId: string, period: WatchPeriod | null): Promise<void> {
  await watchOf(schoolId).update((record) => ({ ...record, period }));
  await clearAlarms(schoolId);
  if (period)
    await browser.alarms.create(PERIODIC + schoolId, {
      delayInMinutes: FIRST_RUN_DELAY_MIN,
      periodInMinutes: WATCH_PERIOD_MINUTES[period],
    });
}

/**
 * At startup and after an update: every watched saved school has its alarm with its period, and
 * no alarm of ours outlives its school or watch (browsers may drop alarms on restart).
 */
export async function reconcileWatchAlarms(): Promise<void> {
  const schools = new Set((await listSchools()).map((s) => s.id));
  for (const alarm of await browser.alarms.getAll()) {
    const id = watchedSchoolOf(alarm.name);
    if (id && !schools.has(id)) await browser.alarms.clear(alarm.name);
  }
  for (const id of schools) {
    const { period } = await watchOf(id).get();
    const alarm = await browser.alarms.get(PERIODIC + id);
    if (!period) {
      if (alarm) await clearAlarms(id);
    } else if (alarm?.periodInMinutes !== WATCH_PERIOD_MINUTES[period]) {
      await browser.alarms.create(PERIODIC + id, { delayInMinutes: FIRST_RUN_DELAY_MIN, periodInMinutes: WATCH_PERIOD_MINUTES[period] });
    }
  }
}

/** What a run did, for tests and the log: judged (maybe telling a change), or why it judged nothing. */
export type RunOutcome =
  | { kind: 'judged'; told: WatchChange | null }
  | { kind: 'not-judged'; reason: 'no-school' | 'not-watched' | 'offline' | 'budget' | 'busy' | 'no-key' | 'failed' };

/** One run of a school's watch, for the alarm `alarmName` woke the worker with. */
export async function runWatch(schoolId: string, now: () => number = Date.now): Promise<RunOutcome> {
  const school = (await listSchools()).find((s) => s.id === schoolId);
  if (!school) {
    await clearAlarms(schoolId);
    await watchOf(schoolId).remove();
    return { kind: 'not-judged', reason: 'no-school' };
  }
  const record = await watchOf(schoolId).get();
  if (!record.period) {
    await clearAlarms(schoolId);
    return { kind: 'not-judged', reason: 'not-watched' };
  }
  const skip = async (reason: Extract<RunOutcome, { kind: 'not-judged' }>['reason']): Promise<RunOutcome> => {
    await watchOf(schoolId).update((r) => ({ ...r, state: { ...r.state, lastRunAt: now() } }));
    return { kind: 'not-judged', reason };
  };
  if (offline()) return skip('offline');
  const used = exportCallsUsed(await exportCallsOf(new URL(school.origin).host).get(), now());
  if (used >= EXPORT_BUDGET.limit * WATCH_EXPORT_SHARE) return skip('budget');

  const started = await startConnectionCheck(schoolId, { signal: AbortSignal.timeout(RUN_TIMEOUT_MS), onStep: () => {}, clock: now });
  if (!started.ok) return skip(started.problem.code === 'busy' ? 'busy' : 'no-key');
  let report: CheckReport;
  try {
    report = await started.report;
  } catch {
    return skip('failed');
  }
  const { next, notify, retryAt } = judgeRun(record.state, { at: now(), steps: report.steps, offline: offline() });
  await watchOf(schoolId).update((r) => ({ ...r, state: next }));
  if (retryAt !== null) await browser.alarms.create(RETRY + schoolId, { when: retryAt });
  // The key passed in this watch until now: a refusal reads as a deleted key (B.3), even when the
  // check's own memory of it was reset by the run that first saw the refusal.
  const keyWorkedBefore = record.state.steps.key?.status === 'pass' || report.keyAcceptedBefore;
  const told = notify && (await tell(school.origin, schoolId, notify, report, keyWorkedBefore, now())) ? notify : null;
  return { kind: 'judged', told };
}

async function tell(
  origin: string,
  schoolId: string,
  change: WatchChange,
  report: CheckReport,
  keyWorkedBefore: boolean,
  at: number,
): Promise<boolean> {
  // The cap for all schools, counted before showing: a burst after sleep shows at most the cap.
  let fits = false;
  await watchNotifiedItem.update((shown) => {
    const recent = shown.filter((t) => at - t < 60 * 60_000 && t <= at);
    fits = allowed(recent, at);
    return fits ? [...recent, at] : recent;
  });
  if (!fits || !browser.notifications) return false;
  const settings = await loadSettings();
  const lang = settings.lang === 'auto' ? browserLang() : settings.lang;
  const problem = report.steps.find((s) => s.id === change.step)?.problem;
  const { title, message } = noticeFor(lang, new URL(origin).host, change, problem, keyWorkedBefore);
  await browser.notifications.create(notificationIdFor(schoolId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
  return true;
}

/** A click on a watch's notification opens the school in the settings page, at its watch and check. */
function openSchoolOf(notificationId: string): void {
  if (!notificationId.startsWith('watch:')) return;
  const schoolId = notificationId.slice('watch:'.length);
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#school=${encodeURIComponent(schoolId)}`) });
  void browser.notifications.clear(notificationId);
}

/** Listens for clicks on our notifications once the browser has the API (the permission is optional). */
export function listenToNotificationClicks(): void {
  const clicked = browser.notifications?.onClicked;
  if (clicked && !clicked.hasListener(openSchoolOf)) clicked.addListener(openSchoolOf);
}
