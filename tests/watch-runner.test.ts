// @vitest-environment node
/**
 * entrypoints/background/watch/runner.ts against the sandbox over real HTTPS, with WXT's fake
 * browser (alarms, notifications, storage) and a clock of the test's own: a watched school whose
 * key the sandbox deletes gives exactly one notification after the retry that confirms it, and one
 * more when the key works again; what a run cannot judge, it neither tells nor spends requests on.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { removeSchool, saveSchool } from '@/entrypoints/background/school-store';
import { exportCallsOf, watchNotifiedItem, watchOf } from '@/entrypoints/background/storage/items';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import { NOTIFICATIONS_PER_HOUR, RETRY_AFTER_MS } from '@/entrypoints/background/watch/judge';
import { notificationIdFor, reconcileWatchAlarms, runWatch, setWatchPeriod } from '@/entrypoints/background/watch/runner';
import { useSandbox } from './sandbox/sandbox-helpers';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the sandbox's throwaway certificate, this process only

const sandbox = useSandbox();
const origin = () => `https://127.0.0.1:${sandbox.httpsPort}`;
const host = () => `127.0.0.1:${sandbox.httpsPort}`;

let at = Date.UTC(2026, 11, 7, 9, 0);
const clock = () => at;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetMigrationRun();
  background.main();
  await fakeBrowser.permissions.request({ origins: ['https://127.0.0.1/*'] }); // the admin granted this "own domain"
  at = Date.UTC(2026, 11, 7, 9, 0);
  vi.spyOn(fakeBrowser.notifications, 'create');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function watchedSchool(key = sandbox.keys.readWrite): Promise<string> {
  const { id } = await saveSchool({ name: 'Школа', origin: origin() }, key);
  await setWatchPeriod(id, '6h');
  return id;
}
/** Notifications on screen now (the browser lists their ids only). */
const notifications = async () => Object.keys(await fakeBrowser.notifications.getAll());
/** What each notification said, in the order shown. */
const said = () =>
  vi.mocked(fakeBrowser.notifications.create).mock.calls.map((call) => {
    const [id, options] = call as unknown as [string, { title: string; message: string }];
    return { id, ...options };
  });

describe('a watched school', () => {
  it('gets its alarm with its period, and loses it when the watch is turned off', async () => {
    const id = await watchedSchool();
    expect(await fakeBrowser.alarms.get(`watch:${id}`)).toMatchObject({ periodInMinutes: 360 });
    await setWatchPeriod(id, null);
    expect(await fakeBrowser.alarms.get(`watch:${id}`)).toBeUndefined();
    expect((await watchOf(id).get()).period).toBeNull();
  });

  it('whose key the sandbox deletes: one notification after the confirming retry, one more when it works again', async () => {
    const id = await watchedSchool();
    expect(await runWatch(id, clock)).toEqual({ kind: 'judged', told: null }); // the first run only sets the state
    const requestsPerRun = sandbox.apiCalls().length;
    expect(requestsPerRun).toBeLessThanOrEqual(4);

    sandbox.deleteKey(sandbox.keys.readWrite);
    at += 6 * 60 * 60_000;
    expect(await runWatch(id, clock)).toEqual({ kind: 'judged', told: null });
    expect(await fakeBrowser.alarms.get(`watch-retry:${id}`)).toMatchObject({ scheduledTime: at + RETRY_AFTER_MS });
    expect(await notifications()).toHaveLength(0);

    at += RETRY_AFTER_MS;
    expect(await runWatch(id, clock)).toMatchObject({ kind: 'judged', told: { step: 'key', to: 'fail', problem: 'wrong-key' } });
    expect(await notifications()).toEqual([notificationIdFor(id)]);
    expect(said()).toEqual([
      expect.objectContaining({
        id: notificationIdFor(id),
        title: `Подключение ${host()} к Albato сломалось`,
        message: expect.stringContaining('API-ключ: GetCourse не принял ключ, который раньше работал.'),
      }),
    ]);

    at += 6 * 60 * 60_000;
    await fakeBrowser.notifications.clear(notificationIdFor(id));
    expect(await runWatch(id, clock)).toEqual({ kind: 'judged', told: null }); // unchanged: nothing new
    expect(await notifications()).toHaveLength(0);

    sandbox.reset();
    at += 6 * 60 * 60_000;
    expect(await runWatch(id, clock)).toMatchObject({ told: { step: 'key', to: 'pass' } });
    expect(said().map((n) => n.title)).toEqual([
      `Подключение ${host()} к Albato сломалось`,
      `Подключение ${host()} к Albato снова работает`,
    ]);
    expect((await watchOf(id).get()).state.changes.map((c) => `${c.step}:${c.to}`)).toEqual(['key:fail', 'key:pass']);
  });

  it('offline: judges nothing, tells nothing, sends nothing', async () => {
    const id = await watchedSchool();
    vi.stubGlobal('navigator', { onLine: false });
    expect(await runWatch(id, clock)).toEqual({ kind: 'not-judged', reason: 'offline' });
    expect(sandbox.apiCalls()).toEqual([]);
    expect((await watchOf(id).get()).state.lastRunAt).toBe(at);
  });

  it('spends no export call once the extension has used its share of the window', async () => {
    const id = await watchedSchool();
    await exportCallsOf(host()).set([at - 60_000, at - 50_000, at - 40_000, at - 30_000, at - 20_000]);
    expect(await runWatch(id, clock)).toEqual({ kind: 'not-judged', reason: 'budget' });
    expect(sandbox.apiCalls()).toEqual([]);
  });

  it('never runs two checks of one school at once', async () => {
    const id = await watchedSchool();
    const [first, second] = await Promise.all([runWatch(id, clock), runWatch(id, clock)]);
    expect([first, second].map((r) => r.kind).sort()).toEqual(['judged', 'not-judged']);
    expect([first, second]).toContainEqual({ kind: 'not-judged', reason: 'busy' });
  });

  it('forgotten between alarm and run: its alarms and watch go, nothing is sent', async () => {
    const id = await watchedSchool();
    await removeSchool(id);
    expect(await runWatch(id, clock)).toEqual({ kind: 'not-judged', reason: 'no-school' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(sandbox.apiCalls()).toEqual([]);
  });

  it(`shows at most ${NOTIFICATIONS_PER_HOUR} notifications an hour for all schools; the state still changes`, async () => {
    const id = await watchedSchool();
    await runWatch(id, clock);
    await watchNotifiedItem.set(Array.from({ length: NOTIFICATIONS_PER_HOUR }, (_, i) => at - i * 60_000));
    sandbox.deleteKey(sandbox.keys.readWrite);
    at += 60_000;
    await runWatch(id, clock);
    at += RETRY_AFTER_MS;
    expect(await runWatch(id, clock)).toEqual({ kind: 'judged', told: null });
    expect(said()).toEqual([]);
    expect((await watchOf(id).get()).state.steps.key?.status).toBe('fail');
  });
});

describe('alarms after a restart or an update', () => {
  it('a watched school without its alarm gets it back; an alarm of a forgotten school goes; others are left alone', async () => {
    const id = await watchedSchool();
    await fakeBrowser.alarms.clear(`watch:${id}`);
    await fakeBrowser.alarms.create('watch:gone-school', { periodInMinutes: 360 });
    await fakeBrowser.alarms.create('someone-else', { periodInMinutes: 5 });
    await reconcileWatchAlarms();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['someone-else', `watch:${id}`]);
  });
});
