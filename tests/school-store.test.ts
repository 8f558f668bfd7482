import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearAllData,
  keyFor,
  listSchools,
  maskedKeyFor,
  maskedKeysOf,
  maskKey,
  removeSchool,
  saveSchool,
  setRemember,
} from '@/entrypoints/background/school-store';
import { startConnectionCheck } from '@/entrypoints/background/connection-check';
import { importCurlReply, testImportReply } from '@/entrypoints/background/import-handler';
import { loadSettings, saveSettings } from '@/entrypoints/background/settings-store';
import { UI_TO_BG } from '@/utils/message-names';
import { vaultSchoolIds } from '@/entrypoints/background/storage/key-vault';
import { forgetMigrationRun, SCHEMA_VERSION_KEY } from '@/entrypoints/background/storage/migrate';

const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';
const OTHER_KEY = 'gc-api-key-ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210';
const SCHOOL = { name: 'Школа йоги', origin: 'https://yoga.getcourse.ru' };

const dump = async (area: 'local' | 'session') => JSON.stringify(await fakeBrowser.storage[area].get(null));

/** What a browser restart leaves: storage.local and IndexedDB, no session, a new worker. */
async function restartBrowser() {
  await fakeBrowser.storage.session.clear();
  forgetMigrationRun();
}

type SessionAccess = { setAccessLevel(options: { accessLevel: string }): Promise<void> };
const accessLevels: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory(); // an empty extension origin for every test
  // The fake browser leaves setAccessLevel unimplemented and asks tests to supply it.
  accessLevels.length = 0;
  (fakeBrowser.storage.session as unknown as SessionAccess).setAccessLevel = async ({ accessLevel }) => void accessLevels.push(accessLevel);
});

describe('schools', () => {
  it('keeps several schools with their metadata, technical and own domains', async () => {
    const yoga = await saveSchool(SCHOOL, undefined, 1000);
    const own = await saveSchool({ name: 'Своя школа', origin: 'https://learn.example.com/' });
    const io = await saveSchool({ name: 'IO', origin: 'https://Acme.GetCourse.io' });
    expect(yoga).toEqual({
      id: expect.any(String),
      name: 'Школа йоги',
      origin: 'https://yoga.getcourse.ru',
      remember: false,
      addedAt: 1000,
    });
    expect(own.origin).toBe('https://learn.example.com');
    expect(io.origin).toBe('https://acme.getcourse.io');
    expect((await listSchools()).map((s) => s.id)).toEqual([yoga.id, own.id, io.id]);
  });

  it('updates the school already saved at an origin instead of adding a second one', async () => {
    const first = await saveSchool(SCHOOL);
    const again = await saveSchool({ ...SCHOOL, name: 'Йога' });
    expect(again.id).toBe(first.id);
    expect(await listSchools()).toEqual([{ ...first, name: 'Йога' }]);
  });

  it.each([
    ['plain http', { ...SCHOOL, origin: 'http://yoga.getcourse.ru' }],
    ['a path', { ...SCHOOL, origin: 'https://yoga.getcourse.ru/pl/teach' }],
    ['GetCourse itself', { ...SCHOOL, origin: 'https://getcourse.ru' }],
    ['not a URL', { ...SCHOOL, origin: 'yoga' }],
    ['an empty name', { ...SCHOOL, name: '  ' }],
    ['an id it never gave', { ...SCHOOL, id: 'made-up' }],
  ])('refuses %s', async (_name, input) => {
    await expect(saveSchool(input)).rejects.toThrow();
    expect(await listSchools()).toEqual([]);
  });

  it('refuses an empty key and moving a school onto another school’s origin', async () => {
    await expect(saveSchool(SCHOOL, '   ')).rejects.toThrow();
    const a = await saveSchool(SCHOOL);
    await saveSchool({ name: 'B', origin: 'https://b.getcourse.ru' });
    await expect(saveSchool({ id: a.id, name: 'A', origin: 'https://b.getcourse.ru' })).rejects.toThrow('another school');
  });
});

describe('API keys', () => {
  it('keeps a key for this session only by default: storage.session, not IndexedDB', async () => {
    const school = await saveSchool(SCHOOL, ` ${KEY} `);
    expect(await keyFor(school.id)).toBe(KEY);
    expect(await dump('session')).toContain(KEY);
    expect(await vaultSchoolIds()).toEqual([]);
    await restartBrowser();
    expect(await keyFor(school.id)).toBeNull();
    expect(await listSchools()).toEqual([school]); // the school is remembered, its key is not
  });

  it('remembers a key across restarts in IndexedDB when asked, and takes it back out when not', async () => {
    const school = await saveSchool(SCHOOL, KEY);
    expect(await setRemember(school.id, true)).toMatchObject({ remember: true });
    expect(await vaultSchoolIds()).toEqual([school.id]);
    expect(await dump('session')).not.toContain(KEY);
    await restartBrowser();
    expect(await keyFor(school.id)).toBe(KEY);

    expect(await setRemember(school.id, false)).toMatchObject({ remember: false });
    expect(await vaultSchoolIds()).toEqual([]);
    expect(await dump('session')).toContain(KEY);
    expect(await keyFor(school.id)).toBe(KEY);
  });

  it('replaces a key in the place the school keeps it', async () => {
    const school = await saveSchool({ ...SCHOOL, remember: true }, KEY);
    await saveSchool({ id: school.id, ...SCHOOL }, OTHER_KEY);
    expect(await keyFor(school.id)).toBe(OTHER_KEY);
    expect(await dump('session')).not.toContain('gc-api-key');
    expect(await vaultSchoolIds()).toEqual([school.id]);
  });

  it('removing a school forgets its key in storage.session and in IndexedDB', async () => {
    const kept = await saveSchool({ ...SCHOOL, remember: true }, KEY);
    const forgotten = await saveSchool({ name: 'B', origin: 'https://b.getcourse.ru', remember: true }, OTHER_KEY);
    const sessionOnly = await saveSchool({ name: 'C', origin: 'https://c.getcourse.ru' }, OTHER_KEY);
    expect(await removeSchool(forgotten.id)).toBe(true);
    expect(await removeSchool(sessionOnly.id)).toBe(true);
    expect(await vaultSchoolIds()).toEqual([kept.id]);
    expect(await dump('session')).not.toContain(OTHER_KEY);
    expect(await keyFor(forgotten.id)).toBeNull();
    expect(await keyFor(kept.id)).toBe(KEY);
    expect((await listSchools()).map((s) => s.id)).toEqual([kept.id]);
    expect(await removeSchool('no-such-school')).toBe(false);
  });

  it('never writes a key to storage.local, whatever happens', async () => {
    const a = await saveSchool(SCHOOL, KEY);
    const b = await saveSchool({ name: 'B', origin: 'https://b.getcourse.ru', remember: true }, OTHER_KEY);
    await setRemember(a.id, true);
    await setRemember(b.id, false);
    await saveSchool({ id: a.id, name: 'A2', origin: SCHOOL.origin, remember: false });
    await removeSchool(b.id);
    const local = await dump('local');
    expect(local).toContain('yoga.getcourse.ru'); // the dump is real: metadata is there
    expect(local).not.toContain(KEY);
    expect(local).not.toContain(OTHER_KEY);
    expect(local).not.toContain(KEY.slice(10, 30));
  });

  it('pins storage.session to trusted contexts before a key is written there', async () => {
    const school = await saveSchool(SCHOOL);
    expect(accessLevels).toEqual([]); // no key, nothing to protect yet
    await saveSchool({ id: school.id, ...SCHOOL }, KEY);
    expect(accessLevels).toEqual(['TRUSTED_CONTEXTS']);
  });

  it('does not store a key in storage.session when its access level cannot be pinned', async () => {
    (fakeBrowser.storage.session as unknown as SessionAccess).setAccessLevel = async () => Promise.reject(new Error('refused'));
    await expect(saveSchool(SCHOOL, KEY)).rejects.toThrow('refused');
    expect(await dump('session')).not.toContain(KEY);
  });

  it('masks the key of every school in one pass, from the session or the vault, as one by one', async () => {
    const session = await saveSchool({ ...SCHOOL, remember: false }, KEY);
    const remembered = await saveSchool({ name: 'B', origin: 'https://b.getcourse.ru', remember: true }, OTHER_KEY);
    const keyless = await saveSchool({ name: 'C', origin: 'https://c.getcourse.ru' });
    const schools = await listSchools();
    const masked = await maskedKeysOf(schools);
    expect([...masked]).toEqual([
      [session.id, maskKey(KEY)],
      [remembered.id, maskKey(OTHER_KEY)],
      [keyless.id, null],
    ]);
    for (const school of schools) expect(masked.get(school.id)).toBe(await maskedKeyFor(school.id));
    await restartBrowser(); // the session key is gone; the remembered one is read from the vault
    expect([...(await maskedKeysOf(await listSchools())).values()]).toEqual([null, maskKey(OTHER_KEY), null]);
  });

  it('answers null for the key of an unknown school, and for setRemember on one', async () => {
    expect(await keyFor('nobody')).toBeNull();
    expect(await setRemember('nobody', true)).toBeNull();
    expect(await maskedKeyFor('nobody')).toBeNull();
  });
});

describe('a key belongs to its address', () => {
  const MOVED = 'https://pilates.getcourse.ru';

  it.each([
    ['kept for the session', false],
    ['remembered on the device', true],
  ])('a key %s is dropped when the address changes without a new key, and the school says where from', async (_where, remember) => {
    const school = await saveSchool({ ...SCHOOL, remember }, KEY);
    const moved = await saveSchool({ id: school.id, name: school.name, origin: MOVED });
    expect(moved).toMatchObject({ id: school.id, origin: MOVED, remember, keyDroppedFrom: SCHOOL.origin });
    expect(await keyFor(school.id)).toBeNull();
    expect(await maskedKeyFor(school.id)).toBeNull();
    expect(await vaultSchoolIds()).toEqual([]);
    expect(await dump('session')).not.toContain(KEY);
    expect(await listSchools()).toEqual([moved]);
    await restartBrowser(); // a remembered key does not come back either
    expect(await keyFor(school.id)).toBeNull();
  });

  it('a new key in the same save is the one kept, and it ends the note', async () => {
    const school = await saveSchool(SCHOOL, KEY);
    await saveSchool({ id: school.id, name: school.name, origin: MOVED });
    const withKey = await saveSchool({ id: school.id, name: school.name, origin: MOVED }, OTHER_KEY);
    expect(withKey.keyDroppedFrom).toBeUndefined();
    expect(await keyFor(school.id)).toBe(OTHER_KEY);

    const movedAgain = await saveSchool({ id: school.id, name: school.name, origin: SCHOOL.origin }, KEY);
    expect(movedAgain).not.toHaveProperty('keyDroppedFrom');
    expect(await keyFor(school.id)).toBe(KEY);
    expect(await dump('session')).not.toContain(OTHER_KEY);
  });

  it('keeps the key when the address stays: a new name, "remember" switched, the address typed differently', async () => {
    const school = await saveSchool(SCHOOL, KEY);
    await saveSchool({ id: school.id, name: 'Йога', origin: SCHOOL.origin });
    await setRemember(school.id, true);
    await saveSchool({ id: school.id, name: 'Йога', origin: 'https://YOGA.getcourse.ru/' });
    expect(await keyFor(school.id)).toBe(KEY);
    expect((await listSchools())[0]).not.toHaveProperty('keyDroppedFrom');
  });

  it('a move that is refused (another school has that address) keeps the key', async () => {
    const school = await saveSchool(SCHOOL, KEY);
    await saveSchool({ name: 'B', origin: MOVED });
    await expect(saveSchool({ id: school.id, name: school.name, origin: MOVED })).rejects.toThrow('another school');
    expect(await keyFor(school.id)).toBe(KEY);
    expect((await listSchools()).find((s) => s.id === school.id)).toEqual(school);
  });

  it('after the move, a check, an import and "copy with key" refuse before anything is sent', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const school = await saveSchool(SCHOOL, KEY);
      await saveSchool({ id: school.id, name: school.name, origin: MOVED });
      const check = await startConnectionCheck(school.id, { signal: new AbortController().signal, onStep: () => {} });
      expect(check).toEqual({ ok: false, problem: { code: 'wrong-key', raw: 'no key saved for this school in this browser' } });
      const params = { user: { email: 'albato-test+202611291000@example.com' } };
      expect(
        await testImportReply({ type: UI_TO_BG.testImport, schoolId: school.id, endpoint: 'users', params, confirmedRisks: [] }),
      ).toMatchObject({ ok: false, problem: { code: 'wrong-key' } });
      expect(await importCurlReply({ type: UI_TO_BG.importCurlWithKey, schoolId: school.id, endpoint: 'users', params })).toMatchObject({
        ok: false,
        problem: { code: 'wrong-key' },
      });
      expect(fetchMock).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('maskKey', () => {
  it('shows the first and last four characters of a long key, never the rest', () => {
    expect(maskKey(KEY)).toBe('gc-a…wxyz');
    expect(maskKey(KEY)).not.toContain(KEY.slice(4, -4));
  });

  it.each(['', 'abc', 'abcdefgh', '0123456789abcde'])('masks a short key (%j) completely', (key) => {
    expect(maskKey(key)).toBe('••••••••');
  });

  it('is what the UI gets for a saved key', async () => {
    const school = await saveSchool(SCHOOL, KEY);
    expect(await maskedKeyFor(school.id)).toBe('gc-a…wxyz');
  });
});

describe('clearAllData', () => {
  it('forgets schools, keys in both places, settings and page details', async () => {
    await saveSchool(SCHOOL, KEY);
    await saveSchool({ name: 'B', origin: 'https://b.getcourse.ru', remember: true }, OTHER_KEY);
    await saveSettings({ standard: 'gost-7.79-b', lang: 'en', testDomain: 'example.com' });

    await clearAllData();
    expect(await listSchools()).toEqual([]);
    expect(await vaultSchoolIds()).toEqual([]);
    expect(await dump('session')).not.toContain('gc-api-key');
    expect(await loadSettings()).toEqual({ standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // The emptied storage is today's layout, so the next worker does not mistake it for layout 1.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [SCHEMA_VERSION_KEY]: expect.any(Number) });
  });
});
