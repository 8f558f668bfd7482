import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listOffers, rememberOffers } from '@/entrypoints/background/offer-store';
import { processKind, schoolFields } from '@/entrypoints/background/process-store';
import { loadSettings, saveSettings } from '@/entrypoints/background/settings-store';
import { listSchools } from '@/entrypoints/background/school-store';
import { historyOf, offersOf, processKindsOf, settingsItem } from '@/entrypoints/background/storage/items';
import { ensureMigrated, forgetMigrationRun, migrate, SCHEMA_VERSION_KEY } from '@/entrypoints/background/storage/migrate';
import { MIGRATIONS, processKindsWithSeenAt, type Migration } from '@/entrypoints/background/storage/migrations';

const LATEST = Math.max(...MIGRATIONS.map((m) => m.to));
const storedVersion = async () => (await fakeBrowser.storage.local.get(SCHEMA_VERSION_KEY))[SCHEMA_VERSION_KEY];

/** Migrations that record the order they ran in. */
function recordingMigrations(versions: number[], ran: number[], failOnce?: number): Migration[] {
  let failed = false;
  return versions.map((to) => ({
    to,
    why: `test ${to}`,
    run: vi.fn(async () => {
      if (to === failOnce && !failed) {
        failed = true;
        throw new Error('worker stopped');
      }
      ran.push(to);
    }),
  }));
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun(); // every test starts like a freshly started worker
});

describe('versioned migrations', () => {
  it('a fresh install runs no migration and records the latest version', async () => {
    const run = vi.spyOn(processKindsWithSeenAt, 'run');
    expect(await loadSettings()).toEqual({ standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' });
    expect(run).not.toHaveBeenCalled();
    expect(await storedVersion()).toBe(LATEST);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [SCHEMA_VERSION_KEY]: LATEST });
  });

  it('moves layout-1 data (no version stored) to today’s layout, leaving the rest readable', async () => {
    const run = vi.spyOn(processKindsWithSeenAt, 'run');
    await fakeBrowser.storage.local.set({
      settings: { standard: 'gost-7.79-b', lang: 'en' },
      'offers:school.getcourse.ru': { '1001': { id: '1001', title: 'Курс', code: 'c-1', price: '', seenAt: 5 } },
      'process-kinds:school.getcourse.ru': { '102': 'deal', '7': 'user', '9': 'admin' },
      'school-fields:school.getcourse.ru': { user: ['Город'], deal: null },
    });

    expect(await processKind('school.getcourse.ru', '102')).toBe('deal');
    expect(run).toHaveBeenCalledTimes(1);
    expect(await storedVersion()).toBe(LATEST);
    expect((await fakeBrowser.storage.local.get('process-kinds:school.getcourse.ru'))['process-kinds:school.getcourse.ru']).toEqual({
      '102': { kind: 'deal', seenAt: 0 },
      '7': { kind: 'user', seenAt: 0 },
    });
    expect(await processKind('school.getcourse.ru', '7')).toBe('user');
    expect(await loadSettings()).toEqual({ standard: 'gost-7.79-b', lang: 'en', testDomain: 'example.com' });
    expect((await listOffers('school.getcourse.ru')).map((o) => o.code)).toEqual(['c-1']);
    expect(await schoolFields('school.getcourse.ru')).toEqual({ user: ['Город'], deal: null });

    forgetMigrationRun(); // a restarted worker finds today's version and runs nothing again
    await loadSettings();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs exactly the missing migrations, in order, once', async () => {
    const ran: number[] = [];
    const migrations = recordingMigrations([4, 2, 3], ran); // listed out of order on purpose
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: 2, settings: {} });
    await migrate(migrations);
    expect(ran).toEqual([3, 4]);
    expect(await storedVersion()).toBe(4);
    await migrate(migrations);
    expect(ran).toEqual([3, 4]);
    expect(migrations.map((m) => (m.run as ReturnType<typeof vi.fn>).mock.calls.length)).toEqual([1, 0, 1]);
  });

  it('resumes after a stop halfway: the finished step is not run again', async () => {
    const ran: number[] = [];
    const migrations = recordingMigrations([2, 3, 4], ran, 3);
    await fakeBrowser.storage.local.set({ settings: {} });
    await expect(migrate(migrations)).rejects.toThrow('worker stopped');
    expect(await storedVersion()).toBe(2);
    await migrate(migrations);
    expect(ran).toEqual([2, 3, 4]);
    expect(await storedVersion()).toBe(4);
  });

  it('does nothing when the stored version is newer than this code knows (a downgrade)', async () => {
    const run = vi.spyOn(processKindsWithSeenAt, 'run');
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: 99, settings: { standard: 'gost-7.79-b', lang: 'en' } });
    expect(await loadSettings()).toEqual({ standard: 'gost-7.79-b', lang: 'en', testDomain: 'example.com' });
    expect(run).not.toHaveBeenCalled();
    expect(await storedVersion()).toBe(99);
  });

  it('runs once per worker lifetime, however many reads start at the same moment', async () => {
    await fakeBrowser.storage.local.set({ settings: {} });
    const run = vi.spyOn(processKindsWithSeenAt, 'run');
    await Promise.all([loadSettings(), listOffers('a.getcourse.ru'), listSchools(), ensureMigrated()]);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('typed items', () => {
  it.each([
    ['settings of the wrong type', 'settings', { standard: 42, lang: 'en' }],
    ['offers that are not a record', 'offers:school.getcourse.ru', ['x']],
    ['process kinds with an unknown kind', 'process-kinds:school.getcourse.ru', { '1': { kind: 'admin', seenAt: 1 } }],
    ['field titles that are not strings', 'school-fields:school.getcourse.ru', { user: [1, 2], deal: null }],
    ['schools without an origin', 'schools', [{ id: 'a', name: 'A', remember: false, addedAt: 1 }]],
  ])('falls back to the default on %s, without throwing', async (_name, key, value) => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: LATEST, [key]: value });
    expect(await loadSettings()).toEqual({ standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' });
    expect(await listOffers('school.getcourse.ru')).toEqual([]);
    expect(await processKind('school.getcourse.ru', '1')).toBeNull();
    expect(await schoolFields('school.getcourse.ru')).toEqual({ user: null, deal: null });
    expect(await listSchools()).toEqual([]);
  });

  it('keeps each valid setting when another one is missing', async () => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: LATEST, settings: { lang: 'en' } });
    expect(await loadSettings()).toEqual({ standard: 'icao-9303', lang: 'en', testDomain: 'example.com' });
  });

  it('refuses to write what a later read would reject', async () => {
    await expect(saveSettings({ standard: 'bgn', lang: 'en' } as never)).rejects.toThrow();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('hands out copies of the fallback, so a caller cannot change the default', async () => {
    const first = await settingsItem.get();
    first.lang = 'en';
    expect(await settingsItem.get()).toEqual({ standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' });
  });

  it('loses no update when two pages report at the same moment', async () => {
    const offer = (id: string) => ({ id, title: `Offer ${id}`, code: `c${id}`, price: '' });
    await Promise.all([
      rememberOffers('s.getcourse.ru', [offer('1')]),
      rememberOffers('s.getcourse.ru', [offer('2')]),
      rememberOffers('s.getcourse.ru', [offer('3')]),
    ]);
    expect(Object.keys(await offersOf('s.getcourse.ru').get()).sort()).toEqual(['1', '2', '3']);
  });

  it('a removal waits for an update in flight, so the update cannot write the value back', async () => {
    const history = historyOf('s.getcourse.ru');
    const entry = { id: 'h1', at: 1, target: '/pl/api/users', outcome: 'ok' as const, summary: 'added' };
    const updating = history.update((list) => [{ ...entry, request: { kind: 'import', endpoint: 'users', params: {} } }, ...list]);
    const removing = history.remove(); // "forget the school" while a test import is being written
    await Promise.all([updating, removing]);
    expect(await fakeBrowser.storage.local.get(history.key)).toEqual({});
  });

  it('drops the oldest process kinds, not the lowest ids, past 2 000', async () => {
    // The highest ids are the oldest here: key order would have dropped '1'.
    const known = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [String(i + 1), { kind: 'user' as const, seenAt: 10_000 - i }]),
    );
    await processKindsOf('s.getcourse.ru').set(known);
    await processKind('s.getcourse.ru', '5000', 'deal', 20_000);
    const after = await processKindsOf('s.getcourse.ru').get();
    expect(Object.keys(after)).toHaveLength(2000);
    expect(after['2000']).toBeUndefined();
    expect(after['1']?.kind).toBe('user');
    expect(after['5000']?.kind).toBe('deal');
  });
});

describe('one door to browser.storage', () => {
  const roots = ['utils', 'entrypoints', 'components'];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('nothing outside entrypoints/background/storage reads or writes browser.storage directly', () => {
    const offenders = roots
      .flatMap(files)
      .filter((path) => !path.startsWith(join('entrypoints', 'background', 'storage')))
      .filter((path) => /\b(browser|chrome)\.storage\b|wxt\/utils\/storage/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
