/**
 * A school's address names one host: `https://*.example.com` (or any host with a character no
 * host name has) is refused by the stored school's schema, the messages that name a school's
 * address and the background's save, so the browser is never asked for a wildcard host and no
 * content script is registered on one (own domains are granted one at a time). Schools an earlier
 * version saved at such an address are forgotten by the layout-3 migration, with what was stored
 * for them, instead of making the whole list unreadable.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { CONTRACT } from '@/utils/contract';
import { keyFor, listSchools, saveSchool } from '@/entrypoints/background/school-store';
import { UI_TO_BG } from '@/utils/message-names';
import { schoolOrigin } from '@/entrypoints/background/storage/items';
import { vaultSchoolIds } from '@/entrypoints/background/storage/key-vault';
import { forgetMigrationRun, SCHEMA_VERSION_KEY } from '@/entrypoints/background/storage/migrate';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';
const REFUSED = ['https://*.example.com', 'https://a*b.example.com', 'https://a_b.example.com', 'https://example.com.'];
const TAKEN = ['https://school.example.com', 'https://xn--80aswg.xn--p1ai', 'https://school.getcourse.ru'];

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory();
  background.main();
});

describe('the schemas', () => {
  it.each(REFUSED)('refuse %s as a school address, stored or in a message', (origin) => {
    expect(schoolOrigin.safeParse(origin).success).toBe(false);
    expect(CONTRACT[UI_TO_BG.listHistory].request.safeParse({ type: UI_TO_BG.listHistory, origin }).success).toBe(false);
    expect(CONTRACT[UI_TO_BG.listOffers].request.safeParse({ type: UI_TO_BG.listOffers, origin }).success).toBe(false);
  });

  it.each(TAKEN)('take %s', (origin) => {
    expect(schoolOrigin.safeParse(origin).success).toBe(true);
    expect(CONTRACT[UI_TO_BG.listHistory].request.safeParse({ type: UI_TO_BG.listHistory, origin }).success).toBe(true);
  });
});

describe('the background', () => {
  it.each(['https://*.example.com', 'https://a*b.example.com', 'https://A%2ab.example.com/'])(
    'refuses to save a school at %s, and keeps no key for it',
    async (origin) => {
      const reply = await deliver({ type: UI_TO_BG.saveSchool, name: 'Школа', origin, remember: true, key: KEY }, POPUP);
      expect(reply).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
      expect(await listSchools()).toEqual([]);
      expect(await vaultSchoolIds()).toEqual([]);
      expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(KEY);
    },
  );

  it('saves a school at an IDN address, in punycode', async () => {
    const reply = await deliver(
      { type: UI_TO_BG.saveSchool, name: 'Школа', origin: 'https://xn--80aswg.xn--p1ai', remember: false },
      POPUP,
    );
    expect(reply).toMatchObject({ ok: true, school: { origin: 'https://xn--80aswg.xn--p1ai' } });
  });
});

describe('a wildcard school an earlier version saved', () => {
  it('is forgotten with its key, check, history and export counts; the other schools stay readable', async () => {
    const kept = await saveSchool({ name: 'Школа', origin: 'https://school.getcourse.ru', remember: true }, KEY);
    const wild = await saveSchool({ name: 'Все поддомены', origin: 'https://wild.example.com', remember: true }, KEY);
    const moved = await saveSchool({ name: 'Переехала', origin: 'https://moved.example.com' });
    // Storage as layout 2 left it, when `*` still passed.
    const stored = await fakeBrowser.storage.local.get('schools');
    const schools = (stored.schools as Record<string, unknown>[]).map((school) =>
      school.id === wild.id
        ? { ...school, origin: 'https://*.example.com' }
        : school.id === moved.id
          ? { ...school, keyDroppedFrom: 'https://*.moved.example.com' }
          : school,
    );
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 2,
      schools,
      [`last-check:${wild.id}`]: { origin: 'https://*.example.com' },
      'history:*.example.com': [{ id: 'h', target: '/pl/api/users', request: { params: { user: { email: 'x@example.com' } } } }],
      'export-calls:*.example.com': [1],
    });
    await fakeBrowser.storage.session.set({ [`school-key:${wild.id}`]: KEY });
    forgetMigrationRun(); // a worker of the new version starts

    expect((await listSchools()).map((s) => [s.id, s.origin, s.keyDroppedFrom])).toEqual([
      [kept.id, 'https://school.getcourse.ru', undefined],
      [moved.id, 'https://moved.example.com', undefined],
    ]);
    expect(await keyFor(kept.id)).toBe(KEY);
    expect(await vaultSchoolIds()).toEqual([kept.id]);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toContain('*');
    expect(local).not.toContain(wild.id);
    expect(await fakeBrowser.storage.session.get(`school-key:${wild.id}`)).toEqual({});
    expect((await fakeBrowser.storage.local.get(SCHEMA_VERSION_KEY))[SCHEMA_VERSION_KEY]).toBe(3);
  });
});
