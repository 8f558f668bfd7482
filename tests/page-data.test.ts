/**
 * Storage a page can fill (README, Security): what a school's pages can make the background keep
 * is capped per message, per school and in total, and the least recently used school's page data
 * goes first. Messages reach the real background listener as the browser delivers them, from
 * content scripts on many schools' pages.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { recordRequest } from '@/entrypoints/background/history';
import { saveSchool } from '@/entrypoints/background/school-store';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { PAGE_DATA_BUDGET_BYTES, PAGE_DATA_SCHOOL_BYTES, PAGE_DATA_SCHOOLS_MAX } from '@/utils/page-data-limits';
import { storedBytes } from '@/entrypoints/background/storage/size';
import { SCHEMA_VERSION_KEY } from '@/entrypoints/background/storage/migrate';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';

const PAGE_PREFIXES = ['school-fields:', 'offers:', 'process-kinds:', 'call-urls:'];
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

const page = (host: string, path: string, tabId = 7) => ({ id: fakeBrowser.runtime.id, url: `https://${host}${path}`, tab: { id: tabId } });
const fieldPage = (host: string) => page(host, '/pl/logic/context/custom-fields?contextName=UserContext');
const offersPage = (host: string) => page(host, '/pl/sales/offer/index');
const editor = (host: string, processId = 101) => page(host, `/pl/tasks/mission/process?id=${processId}`);

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

/** Page-learned bytes in storage.local, counted from storage itself (not from the extension's index). */
async function pageBytes(): Promise<{ total: number; byHost: Map<string, number> }> {
  const byHost = new Map<string, number>();
  let total = 0;
  for (const [key, value] of Object.entries(await fakeBrowser.storage.local.get(null))) {
    const prefix = PAGE_PREFIXES.find((p) => key.startsWith(p));
    if (!prefix) continue;
    const bytes = storedBytes(key, value);
    total += bytes;
    const host = key.slice(prefix.length);
    byHost.set(host, (byHost.get(host) ?? 0) + bytes);
  }
  return { total, byHost };
}

/** n distinct titles of `length` Cyrillic characters (2 bytes each in UTF-8). */
const titles = (n: number, length: number, tag = '') => Array.from({ length: n }, (_, i) => `${tag}${i}:`.padEnd(length, 'ж'));
const school = (i: number) => `s${String(i).padStart(3, '0')}.getcourse.ru`;

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  background.main();
});

describe('per-message caps: what GetCourse itself allows', () => {
  const url = (length: number) => `https://h.albato.ru/wh/1/x/?q=`.padEnd(length, 'a');
  const offer = (extra: object = {}) => ({ id: '1001', title: 'Курс', code: 'c-1', price: '', ...extra });

  it.each([
    ['a field title of 256 characters', { type: CS_TO_BG.schoolFields, context: 'user', titles: ['я'.repeat(256)] }, fieldPage],
    ['1 001 field titles', { type: CS_TO_BG.schoolFields, context: 'deal', titles: titles(1001, 10) }, fieldPage],
    ['a call URL of 2 049 characters', { type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [url(2049)] }, editor],
    ['an offer title of 256 characters', { type: CS_TO_BG.offersSeen, offers: [offer({ title: 'к'.repeat(256) })] }, offersPage],
  ] as const)('refuses %s, and keeps nothing of it', async (_what, message, sender) => {
    expect(await deliver(message, sender('school.getcourse.ru'))).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    expect((await pageBytes()).total).toBe(0);
  });

  it('accepts what a real page can hold: 1 000 titles of 255 characters, a 2 048-character URL, a 255-character offer title and code', async () => {
    const host = 'school.getcourse.ru';
    const fields = titles(1000, 255);
    expect(await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: fields.slice(0, 400) }, fieldPage(host))).toMatchObject({
      ok: true,
      fields: { user: fields.slice(0, 400) },
    });
    expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [url(2048)] }, editor(host))).toEqual({ ok: true });
    expect(
      await deliver({ type: CS_TO_BG.offersSeen, offers: [offer({ title: 'к'.repeat(255), code: 'c'.repeat(255) })] }, offersPage(host)),
    ).toEqual({ ok: true });
    expect((await deliver({ type: UI_TO_BG.listOffers, origin: `https://${host}` }, POPUP)).offers[0]).toMatchObject({
      title: 'к'.repeat(255),
      code: 'c'.repeat(255),
    });
    // 1 000 titles of 255 Cyrillic characters are about 520 kB: more than one school's share.
    expect(await deliver({ type: CS_TO_BG.schoolFields, context: 'deal', titles: fields }, fieldPage(host))).toMatchObject({
      ok: false,
      problem: { code: 'bad-request', raw: expect.stringContaining('one school') },
    });
    expect(await deliver({ type: CS_TO_BG.schoolFields }, editor(host))).toMatchObject({
      ok: true,
      fields: { user: fields.slice(0, 400), deal: null },
    });
  }, 30_000);
});

describe('one school’s share', () => {
  it('keeps the newest call URLs and offers that fit, and refuses a field list that does not, keeping the one it had', async () => {
    const host = 'hostile.getcourse.ru';
    // 60 processes × 20 URLs of 2 048 characters, padded with `<` (6 bytes each as Chrome counts): about 14 MB.
    for (let p = 0; p < 60; p++) {
      const urls = Array.from({ length: 20 }, (_, i) => `https://h.albato.ru/wh/${p}/${i}/?q=`.padEnd(2048, '<'));
      expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: String(1000 + p), urls }, editor(host, 1000 + p))).toMatchObject({
        ok: true,
      });
    }
    // Then 10 messages of 500 offers, every title and code at 255 characters: about 5 MB.
    for (let round = 0; round < 10; round++) {
      const offers = Array.from({ length: 500 }, (_, i) => ({
        id: String(round * 500 + i + 1),
        title: `${round}-${i}`.padEnd(255, 'я'),
        code: 'c'.repeat(255),
        price: '1'.repeat(100),
      }));
      expect(await deliver({ type: CS_TO_BG.offersSeen, offers }, offersPage(host))).toEqual({ ok: true });
    }
    const { byHost } = await pageBytes();
    expect(byHost.get(host)).toBeLessThanOrEqual(PAGE_DATA_SCHOOL_BYTES);
    const stored = await fakeBrowser.storage.local.get(['offers:hostile.getcourse.ru', 'call-urls:hostile.getcourse.ru']);
    const offerIds = Object.keys(stored['offers:hostile.getcourse.ru'] as object).map(Number);
    expect(Object.keys(stored['call-urls:hostile.getcourse.ru'] as object)).toEqual(['1059']); // the newest process alone fits
    expect(offerIds.length).toBeGreaterThan(0);
    expect(Math.min(...offerIds)).toBeGreaterThan(4500); // only the newest offers, from the last message, in the room left

    expect(await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: titles(1000, 100) }, fieldPage(host))).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(await deliver({ type: CS_TO_BG.schoolFields }, fieldPage(host))).toMatchObject({ ok: true, fields: { user: null, deal: null } });
  }, 30_000);
});

describe('the total budget, least recently used school first', () => {
  it(`a flood of field lists from 40 schools stays under ${PAGE_DATA_BUDGET_BYTES} bytes and evicts the oldest schools first; the admin's own data stays`, async () => {
    // What the admin made: a saved school, settings, a history entry, a report, the export budget.
    const saved = await saveSchool({ name: 'Школа', origin: `https://${school(0)}` }, 'key-0123456789');
    await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'gost-7.79-b', lang: 'en' } }, POPUP);
    await recordRequest(school(0), {
      target: 'https://h.albato.ru/wh/1/',
      outcome: 'ok',
      status: 200,
      summary: 'HTTP 200',
      request: { kind: 'webhook', template: 'https://h.albato.ru/wh/1/', method: 'GET', sample: 'user' },
    });
    await fakeBrowser.storage.local.set({ [`last-check:${saved.id}`]: null, [`export-calls:${school(0)}`]: [1, 2, 3] });
    const admins = Object.fromEntries(
      Object.entries(await fakeBrowser.storage.local.get(null)).filter(
        ([key]) => !PAGE_PREFIXES.some((p) => key.startsWith(p)) && key !== 'page-data-use',
      ),
    );

    const N = 40;
    let most = 0;
    for (let i = 0; i < N; i++) {
      // 1 000 titles of 100 Cyrillic characters: about 200 kB each, under one school's share.
      expect(
        await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: titles(1000, 100, `${i}-`) }, fieldPage(school(i))),
      ).toMatchObject({ ok: true });
      most = Math.max(most, (await pageBytes()).total);
    }
    const { total, byHost } = await pageBytes();
    expect(most).toBeLessThanOrEqual(PAGE_DATA_BUDGET_BYTES);
    const kept = [...byHost.keys()].sort();
    // The newest schools stayed, the oldest went: exactly a suffix of the order they were used in.
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, k) => school(N - kept.length + k)));
    expect(kept.length).toBeGreaterThanOrEqual(4);
    if (process.env.PAGE_DATA_FIGURES) {
      const index = (await fakeBrowser.storage.local.get('page-data-use'))['page-data-use'];
      console.info(
        `flood: ${N} messages of ${storedBytes('x', titles(1000, 100))} B → ${total} B page data kept (${kept.length} schools; most at any time ${most} B), ${N - kept.length} evicted; usage index ${storedBytes('page-data-use', index)} B`,
      );
    }

    // Nothing the admin made was touched, even for evicted schools.
    const after = await fakeBrowser.storage.local.get(Object.keys(admins));
    expect(after).toEqual(admins);
    expect(after[SCHEMA_VERSION_KEY]).toBeDefined();
    expect((await deliver({ type: UI_TO_BG.listHistory, origin: `https://${school(0)}` }, POPUP)).entries).toHaveLength(1);
  }, 30_000);

  it('the school the admin works on survives a flood from other schools, and its own write never evicts it', async () => {
    const admin = 'academy.getcourse.ru';
    const own = titles(300, 40, 'own-');
    await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: own }, fieldPage(admin));
    await deliver({ type: CS_TO_BG.offersSeen, offers: [{ id: '7', title: 'Курс', code: 'course-7', price: '' }] }, offersPage(admin));
    for (let i = 0; i < 30; i++) {
      await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: titles(1000, 100, `${i}-`) }, fieldPage(school(i)));
      // Meanwhile the admin's process editor asks for the school's fields: a use of that school.
      if (i % 3 === 2)
        expect(await deliver({ type: CS_TO_BG.schoolFields }, editor(admin))).toMatchObject({ ok: true, fields: { user: own } });
    }
    const { byHost, total } = await pageBytes();
    expect(total).toBeLessThanOrEqual(PAGE_DATA_BUDGET_BYTES);
    expect(byHost.has(admin)).toBe(true);
    expect(byHost.has(school(0))).toBe(false);
    expect(
      (await deliver({ type: UI_TO_BG.listOffers, origin: `https://${admin}` }, POPUP)).offers.map((o: { code: string }) => o.code),
    ).toEqual(['course-7']);

    // A school used long ago writes while the budget is full: the others make room, not it.
    const quiet = 'quiet.getcourse.ru';
    await fakeBrowser.storage.local.set({ [`offers:${quiet}`]: { '1': { id: '1', title: 'Old', code: 'old', price: '', seenAt: 1 } } });
    await fakeBrowser.storage.local.remove('page-data-use'); // as an older version left it: rebuilt from the items, seenAt 1 = oldest
    expect(
      await deliver({ type: CS_TO_BG.schoolFields, context: 'deal', titles: titles(1000, 100, 'quiet-') }, fieldPage(quiet)),
    ).toMatchObject({ ok: true });
    const after = await pageBytes();
    expect(after.total).toBeLessThanOrEqual(PAGE_DATA_BUDGET_BYTES);
    expect(after.byHost.has(quiet)).toBe(true);
    expect((await fakeBrowser.storage.local.get(`offers:${quiet}`))[`offers:${quiet}`]).toMatchObject({ '1': { code: 'old' } });
  }, 30_000);

  it(`small writes from 500 schools keep at most ${PAGE_DATA_SCHOOLS_MAX} schools, the most recently used`, async () => {
    for (let i = 0; i < 500; i++) {
      await deliver(
        { type: CS_TO_BG.processKind, processId: String(i + 1), kind: 'user' },
        page(school(i), `/pl/tasks/mission/update?id=${i + 1}`),
      );
    }
    const { byHost, total } = await pageBytes();
    expect([...byHost.keys()].sort()).toEqual(
      Array.from({ length: PAGE_DATA_SCHOOLS_MAX }, (_, k) => school(500 - PAGE_DATA_SCHOOLS_MAX + k)),
    );
    const index = (await fakeBrowser.storage.local.get('page-data-use'))['page-data-use'];
    if (process.env.PAGE_DATA_FIGURES)
      console.info(
        `small flood: 500 schools → ${byHost.size} kept, ${total} B page data, usage index ${storedBytes('page-data-use', index)} B`,
      );
    expect(Object.keys(index as object)).toHaveLength(PAGE_DATA_SCHOOLS_MAX);
  }, 60_000);

  it('storage left over the budget by an older version is brought under it by the next write, oldest first', async () => {
    const old: Record<string, unknown> = { [SCHEMA_VERSION_KEY]: 2 };
    for (let i = 0; i < 16; i++) {
      old[`process-kinds:${school(i)}`] = Object.fromEntries(
        Array.from({ length: 2000 }, (_, k) => [String(100_000 + k), { kind: 'user', seenAt: 1000 + i }]),
      );
    }
    await fakeBrowser.storage.local.set(old);
    expect((await pageBytes()).total).toBeGreaterThan(PAGE_DATA_BUDGET_BYTES);
    await deliver({ type: CS_TO_BG.processKind, processId: '5', kind: 'deal' }, page(school(99), '/pl/tasks/mission/update?id=5'));
    const { total, byHost } = await pageBytes();
    expect(total).toBeLessThanOrEqual(PAGE_DATA_BUDGET_BYTES);
    expect(byHost.has(school(0))).toBe(false);
    expect(byHost.has(school(15))).toBe(true);
    expect(byHost.has(school(99))).toBe(true);
  }, 30_000);
});

describe('counting bytes as Chrome does', () => {
  it('counts the key and the JSON in UTF-8, `<` and U+2028 as Chrome escapes them, and numbers as Chromium writes them', () => {
    expect(storedBytes('k', 'abc')).toBe(1 + 5);
    expect(storedBytes('k', 'жж')).toBe(1 + 2 + 4);
    expect(storedBytes('k', '<')).toBe(1 + 2 + 6); // "\u003C"
    expect(storedBytes('k', '\u2028')).toBe(1 + 2 + 6);
    expect(storedBytes('k', '😀')).toBe(1 + 2 + 4);
    // Measured with Chromium's getBytesInUse (e2e/storage.chromium.e2e.test.ts checks it live).
    expect(storedBytes('k', { seenAt: 1_732_800_000_000, n: 5 })).toBe(1 + '{"seenAt":1.7328e+12,"n":5}'.length);
    expect(storedBytes('k', [2_147_483_647, 2_147_483_648, 999_999_999_999, 1_732_800_000_123, -2_147_483_649, 1.5, 1e-7])).toBe(
      1 + '[2147483647,2147483648.0,999999999999.0,1.732800000123e+12,-2147483649.0,1.5,1e-7]'.length,
    );
  });
});

describe('one door to page-learned data', () => {
  it('nothing but entrypoints/background/page-data.ts writes the page-learned items, so nothing escapes the budget', async () => {
    const fs = await import('node:fs');
    const nodePath = await import('node:path');
    const files = (dir: string): string[] =>
      fs.readdirSync(dir).flatMap((name) => {
        const path = nodePath.join(dir, name);
        return fs.statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const writes = /\b(schoolFieldsOf|offersOf|processKindsOf|callUrlsOf)\([^)]*\)\s*\.\s*(set|update|remove)\(/;
    const offenders = ['utils', 'entrypoints', 'components'].flatMap(files).filter((path) => writes.test(fs.readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
