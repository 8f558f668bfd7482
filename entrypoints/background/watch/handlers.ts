/** The pages' view of the watch (issue 21, part 3): every school's state, and turning a watch on or off. */
import { browser } from 'wxt/browser';
import type { WatchesReply, WatchReply } from '@/utils/messages';
import type { WatchPeriod, WatchView } from '@/utils/watch';
import { listSchools, type School } from '../school-store';
import { watchOf } from '../storage/items';
import { healthOf } from './judge';
import { setWatchPeriod } from './runner';

async function viewOf(school: School): Promise<WatchView> {
  const { period, state } = await watchOf(school.id).get();
  const alarm = period ? await browser.alarms.get(`watch:${school.id}`) : undefined;
  return {
    schoolId: school.id,
    period,
    health: healthOf(state),
    lastRunAt: state.lastRunAt,
    nextRunAt: alarm?.scheduledTime ?? null,
    changes: state.changes,
    keyRemembered: school.remember,
  };
}

export async function listWatchesReply(): Promise<WatchesReply> {
  const schools = await listSchools();
  return { ok: true, watches: await Promise.all(schools.map(viewOf)) };
}

/** A watch needs the key remembered on this device: a session key is gone after the browser restarts. */
export async function setWatchReply(schoolId: string, period: WatchPeriod | null): Promise<WatchReply> {
  const school = (await listSchools()).find((s) => s.id === schoolId);
  if (!school) return { ok: false, problem: { code: 'bad-request', raw: 'unknown school' } };
  if (period && !school.remember) return { ok: false, problem: { code: 'wrong-key', raw: 'the key is not remembered on this device' } };
  await setWatchPeriod(schoolId, period);
  return { ok: true, watch: await viewOf(school) };
}
