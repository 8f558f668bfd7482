/**
 * Which school the popup acts on (components/popup/active-tab.ts): the tab the admin is looking at
 * names it, or the popup asks. Never a school from another tab or window.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findSubjectTab, grantedOwnDomainSchools, popupSubject } from '@/components/popup/active-tab';

interface FakeTab {
  id: number;
  windowId: number;
  active: boolean;
  lastAccessed: number;
  openerTabId?: number;
  /** absent: the browser hides it (no host access) */
  url?: string;
}

/** The browser's tabs as the popup sees them; `popupTab`: the popup runs in that tab (else in the toolbar popup of `currentWindow`). */
function browserTabs(tabs: FakeTab[], { currentWindow = 1, popupTab }: { currentWindow?: number; popupTab?: number } = {}) {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockImplementation(async () => tabs.find((t) => t.id === popupTab) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(
    async (query: { active?: boolean; currentWindow?: boolean }) =>
      tabs.filter(
        (t) => (query.active === undefined || t.active === query.active) && (!query.currentWindow || t.windowId === currentWindow),
      ) as never,
  );
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => {
    const tab = tabs.find((t) => t.id === id);
    if (!tab) throw new Error(`No tab with id: ${id}.`);
    return tab as never;
  });
}

const POPUP_URL = fakeBrowser.runtime.getURL('/popup.html');

describe('popupSubject: the school of the tab looked at, or why the popup asks', () => {
  it.each([
    [
      'a technical domain (saved or not)',
      'https://yoga.getcourse.ru/pl/sales/offer/index',
      { kind: 'tab', school: { origin: 'https://yoga.getcourse.ru', domainKind: 'technical' } },
    ],
    [
      'a .io technical domain',
      'https://yoga.getcourse.io/saas/account/api',
      { kind: 'tab', school: { origin: 'https://yoga.getcourse.io' } },
    ],
    [
      'a saved, granted own domain',
      'https://academy.example.com/pl/logic/context/custom-fields',
      { kind: 'tab', school: { origin: 'https://academy.example.com', domainKind: 'custom' } },
    ],
    ['another own domain (a granted webhook host, say)', 'https://h.albato.ru/wh/1', { kind: 'ask', reason: 'unsaved-own-domain' }],
    ['a saved own domain on another port', 'https://academy.example.com:8443/pl', { kind: 'ask', reason: 'unsaved-own-domain' }],
    ['GetCourse itself', 'https://getcourse.ru/', { kind: 'ask', reason: 'not-a-school' }],
    ['a browser page', 'chrome://newtab/', { kind: 'ask', reason: 'not-a-school' }],
    ['plain http', 'http://yoga.getcourse.ru/', { kind: 'ask', reason: 'not-a-school' }],
  ])('%s', (_name, url, expected) => {
    expect(popupSubject({ id: 5, url }, ['https://academy.example.com'])).toMatchObject(expected);
  });

  it('asks when the address is hidden (no host access) or there is no tab', () => {
    expect(popupSubject({ id: 5 }, [])).toEqual({ kind: 'ask', reason: 'unreadable' });
    expect(popupSubject(null, [])).toEqual({ kind: 'ask', reason: 'no-tab' });
  });
});

describe('findSubjectTab: the one tab looked at', () => {
  it('toolbar popup: the active tab of its window, even when its address is hidden — never another GetCourse tab', async () => {
    browserTabs([
      { id: 1, windowId: 1, active: false, lastAccessed: 100, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
      { id: 2, windowId: 2, active: true, lastAccessed: 300, url: 'https://pilates.getcourse.ru/saas/account/api' },
      { id: 3, windowId: 1, active: true, lastAccessed: 200 },
    ]);
    const tab = await findSubjectTab();
    expect(tab).toEqual({ id: 3 });
    expect(popupSubject(tab, [])).toEqual({ kind: 'ask', reason: 'unreadable' });
  });

  it('toolbar popup on a school tab: that school', async () => {
    browserTabs([
      { id: 1, windowId: 1, active: true, lastAccessed: 100, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
      { id: 2, windowId: 2, active: true, lastAccessed: 300, url: 'https://pilates.getcourse.ru/' },
    ]);
    expect(popupSubject(await findSubjectTab(), [])).toMatchObject({ kind: 'tab', tab: { id: 1 }, school: { host: 'yoga.getcourse.ru' } });
  });

  it('popup in a tab: the tab that opened it, even when its address is hidden — not the GetCourse tab used just before', async () => {
    browserTabs(
      [
        { id: 1, windowId: 1, active: false, lastAccessed: 300, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
        { id: 2, windowId: 1, active: false, lastAccessed: 200 },
        { id: 4, windowId: 1, active: true, lastAccessed: 400, url: POPUP_URL, openerTabId: 2 },
      ],
      { popupTab: 4 },
    );
    expect(await findSubjectTab()).toEqual({ id: 2 });
  });

  it('popup in a tab opened from a school tab: that school', async () => {
    browserTabs(
      [
        { id: 1, windowId: 1, active: true, lastAccessed: 300 },
        { id: 2, windowId: 2, active: true, lastAccessed: 200, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
        { id: 4, windowId: 3, active: true, lastAccessed: 400, url: POPUP_URL, openerTabId: 2 },
      ],
      { popupTab: 4, currentWindow: 3 },
    );
    expect(await findSubjectTab()).toEqual({ id: 2, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' });
  });

  it('popup in a tab nothing opened (pinned): the tab used last before it, the extension’s own pages aside, without skipping one whose address is hidden', async () => {
    browserTabs(
      [
        { id: 1, windowId: 1, active: false, lastAccessed: 100, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
        { id: 2, windowId: 1, active: false, lastAccessed: 200 },
        { id: 3, windowId: 1, active: false, lastAccessed: 250, url: fakeBrowser.runtime.getURL('/options.html') },
        { id: 4, windowId: 1, active: true, lastAccessed: 300, url: POPUP_URL },
      ],
      { popupTab: 4 },
    );
    expect(await findSubjectTab()).toEqual({ id: 2 });
  });

  it('popup in a tab whose opener is closed by now: no tab, so it asks (not the tab used last)', async () => {
    browserTabs(
      [
        { id: 1, windowId: 1, active: false, lastAccessed: 300, url: 'https://yoga.getcourse.ru/pl/sales/offer/index' },
        { id: 4, windowId: 1, active: true, lastAccessed: 400, url: POPUP_URL, openerTabId: 3 },
      ],
      { popupTab: 4 },
    );
    expect(await findSubjectTab()).toBeNull();
  });

  it('no tab at all: null', async () => {
    browserTabs([]);
    expect(await findSubjectTab()).toBeNull();
  });
});

describe('grantedOwnDomainSchools', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps saved own-domain schools whose origin is granted; technical domains are not own domains', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://academy.example.com/*'] });
    expect(
      await grantedOwnDomainSchools(['https://yoga.getcourse.ru', 'https://academy.example.com', 'https://other.example.com']),
    ).toEqual(['https://academy.example.com']);
  });
});
