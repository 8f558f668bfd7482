import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_STYLES, STYLE_NAMES } from '@/utils/content-styles';
import background from '@/entrypoints/background/index';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { CONTENT_SECTIONS, CONTENT_STRINGS } from '@/utils/locales/content';

/** A page whose features would draw with every string and style. */
const EVERYTHING = { strings: CONTENT_SECTIONS, styles: STYLE_NAMES };

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const CONTENT = { id: fakeBrowser.runtime.id, url: 'https://school.getcourse.ru/pl/sales/offer/index', tab: { id: 7 } };

/** Delivers a message to the real background listener the way the browser does. */
async function deliver(message: unknown, sender: object): Promise<any> {
  let reply: unknown;
  const answered = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, (value: unknown) => {
      reply = value;
      resolve();
    });
  });
  await answered;
  return reply;
}

function answerWith(body: string, init: ResponseInit = { status: 200, headers: { 'content-type': 'application/json' } }) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(body, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('background message router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('refuses privileged (key-carrying) messages from content scripts: nothing is saved', async () => {
    const reply = await deliver(
      { type: UI_TO_BG.saveSchool, name: 'x', origin: 'https://school.getcourse.ru', remember: false, key: 'secret-key-123' },
      CONTENT,
    );
    expect(reply).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(await deliver({ type: UI_TO_BG.listSchools }, POPUP)).toEqual({ ok: true, schools: [] });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('secret-key-123');
  });

  it('extension pages save a school and get it back with the key masked, never the key', async () => {
    const key = 'AbCd0123456789secret0123456789WxYz';
    const saved = await deliver(
      { type: UI_TO_BG.saveSchool, name: 'Школа', origin: 'https://school.getcourse.ru', remember: false, key },
      POPUP,
    );
    expect(saved).toMatchObject({
      ok: true,
      school: { name: 'Школа', origin: 'https://school.getcourse.ru', remember: false, maskedKey: 'AbCd…WxYz' },
    });
    const listed = await deliver({ type: UI_TO_BG.listSchools }, POPUP);
    expect(JSON.stringify(listed)).not.toContain(key);
    expect(await deliver({ type: UI_TO_BG.removeSchool, id: saved.school.id }, POPUP)).toEqual({ ok: true });
    expect(await deliver({ type: UI_TO_BG.listSchools }, POPUP)).toEqual({ ok: true, schools: [] });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(key);
  });

  it('keeps the chosen test-mail domain: a page that saves only the language does not reset it, a bad domain is refused', async () => {
    expect(
      await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'icao-9303', lang: 'auto', testDomain: '@My-School.RU' } }, POPUP),
    ).toEqual({
      ok: true,
      settings: { standard: 'icao-9303', lang: 'auto', testDomain: 'my-school.ru' },
    });
    expect(await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'gost-7.79-b', lang: 'en' } }, POPUP)).toMatchObject({
      settings: { testDomain: 'my-school.ru' },
    });
    for (const testDomain of ['localhost', 'a b.ru', 'x@y.ru', '']) {
      expect(
        await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'icao-9303', lang: 'auto', testDomain } }, POPUP),
        testDomain,
      ).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    }
    expect(await deliver({ type: UI_TO_BG.getSettings }, POPUP)).toEqual({
      ok: true,
      settings: { standard: 'gost-7.79-b', lang: 'en', testDomain: 'my-school.ru' },
    });
  });

  it('"copy with key" gives the real-key curl to an extension page only, and only for valid params', async () => {
    const key = 'AbCd0123456789secret0123456789WxYz';
    const saved = await deliver(
      { type: UI_TO_BG.saveSchool, name: 'Школа', origin: 'https://school.getcourse.ru', remember: false, key },
      POPUP,
    );
    const ask = (params: unknown, sender: object = POPUP) =>
      deliver({ type: UI_TO_BG.importCurlWithKey, schoolId: saved.school.id, endpoint: 'users', params }, sender);

    const copied = await ask({ user: { email: 'albato-test+202611291000@example.com' } });
    expect(copied.ok).toBe(true);
    expect(copied.curl).toContain(`'key=${key}'`);
    expect(copied.curl).toContain("'https://school.getcourse.ru/pl/api/users'");

    const fromPage = await ask({ user: { email: 'albato-test+202611291000@example.com' } }, CONTENT);
    expect(fromPage).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(JSON.stringify(fromPage)).not.toContain(key);

    const invalid = await ask({ user: { first_name: 'Тест' } });
    expect(invalid).toEqual({
      ok: false,
      problem: { code: 'invalid-params', raw: 'user.email identity-required, user.phone identity-required' },
    });
    expect(await deliver({ type: UI_TO_BG.importCurlWithKey, schoolId: 'nope', endpoint: 'users', params: {} }, POPUP)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
  });

  it('refuses messages from other extensions and content-script messages from extension pages', async () => {
    expect(await deliver({ type: UI_TO_BG.getSettings }, { ...POPUP, id: 'other-extension' })).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'ru', strings: [], styles: [] }, POPUP)).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
  });

  it.each([
    ['unknown type', { type: 'ui-to-bg/delete-everything' }],
    ['no type', { hello: 1 }],
    ['not an object', 'check-key'],
    ['http origin', { type: UI_TO_BG.saveSchool, name: 'x', origin: 'http://school.getcourse.ru', remember: false, key: 'k' }],
    ['origin with a path', { type: UI_TO_BG.saveSchool, name: 'x', origin: 'https://school.getcourse.ru/pl', remember: false, key: 'k' }],
    ['empty key', { type: UI_TO_BG.saveSchool, name: 'x', origin: 'https://school.getcourse.ru', remember: false, key: '  ' }],
    ['school id with a path', { type: UI_TO_BG.removeSchool, id: '../x' }],
    ['extra field', { type: UI_TO_BG.getSettings, url: 'https://evil.example' }],
    ['history of an http origin', { type: UI_TO_BG.listHistory, origin: 'http://school.getcourse.ru' }],
  ])('rejects a malformed message (%s) with bad-request', async (_name, message) => {
    const fetchMock = answerWith('{}');
    expect(await deliver(message, POPUP)).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects a content-script message naming a style it does not know', async () => {
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'ru', strings: [], styles: ['admin-panel'] }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
  });

  it('keeps settings: defaults first, saved by extension pages, read by content scripts, validated', async () => {
    expect(await deliver({ type: CS_TO_BG.getSettings, ...EVERYTHING }, CONTENT)).toEqual({
      ok: true,
      settings: { standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' },
      lang: 'ru',
      strings: CONTENT_STRINGS.ru,
      styles: CONTENT_STYLES,
    });
    // "As the browser": the page's own browser language decides.
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'en', ...EVERYTHING }, CONTENT)).toMatchObject({
      lang: 'en',
      strings: CONTENT_STRINGS.en,
      styles: CONTENT_STYLES,
    });
    expect(await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'gost-7.79-b', lang: 'en' } }, POPUP)).toMatchObject({
      ok: true,
    });
    // A saved language wins over the page's.
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'ru', ...EVERYTHING }, CONTENT)).toEqual({
      ok: true,
      settings: { standard: 'gost-7.79-b', lang: 'en', testDomain: 'example.com' },
      lang: 'en',
      strings: CONTENT_STRINGS.en,
      styles: CONTENT_STYLES,
    });
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'de', ...EVERYTHING }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(await deliver({ type: UI_TO_BG.getSettings }, POPUP)).toEqual({
      ok: true,
      settings: { standard: 'gost-7.79-b', lang: 'en', testDomain: 'example.com' },
    });
  });

  it('sends a page only the strings and styles it names, and refuses names it does not know', async () => {
    expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'ru', strings: ['marker', 'pageKind'], styles: ['marker'] }, CONTENT)).toEqual(
      {
        ok: true,
        settings: { standard: 'icao-9303', lang: 'auto', testDomain: 'example.com' },
        lang: 'ru',
        strings: { marker: CONTENT_STRINGS.ru.marker, pageKind: CONTENT_STRINGS.ru.pageKind },
        styles: { marker: CONTENT_STYLES.marker },
      },
    );
    for (const wrong of [
      { strings: ['marker', '__proto__'], styles: [] },
      { strings: ['marker'], styles: ['constructor'] },
      { strings: Array(40).fill('marker'), styles: [] },
      { strings: ['marker'] },
      {},
    ])
      expect(await deliver({ type: CS_TO_BG.getSettings, lang: 'ru', ...wrong }, CONTENT), JSON.stringify(wrong)).toMatchObject({
        ok: false,
        problem: { code: 'bad-request' },
      });
  });

  it('refuses settings changes from content scripts and invalid values', async () => {
    expect(await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'gost-7.79-b', lang: 'en' } }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: UI_TO_BG.saveSettings, settings: { standard: 'bgn', lang: 'en' } }, POPUP)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(await deliver({ type: CS_TO_BG.getSettings, ...EVERYTHING }, CONTENT)).toMatchObject({
      ok: true,
      settings: { standard: 'icao-9303', lang: 'auto' },
    });
  });

  it('falls back to defaults when stored settings are damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: { standard: 42, lang: 'en' } });
    expect(await deliver({ type: CS_TO_BG.getSettings, ...EVERYTHING }, CONTENT)).toMatchObject({
      ok: true,
      settings: { standard: 'icao-9303', lang: 'auto' },
    });
  });

  it('remembers offers per school, taking the school from the sender page, and lists them for the popup', async () => {
    const offers = [
      { id: '1001', title: 'Курс «Основы»', code: 'basics-2024', price: '' },
      { id: '1003', title: 'Вебинар', code: '', price: '' },
    ];
    expect(await deliver({ type: CS_TO_BG.offersSeen, offers }, CONTENT)).toEqual({ ok: true });
    await deliver(
      { type: CS_TO_BG.offersSeen, offers: [{ id: '1001', title: 'Курс «Основы»', code: 'basics-2024', price: '15000' }] },
      { ...CONTENT, url: 'https://school.getcourse.ru/pl/sales/offer/update?id=1001' },
    );
    await deliver({ type: CS_TO_BG.offersSeen, offers: [{ id: '1001', title: 'Курс «Основы»', code: 'basics-2024', price: '' }] }, CONTENT);
    const reply = await deliver({ type: UI_TO_BG.listOffers, origin: 'https://school.getcourse.ru' }, POPUP);
    expect(reply.offers.map((o: { id: string; code: string; price: string }) => [o.id, o.code, o.price])).toEqual([
      ['1003', '', ''],
      ['1001', 'basics-2024', '15000'],
    ]);
    expect(await deliver({ type: UI_TO_BG.listOffers, origin: 'https://other.getcourse.ru' }, POPUP)).toEqual({ ok: true, offers: [] });
  });

  it('refuses offers from a page that is not a GetCourse school, and malformed offers', async () => {
    const offers = [{ id: '1', title: 'x', code: 'y', price: '' }];
    expect(await deliver({ type: CS_TO_BG.offersSeen, offers }, { ...CONTENT, url: 'http://evil.example/' })).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: CS_TO_BG.offersSeen, offers: [{ id: '../x', title: 'x', code: 'y', price: '' }] }, CONTENT)).toMatchObject(
      { ok: false, problem: { code: 'bad-request' } },
    );
    expect(await deliver({ type: CS_TO_BG.offersSeen, offers: [] }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(await deliver({ type: UI_TO_BG.listOffers, origin: 'https://school.getcourse.ru' }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
  });

  it('remembers a process kind told by the settings page and answers the editor', async () => {
    answerWith('{"models":[]}'); // the editor's unknown process is looked up in GetCourse's lists (tests/process-kinds.test.ts)
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, CONTENT)).toEqual({ ok: true, kind: null });
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102', kind: 'deal' }, CONTENT)).toEqual({ ok: true, kind: 'deal' });
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, CONTENT)).toEqual({ ok: true, kind: 'deal' });
    expect(
      await deliver(
        { type: CS_TO_BG.processKind, processId: '102' },
        { ...CONTENT, url: 'https://other.getcourse.ru/pl/tasks/mission/process?id=102' },
      ),
    ).toEqual({ ok: true, kind: null });
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102', kind: 'admin' }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
  });

  it('remembers the school’s custom-field titles per kind for the process editor', async () => {
    expect(await deliver({ type: CS_TO_BG.schoolFields }, CONTENT)).toEqual({ ok: true, fields: { user: null, deal: null } });
    await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: ['Город проживания', 'telegram_id'] }, CONTENT);
    await deliver({ type: CS_TO_BG.schoolFields, context: 'deal', titles: ['Источник заказа'] }, CONTENT);
    expect(await deliver({ type: CS_TO_BG.schoolFields }, CONTENT)).toEqual({
      ok: true,
      fields: { user: ['Город проживания', 'telegram_id'], deal: ['Источник заказа'] },
    });
    expect(await deliver({ type: CS_TO_BG.schoolFields, context: 'user' }, CONTENT)).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(await deliver({ type: CS_TO_BG.schoolFields }, { ...CONTENT, url: 'https://other.getcourse.ru/pl' })).toEqual({
      ok: true,
      fields: { user: null, deal: null },
    });
  });
});
