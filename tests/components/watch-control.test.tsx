/**
 * Keep watch in the settings page (issue 21, parts 1 and 3), below the browser: turning a watch on
 * asks for notifications from the same click and sets its alarm; a school whose key is kept only
 * for the session is offered to remember it first; a broken school says since when and where, with
 * its changes. Messages reach the real router, storage and alarms are WXT's fake browser.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { handleMessage } from '@/entrypoints/background/router';
import { listSchools, saveSchool } from '@/entrypoints/background/school-store';
import { watchOf } from '@/entrypoints/background/storage/items';
import { EMPTY_WATCH_STATE } from '@/entrypoints/background/watch/judge';
import { OPTIONS_SENDER, resetOptionsPage } from './options-page-setup';
import { createT } from '@/components/shared/i18n';

const OPTIONS = OPTIONS_SENDER;
const ru = createT('ru');
const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';

beforeEach(() => {
  resetOptionsPage();
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never); // the fake's type says void; the browser's says granted or not
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
});

async function rowOf(schoolId: string): Promise<HTMLElement> {
  return waitFor(() => {
    const row = document.querySelector<HTMLElement>(`li[data-school-id="${schoolId}"] .watch`);
    if (!row) throw new Error('the watch is not drawn yet');
    return row;
  });
}

it('turns a watch on from the select (asking for notifications in the same click) and off again', async () => {
  const user = userEvent.setup();
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const watch = await rowOf(school.id);
  const select = watch.querySelector('select')!;
  await user.selectOptions(select, ru('watch.periods.daily'));
  expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  await waitFor(async () => expect(await fakeBrowser.alarms.get(`watch:${school.id}`)).toMatchObject({ periodInMinutes: 24 * 60 }));
  await waitFor(() => expect(watch.textContent).toContain(ru('watch.unknown')));
  expect((await watchOf(school.id).get()).period).toBe('daily');

  await user.selectOptions(select, ru('watch.periods.off'));
  await waitFor(async () => expect(await fakeBrowser.alarms.get(`watch:${school.id}`)).toBeUndefined());
  expect((await watchOf(school.id).get()).period).toBeNull();
});

it('says when the browser refused notifications, and watches all the same', async () => {
  const user = userEvent.setup();
  vi.mocked(fakeBrowser.permissions.request).mockResolvedValue(false as never);
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  await user.selectOptions((await rowOf(school.id)).querySelector('select')!, ru('watch.periods.weekly'));
  await screen.findByText(ru('watch.notificationsDenied'));
  expect((await watchOf(school.id).get()).period).toBe('weekly');
});

it('a notification prompt left open does not leave the watch unset', async () => {
  const user = userEvent.setup();
  vi.mocked(fakeBrowser.permissions.request).mockReturnValue(new Promise(() => {}) as never);
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  await user.selectOptions((await rowOf(school.id)).querySelector('select')!, ru('watch.periods.6h'));
  await waitFor(async () => expect((await watchOf(school.id).get()).period).toBe('6h'));
});

it('a key kept for the session only: the select waits, and one press remembers the key and watches daily', async () => {
  const user = userEvent.setup();
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: false }, KEY);
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const watch = await rowOf(school.id);
  expect(watch.querySelector('select')!.disabled).toBe(true);
  expect(watch.textContent).toContain(ru('watch.needsRemember'));
  await user.click(watch.querySelector<HTMLButtonElement>('button.remember-and-watch')!);
  await waitFor(async () => expect((await watchOf(school.id).get()).period).toBe('daily'));
  expect((await listSchools())[0]!.remember).toBe(true);
});

it('the background refuses to watch a school whose key is not remembered', async () => {
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: false }, KEY);
  expect(await handleMessage({ type: 'ui-to-bg/set-watch', schoolId: school.id, period: 'daily' }, OPTIONS)).toMatchObject({
    ok: false,
    problem: { code: 'wrong-key' },
  });
  expect(await fakeBrowser.alarms.getAll()).toEqual([]);
});

it('a broken school: since when and where, its changes counted in Russian, and the check open when a notification named it', async () => {
  const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
  const since = Date.UTC(2026, 11, 7, 9, 0);
  await watchOf(school.id).set({
    period: '6h',
    state: {
      ...EMPTY_WATCH_STATE,
      steps: { address: { status: 'pass', since }, key: { status: 'fail', since, problem: 'wrong-key' } },
      changes: [{ at: since, step: 'key', to: 'fail', problem: 'wrong-key' }],
      lastRunAt: since,
    },
  });
  location.hash = `#school=${school.id}`;
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const watch = await rowOf(school.id);
  const when = new Date(since).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
  expect(watch.querySelector('.watch-state')!.textContent).toContain(ru('watch.broken', { when, step: ru('watch.steps.key') }));
  expect(watch.querySelector('.watch-changes summary')!.textContent).toBe(ru('watch.changes', { n: 1 }));
  expect(ru('watch.changes', { n: 1 })).not.toBe(ru('watch.changes', { n: 5 })); // plural forms, not one string
  expect(document.querySelector<HTMLDetailsElement>(`li[data-school-id="${school.id}"] details.check`)!.open).toBe(true);
});

it('copies schools at a glance as a key-free report, and the same as JSON', async () => {
  const user = userEvent.setup();
  const yoga = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
  await saveSchool({ name: 'Танцы', origin: 'https://dance.getcourse.ru', remember: false }, `${KEY}2`);
  const since = Date.UTC(2026, 11, 7, 9, 0);
  await watchOf(yoga.id).set({
    period: 'daily',
    state: { ...EMPTY_WATCH_STATE, steps: { key: { status: 'fail', since, problem: 'wrong-key' } }, lastRunAt: since },
  });
  const copied = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  await user.click(await screen.findByRole('button', { name: ru('watch.copyReport') }));
  await screen.findByText(ru('watch.reportCopied'));
  const text = copied.mock.calls[0]![0];
  const at = new Date(since).toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
  expect(text.split('\n').sort()).toEqual(
    [
      `Йога — https://yoga.getcourse.ru: ${ru('watch.broken', { when: at, step: ru('watch.steps.key') })} (${ru('watch.periods.daily')}; ${ru('watch.lastRun', { when: at })})`,
      `Танцы — https://dance.getcourse.ru: ${ru('watch.notWatched')}`,
    ].sort(),
  );
  expect(text).not.toContain(KEY.slice(-8));
  const { watchReportJson } = await import('@/components/options/watch-report');
  const { listWatchesReply } = await import('@/entrypoints/background/watch/handlers');
  const reply = await listWatchesReply();
  const json = watchReportJson(
    (await listSchools()).map((s) => ({ ...s, maskedKey: null })),
    Object.fromEntries((reply.ok ? reply.watches : []).map((w) => [w.schoolId, w])),
    new Date(since),
  );
  expect(JSON.parse(json)).toMatchObject({
    exportedAt: new Date(since).toISOString(),
    schools: expect.arrayContaining([expect.objectContaining({ name: 'Йога' })]),
  });
  expect(json).not.toContain(KEY.slice(-8));
});
