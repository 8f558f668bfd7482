/**
 * What a hostile school page can make the background do through our content script (README,
 * Security): nothing without a fresh click token of the admin's, test calls only to hosts the admin
 * typed or the process showed as saved and never to GetCourse, a few calls a minute per tab, and
 * the access page once per tab. Through the real background listener on WXT's fake browser, with
 * fetch stubbed: every refusal is checked to have fetched nothing.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { CS_TO_BG, UI_TO_BG } from '@/utils/messages';

const EDITOR = 'https://school.getcourse.ru/pl/tasks/mission/process?id=101';
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const page = (tabId = 7, url = EDITOR) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } });
const SAVED = 'https://h.albato.ru/wh/38/1lfAbCd/token/?e={object.email}';
const TYPED = 'https://h.albato.com/wh/21/1abCdEf/token/?p={object.phone}';
const GRANT_PAGE = (origin: string) => `${fakeBrowser.runtime.getURL('/grant.html')}?origin=${encodeURIComponent(origin)}`;

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

/** What the content script does inside the admin's trusted click: ask for a token, then use it. */
async function token(action: 'test-call' | 'request-access', sender: object = page()): Promise<string> {
  const reply = await deliver({ type: CS_TO_BG.clickToken, action }, sender);
  expect(reply).toMatchObject({ ok: true, token: expect.any(String) });
  return reply.token;
}

const call = (extra: object, sender: object = page()) =>
  deliver({ type: CS_TO_BG.testCallUrl, template: SAVED, method: 'GET', kind: 'user', ...extra }, sender);
const clickedCall = async (extra: object = {}, sender: object = page()) =>
  call({ token: await token('test-call', sender), ...extra }, sender);
const askAccess = (extra: object, sender: object = page()) => deliver({ type: CS_TO_BG.requestAccess, template: TYPED, ...extra }, sender);
const clickedAccess = async (extra: object = {}, sender: object = page()) =>
  askAccess({ token: await token('request-access', sender), ...extra }, sender);

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  background.main();
  fetchMock = vi.fn(async () => new Response('{"success":true}', { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*', 'https://h.albato.com/*', 'https://academy.example/*'] });
  // The modal of process 101 showed its saved URL (what the content script reports when it opens).
  expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [SAVED] }, page())).toEqual({ ok: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('test calls from the page need a fresh click token', () => {
  it('a call without a token (what a page-driven code path would send) is refused and fetches nothing', async () => {
    expect(await call({})).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(await call({ token: 'made-up-by-the-page' })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a token works once: the call goes out, the same token again is refused', async () => {
    const once = await token('test-call');
    expect(await call({ token: once })).toMatchObject({ ok: true, answer: { status: 200 } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await call({ token: once })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a token is good for a few seconds only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const fresh = await token('test-call');
    const stale = await token('test-call');
    vi.setSystemTime(Date.now() + 4_000);
    expect(await call({ token: fresh })).toMatchObject({ ok: true });
    vi.setSystemTime(Date.now() + 2_000);
    expect(await call({ token: stale })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a token of another tab or for another action is refused, and spent', async () => {
    const otherTab = await token('test-call', page(8));
    expect(await call({ token: otherTab })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(await call({ token: otherTab }, page(8))).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    const forAccess = await token('request-access');
    expect(await call({ token: forAccess })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('tokens come only to content scripts on a school’s process editor, and a tab gets 10 a minute', async () => {
    const ask = (sender: object) => deliver({ type: CS_TO_BG.clickToken, action: 'test-call' }, sender);
    expect(await ask(POPUP)).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(await ask(page(7, 'https://school.getcourse.ru/pl/sales/offer/index'))).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await ask(page(7, 'https://evil.example/pl/tasks/mission/process?id=101'))).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: CS_TO_BG.clickToken, action: 'anything' }, page())).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 10; i++) expect(await ask(page())).toMatchObject({ ok: true });
    expect(await ask(page())).toEqual({ ok: false, problem: { code: 'too-many', seconds: 60 } });
    expect(await ask(page(8))).toMatchObject({ ok: true });
    vi.setSystemTime(Date.now() + 60_000);
    expect(await ask(page())).toMatchObject({ ok: true });
  });

  it('a restarted worker holds no tokens', async () => {
    const issued = await token('test-call');
    fakeBrowser.reset();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*'] });
    await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [SAVED] }, page());
    expect(await call({ token: issued })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('where a test call from the page may go', () => {
  it('never to GetCourse: its hosts, the school’s own page, a saved school’s own domain — even typed and granted', async () => {
    await deliver({ type: UI_TO_BG.saveSchool, name: 'Академия', origin: 'https://academy.example', remember: false }, POPUP);
    for (const template of [
      'https://school.getcourse.ru/__albato/wh/1/x/?e={object.email}',
      'https://other.getcourse.ru/pl/api/account/users',
      'https://Files.GetCourse.io/x',
      'https://getcourse.ru/',
      'https://academy.example/pl/user/user/index',
    ]) {
      const { hostname, origin } = new URL(template);
      expect(await clickedCall({ template, typedHost: hostname }), template).toEqual({
        ok: false,
        problem: { code: 'getcourse-target', raw: origin },
      });
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('not to a host neither typed nor saved in this process; typed or saved goes out', async () => {
    expect(await clickedCall({ template: TYPED })).toEqual({ ok: false, problem: { code: 'untyped-target', raw: 'https://h.albato.com' } });
    // typed by the page for another host does not count for this one
    expect(await clickedCall({ template: TYPED, typedHost: 'h.albato.ru.evil.example' })).toMatchObject({
      ok: false,
      problem: { code: 'untyped-target' },
    });
    // a URL another process showed is not this process's
    await deliver(
      { type: CS_TO_BG.callUrlsSeen, processId: '102', urls: [TYPED] },
      page(7, 'https://school.getcourse.ru/pl/tasks/mission/process?id=102'),
    );
    expect(await clickedCall({ template: TYPED })).toMatchObject({ ok: false, problem: { code: 'untyped-target' } });
    expect(fetchMock).not.toHaveBeenCalled();

    expect(await clickedCall({ template: TYPED, typedHost: 'h.albato.com' })).toMatchObject({ ok: true });
    expect(await clickedCall({ template: SAVED })).toMatchObject({ ok: true });
    // the saved host on another port: host permissions carry no port either
    expect(await clickedCall({ template: 'https://h.albato.ru:8443/wh/1/x/' })).toMatchObject({ ok: true });
    expect(fetchMock.mock.calls.map(([url]) => new URL(url as string).host)).toEqual(['h.albato.com', 'h.albato.ru', 'h.albato.ru:8443']);
  });

  it('every «Вызвать URL» block the process showed counts, not only the last one opened', async () => {
    await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [TYPED] }, page());
    expect(await clickedCall({ template: SAVED })).toMatchObject({ ok: true });
    expect(await clickedCall({ template: TYPED })).toMatchObject({ ok: true });
    const listed = await deliver({ type: UI_TO_BG.listCallUrls, origin: 'https://school.getcourse.ru' }, POPUP);
    expect(listed.urls.map((u: { url: string }) => u.url)).toEqual([TYPED, SAVED]);
  });

  it('at most 6 calls a minute per tab; another tab is not held back; a minute later again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 6; i++) expect(await clickedCall()).toMatchObject({ ok: true });
    expect(await clickedCall()).toEqual({ ok: false, problem: { code: 'too-many', seconds: 60 } });
    expect(fetchMock).toHaveBeenCalledTimes(6);
    expect(await clickedCall({}, page(8))).toMatchObject({ ok: true });
    vi.setSystemTime(Date.now() + 30_000);
    expect(await clickedCall()).toEqual({ ok: false, problem: { code: 'too-many', seconds: 30 } });
    vi.setSystemTime(Date.now() + 30_000);
    expect(await clickedCall()).toMatchObject({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(8);
  });
});

describe('«Allow access…» from the page', () => {
  it('needs a click token, and only for the origin of a call the rules accept', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await askAccess({})).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(await askAccess({ token: await token('test-call'), typedHost: 'h.albato.com' })).toEqual({
      ok: false,
      problem: { code: 'not-clicked' },
    });
    expect(await clickedAccess({ template: 'https://collector.example/x' })).toEqual({
      ok: false,
      problem: { code: 'untyped-target', raw: 'https://collector.example' },
    });
    expect(
      await clickedAccess({ template: 'https://academy-school.getcourse.ru/', typedHost: 'academy-school.getcourse.ru' }),
    ).toMatchObject({ ok: false, problem: { code: 'getcourse-target' } });
    expect(await clickedAccess({ template: 'http://h.albato.com/wh/1/', typedHost: 'h.albato.com' })).toMatchObject({
      ok: false,
      problem: { code: 'insecure-target' },
    });
    expect(create).not.toHaveBeenCalled();
    expect(await clickedAccess({ typedHost: 'h.albato.com' })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({ url: GRANT_PAGE('https://h.albato.com'), openerTabId: 7 });
  });

  it('once per tab and page: another origin is refused, the same one brings back the open page; a reload asks anew', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const realUpdate = fakeBrowser.tabs.update.bind(fakeBrowser.tabs);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await clickedAccess({ typedHost: 'h.albato.com' })).toEqual({ ok: true });
    const grantTab = (await create.mock.results[0]!.value).id as number;

    const other = { template: 'https://hooks.example.net/in', typedHost: 'hooks.example.net' };
    expect(await clickedAccess(other)).toEqual({ ok: false, problem: { code: 'access-asked', raw: 'https://h.albato.com' } });
    expect(await clickedAccess({ typedHost: 'h.albato.com' })).toEqual({ ok: true });
    expect(update).toHaveBeenCalledWith(grantTab, { active: true });
    expect(create).toHaveBeenCalledTimes(1);
    // another tab has its own one
    expect(await clickedAccess(other, page(8))).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(2);

    // closed: the same origin may open it again; a minute later too, even if still open
    // (the fake browser's tabs.remove looks the tab up as a window: closed is tabs.update failing, as in Chrome)
    update.mockImplementation((async (id: number, info: object) =>
      id === grantTab ? Promise.reject(new Error(`No tab with id: ${id}.`)) : (realUpdate as any)(id, info)) as any);
    expect(await clickedAccess({ typedHost: 'h.albato.com' })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(3);
    vi.setSystemTime(Date.now() + 60_000);
    expect(await clickedAccess({ typedHost: 'h.albato.com' })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(4);
    expect(await clickedAccess(other)).toMatchObject({ ok: false, problem: { code: 'access-asked' } });

    // the tab loads a new page (its content script starts and asks for the settings)
    await deliver({ type: CS_TO_BG.getSettings, strings: ['marker'], styles: ['marker'] }, page());
    expect(await clickedAccess(other)).toEqual({ ok: true });
    expect(create).toHaveBeenLastCalledWith({ url: GRANT_PAGE('https://hooks.example.net'), openerTabId: 7 });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
