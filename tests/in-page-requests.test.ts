/**
 * What a hostile school page can make the background do through our content script (README,
 * Security): no request ever — "Test this URL" only opens the call on the extension's own page,
 * where the admin sends it — and that only with a fresh click token of the admin's, for hosts the
 * admin typed or the process showed as saved and never GetCourse, a few a minute per tab, into one
 * tab per page tab. Through the real background listener on WXT's fake browser, with fetch stubbed:
 * nothing here fetches.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { readPageCall } from '@/utils/page-call-link';

const EDITOR = 'https://school.getcourse.ru/pl/tasks/mission/process?id=101';
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const page = (tabId = 7, url = EDITOR) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } });
const SAVED = 'https://h.albato.ru/wh/38/1lfAbCd/token/?e={object.email}';
const TYPED = 'https://h.albato.com/wh/21/1abCdEf/token/?p={object.phone}';

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

/** What the content script does inside the admin's trusted click: ask for a token, then use it. */
async function token(sender: object = page()): Promise<string> {
  const reply = await deliver({ type: CS_TO_BG.clickToken, action: 'confirm-call' }, sender);
  expect(reply).toMatchObject({ ok: true, token: expect.any(String) });
  return reply.token;
}

const confirm = (extra: object, sender: object = page()) =>
  deliver({ type: CS_TO_BG.confirmCall, template: SAVED, method: 'GET', kind: 'user', ...extra }, sender);
const clickedConfirm = async (extra: object = {}, sender: object = page()) => confirm({ token: await token(sender), ...extra }, sender);

let fetchMock: ReturnType<typeof vi.fn>;
let create: ReturnType<typeof vi.spyOn>;
/** The calls opened for confirmation (in a new tab or the one opened before), as the popup page will read them. */
const opened = () =>
  create.mock.calls.map(([props]: any[]) => ({ ...readPageCall(new URL(props.url).search), openerTabId: props.openerTabId }));
const shownInTabs = (update: ReturnType<typeof vi.spyOn>) =>
  [...create.mock.calls.map(([props]: any[]) => props.url), ...update.mock.calls.map(([, props]: any[]) => props.url)].map(
    (url: string) => readPageCall(new URL(url).search)!.template,
  );

beforeEach(async () => {
  fakeBrowser.reset();
  background.main();
  fetchMock = vi.fn(async () => new Response('{"success":true}', { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  create = vi.spyOn(fakeBrowser.tabs, 'create');
  await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*', 'https://h.albato.com/*', 'https://academy.example/*'] });
  // The modal of process 101 showed its saved URL (what the content script reports when it opens).
  expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [SAVED] }, page())).toEqual({ ok: true });
});
afterEach(() => {
  // Whatever a test did from the page: not one request.
  expect(fetchMock).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a call from the page is opened for confirmation only with a fresh click token', () => {
  it('without a token (what a page-driven code path would send): refused, nothing opened', async () => {
    expect(await confirm({})).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(await confirm({ token: 'made-up-by-the-page' })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('a token works once: the popup page opens beside the editor with the call, never sent from here', async () => {
    const once = await token();
    expect(await confirm({ token: once, method: 'POST', kind: 'deal' })).toEqual({ ok: true });
    expect(opened()).toEqual([{ template: SAVED, method: 'POST', kind: 'deal', processId: '101', openerTabId: 7 }]);
    expect(create.mock.calls[0]![0].url).toMatch(new RegExp(`^${fakeBrowser.runtime.getURL('/popup.html')}\\?call=.*#webhook$`));
    expect(await confirm({ token: once })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a token is good for a few seconds only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const fresh = await token();
    const stale = await token();
    vi.setSystemTime(Date.now() + 4_000);
    expect(await confirm({ token: fresh })).toEqual({ ok: true });
    vi.setSystemTime(Date.now() + 2_000);
    expect(await confirm({ token: stale })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('a token of another tab is refused, and spent', async () => {
    const otherTab = await token(page(8));
    expect(await confirm({ token: otherTab })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(await confirm({ token: otherTab }, page(8))).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('tokens come only to content scripts on a school’s process editor, and a tab gets 10 a minute', async () => {
    const ask = (sender: object) => deliver({ type: CS_TO_BG.clickToken, action: 'confirm-call' }, sender);
    expect(await ask(POPUP)).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(await ask(page(7, 'https://school.getcourse.ru/pl/sales/offer/index'))).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await ask(page(7, 'https://evil.example/pl/tasks/mission/process?id=101'))).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    for (const action of ['anything', 'test-call', 'request-access']) {
      expect(await deliver({ type: CS_TO_BG.clickToken, action }, page()), action).toMatchObject({
        ok: false,
        problem: { code: 'bad-request' },
      });
    }
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 10; i++) expect(await ask(page())).toMatchObject({ ok: true });
    expect(await ask(page())).toEqual({ ok: false, problem: { code: 'too-many', seconds: 60 } });
    expect(await ask(page(8))).toMatchObject({ ok: true });
    vi.setSystemTime(Date.now() + 60_000);
    expect(await ask(page())).toMatchObject({ ok: true });
  });

  it('a restarted worker holds no tokens', async () => {
    const issued = await token();
    fakeBrowser.reset();
    background.main();
    create = vi.spyOn(fakeBrowser.tabs, 'create');
    await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [SAVED] }, page());
    expect(await confirm({ token: issued })).toEqual({ ok: false, problem: { code: 'not-clicked' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('the messages that sent from the page or opened the access page are gone', async () => {
    for (const type of ['cs-to-bg/test-call-url', 'cs-to-bg/request-access']) {
      expect(await deliver({ type, token: await token(), template: SAVED, method: 'GET', kind: 'user' }, page()), type).toMatchObject({
        ok: false,
        problem: { code: 'bad-request' },
      });
    }
    expect(create).not.toHaveBeenCalled();
  });
});

describe('which calls from the page may be opened', () => {
  it('never GetCourse: its hosts, the school’s own page, a saved school’s own domain — even typed and granted', async () => {
    await deliver({ type: UI_TO_BG.saveSchool, name: 'Академия', origin: 'https://academy.example', remember: false }, POPUP);
    for (const template of [
      'https://school.getcourse.ru/__albato/wh/1/x/?e={object.email}',
      'https://other.getcourse.ru/pl/api/account/users',
      'https://Files.GetCourse.io/x',
      'https://getcourse.ru/',
      'https://academy.example/pl/user/user/index',
    ]) {
      const { hostname, origin } = new URL(template);
      expect(await clickedConfirm({ template, typedHost: hostname }), template).toEqual({
        ok: false,
        problem: { code: 'getcourse-target', raw: origin },
      });
    }
    expect(create).not.toHaveBeenCalled();
  });

  it('not one neither typed nor saved in this process, nor a non-https one; typed or saved opens', async () => {
    expect(await clickedConfirm({ template: TYPED })).toEqual({
      ok: false,
      problem: { code: 'untyped-target', raw: 'https://h.albato.com' },
    });
    // typed by the page for another host does not count for this one
    expect(await clickedConfirm({ template: TYPED, typedHost: 'h.albato.ru.evil.example' })).toMatchObject({
      ok: false,
      problem: { code: 'untyped-target' },
    });
    // a URL another process showed is not this process's
    await deliver(
      { type: CS_TO_BG.callUrlsSeen, processId: '102', urls: [TYPED] },
      page(7, 'https://school.getcourse.ru/pl/tasks/mission/process?id=102'),
    );
    expect(await clickedConfirm({ template: TYPED })).toMatchObject({ ok: false, problem: { code: 'untyped-target' } });
    for (const template of [
      'http://h.albato.com/wh/1/',
      'https://*.albato.ru/wh/1',
      'https://user:pw@h.albato.ru/wh/1',
      'javascript:alert(1)',
    ]) {
      // from another tab: refusals count against a tab's six a minute too
      expect(await clickedConfirm({ template, typedHost: 'h.albato.com' }, page(9)), template).toMatchObject({
        ok: false,
        problem: { code: 'insecure-target' },
      });
    }
    expect(create).not.toHaveBeenCalled();

    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await clickedConfirm({ template: TYPED, typedHost: 'h.albato.com' }, page(10))).toEqual({ ok: true });
    expect(await clickedConfirm({ template: SAVED }, page(10))).toEqual({ ok: true });
    // the saved host on another port: host permissions carry no port either
    expect(await clickedConfirm({ template: 'https://h.albato.ru:8443/wh/1/x/' }, page(10))).toEqual({ ok: true });
    expect(shownInTabs(update).map((template) => new URL(template).host)).toEqual(['h.albato.com', 'h.albato.ru', 'h.albato.ru:8443']);
  });

  it('every «Вызвать URL» block the process showed counts, not only the last one opened', async () => {
    await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [TYPED] }, page());
    expect(await clickedConfirm({ template: SAVED })).toEqual({ ok: true });
    expect(await clickedConfirm({ template: TYPED })).toEqual({ ok: true });
    const listed = await deliver({ type: UI_TO_BG.listCallUrls, origin: 'https://school.getcourse.ru' }, POPUP);
    expect(listed.urls.map((u: { url: string }) => u.url)).toEqual([TYPED, SAVED]);
  });
});

describe('how often, and into how many tabs', () => {
  it('one confirmation tab per page tab: a second Send brings it back with the new call; closed, a new one', async () => {
    const realUpdate = fakeBrowser.tabs.update.bind(fakeBrowser.tabs);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await clickedConfirm()).toEqual({ ok: true });
    const confirmTab = (await create.mock.results[0]!.value).id as number;
    expect(await clickedConfirm({ method: 'POST' })).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(1);
    const [tabId, props] = update.mock.calls.at(-1) as unknown as [number, { url: string; active: boolean }];
    expect(tabId).toBe(confirmTab);
    expect(props.active).toBe(true);
    expect(readPageCall(new URL(props.url).search)).toMatchObject({ template: SAVED, method: 'POST' });
    // another tab has its own one
    expect(await clickedConfirm({}, page(8))).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(2);
    // closed by the admin (the fake browser's tabs.remove looks the tab up as a window: closed is tabs.update failing, as in Chrome)
    update.mockImplementation((async (id: number, info: object) =>
      id === confirmTab ? Promise.reject(new Error(`No tab with id: ${id}.`)) : (realUpdate as any)(id, info)) as any);
    expect(await clickedConfirm()).toEqual({ ok: true });
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('at most 6 a minute per tab; another tab is not held back; a minute later again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 6; i++) expect(await clickedConfirm()).toEqual({ ok: true });
    expect(await clickedConfirm()).toEqual({ ok: false, problem: { code: 'too-many', seconds: 60 } });
    expect(await clickedConfirm({}, page(8))).toEqual({ ok: true });
    vi.setSystemTime(Date.now() + 30_000);
    expect(await clickedConfirm()).toEqual({ ok: false, problem: { code: 'too-many', seconds: 30 } });
    vi.setSystemTime(Date.now() + 30_000);
    expect(await clickedConfirm()).toEqual({ ok: true });
  });

  it('nothing from the page goes into the school’s history: only what is sent from the extension’s page', async () => {
    await clickedConfirm();
    await clickedConfirm({ template: 'https://collector.example/x' });
    const { entries } = await deliver({ type: UI_TO_BG.listHistory, origin: 'https://school.getcourse.ru' }, POPUP);
    expect(entries).toEqual([]);
  });
});
