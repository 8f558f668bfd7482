/**
 * The popup as the admin meets it (Preact, happy-dom), with the real background handlers behind
 * its messages: which school it acts on, the question when the tab names none, and what it says
 * about a key dropped by an address change.
 */
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { pageCallQuery } from '@/utils/page-call-link';
import { handleMessage } from '@/entrypoints/background/router';
import { keyFor, saveSchool } from '@/entrypoints/background/school-store';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import { lastCheckOf } from '@/entrypoints/background/storage/items';
import { createT } from '@/components/shared/i18n';

const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';
// Texts from the dictionaries the popup reads: a copy edit changes both sides, a wrong message fails.
const ru = createT('ru');
const en = createT('en');
const TABS = ['check', 'fields', 'import', 'webhook', 'history', 'codes'] as const;
const tabName = (name: (typeof TABS)[number]) => ru(`popup.tabs.${name}`);
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

/** The toolbar popup over one active tab (`url` absent: the browser hides it). */
function activeTab(url?: string) {
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, windowId: 1, active: true, ...(url ? { url } : {}) }] as never);
}

/** The element once the popup has drawn it. */
const element = (selector: string) =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`${selector} is not drawn`);
    return found;
  });

let fetchMock: ReturnType<typeof vi.fn>;
let sent: string[];

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory();
  (fakeBrowser.storage.session as unknown as { setAccessLevel(o: object): Promise<void> }).setAccessLevel = async () => {};
  sent = [];
  // The popup's messages reach the real router as an extension page's would.
  const deliver = async (message: { type: string }) => (sent.push(message.type), handleMessage(message, POPUP));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(deliver as never);
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
    throw new Error('no check may start in these tests');
  });
  fetchMock = vi.fn(async () => new Response('{}'));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('which school the popup acts on', () => {
  it('names the active tab’s school and does not ask', async () => {
    await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, KEY);
    activeTab('https://yoga.getcourse.ru/pl/sales/offer/index');
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    expect((await screen.findByText('yoga.getcourse.ru')).id).toBe('school-host');
    expect(document.querySelector('#page-kind')!.textContent).toBe(ru('pageKind.offers-list'));
    expect(document.querySelector('#school-panel')!.textContent).toContain('Йога');
    expect(document.querySelector('#choose-school')).toBeNull();
  });

  it('asks which saved school when the active tab’s address is hidden; nothing runs until the admin picks', async () => {
    const yoga = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, KEY);
    const pilates = await saveSchool({ name: 'Пилатес', origin: 'https://pilates.getcourse.ru' }, KEY);
    activeTab(undefined);
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);

    const choose = await screen.findByRole('region', { name: ru('popup.chooseTitle') });
    expect(choose.getAttribute('data-reason')).toBe('unreadable');
    expect(choose.textContent).toContain(ru('popup.chooseWhy.unreadable'));
    expect(choose.textContent).toContain(ru('popup.chooseAsk'));
    const buttons = screen.getAllByRole('button').filter((b) => b.classList.contains('pick-school'));
    expect(buttons.map((b) => [b.dataset.schoolId, b.textContent])).toEqual([
      [yoga.id, 'Йога yoga.getcourse.ru'],
      [pilates.id, 'Пилатес pilates.getcourse.ru'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(buttons[0])); // keyboard: Enter picks the first, Tab reaches the next
    // Asking read the list of schools and nothing else: no school's panel, check, import, webhook or history.
    expect(sent).toEqual(['ui-to-bg/list-schools']);
    expect(document.querySelector('#school-panel, #school-form, .run-check')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(buttons[1]!);
    const panel = await element('#school-panel');
    expect(panel.dataset.schoolId).toBe(pilates.id);
    expect(document.querySelector('#school-host')!.textContent).toBe('pilates.getcourse.ru');
    expect(document.querySelector('#picked-note')!.textContent).toContain(ru('popup.pickedNote'));
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: ru('popup.otherSchool') }));
    expect(await screen.findByRole('region', { name: ru('popup.chooseTitle') })).toBeTruthy();
  });

  it.each([
    ['a page that is not a school', 'https://getcourse.ru/blog', 'not-a-school'],
    ['an own domain no saved school has', 'https://h.albato.ru/wh/1', 'unsaved-own-domain'],
  ])('asks on %s, in English too', async (_name, url, reason) => {
    await saveSchool({ name: 'Yoga', origin: 'https://yoga.getcourse.ru' }, KEY);
    activeTab(url);
    render(<PopupApp lang="en" settings={DEFAULT_SETTINGS} />);
    const choose = await screen.findByRole('region', { name: en('popup.chooseTitle') });
    expect(choose.getAttribute('data-reason')).toBe(reason);
    expect(choose.textContent).toContain(en('popup.chooseAsk'));
  });

  it('with no saved school, says how to get one instead of a list', async () => {
    activeTab(undefined);
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    expect((await screen.findByRole('region', { name: ru('popup.chooseTitle') })).textContent).toContain(ru('popup.chooseNone'));
    expect(document.querySelector('.pick-school')).toBeNull();
  });
});

describe('a key dropped by an address change', () => {
  it('the form warns before Save; after it the popup keeps the moved school and says why its key is gone', async () => {
    const school = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, KEY);
    activeTab('https://yoga.getcourse.ru/pl/sales/offer/index');
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    await screen.findByRole('button', { name: ru('check.run') }); // the panel has settled (its last check read)
    fireEvent.click(screen.getByRole('button', { name: ru('check.changeKey') }));
    const key = await screen.findByLabelText<HTMLInputElement>(ru('check.key'));
    expect(key.required).toBe(false); // the saved key is kept when left empty…
    expect(document.querySelector('#school-form')!.textContent).toContain(ru('check.keyKeep'));
    fireEvent.input(document.querySelector('#school-origin')!, { target: { value: 'https://pilates.getcourse.ru' } });
    const willDrop = (await element('#key-will-drop')).textContent;
    expect(willDrop).toBe(ru('check.keyWillDrop', { from: 'https://yoga.getcourse.ru' }));
    expect(willDrop).toContain('https://yoga.getcourse.ru'); // names the address the key was saved for

    fireEvent.submit(document.querySelector('#school-form')!);
    const dropped = await element('#key-dropped');
    expect(dropped.textContent).toContain(ru('check.keyDropped', { from: 'https://yoga.getcourse.ru' }));
    expect(dropped.textContent).toContain('https://yoga.getcourse.ru');
    expect(document.querySelector('#key-missing')).not.toBeNull();
    expect(document.querySelector('#school-host')!.textContent).toBe('pilates.getcourse.ru');
    expect(await keyFor(school.id)).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says it in English', async () => {
    const school = await saveSchool({ name: 'Yoga', origin: 'https://yoga.getcourse.ru' }, KEY);
    await saveSchool({ id: school.id, name: 'Yoga', origin: 'https://pilates.getcourse.ru' });
    activeTab('https://pilates.getcourse.ru/saas/account/api');
    render(<PopupApp lang="en" settings={DEFAULT_SETTINGS} />);
    const dropped = await screen.findByText(en('check.keyDropped', { from: 'https://yoga.getcourse.ru' }));
    expect(dropped.textContent).toContain('https://yoga.getcourse.ru');
  });
});

describe('the popup’s sections as tabs', () => {
  it('shows one section at a time; arrow keys move between tabs; a half-filled form survives a look elsewhere', async () => {
    await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, KEY);
    activeTab('https://yoga.getcourse.ru/pl/sales/offer/index');
    const user = userEvent.setup();
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(TABS.map(tabName));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('check'));
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1); // the others are hidden
    expect(tabs.filter((tab) => tab.tabIndex === 0)).toHaveLength(1); // one tab stop for the list

    await user.click(screen.getByRole('tab', { name: tabName('import') }));
    const groups = await element('#import-groups');
    await user.type(groups, 'Вебинар');
    tabs[2]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('webhook'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe(tabName('webhook')));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('codes'));
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('import'));
    expect((document.querySelector('#import-groups') as HTMLInputElement).value).toBe('Вебинар');
  });

  it('opens the section its address names; without a key there is no test import to offer', async () => {
    await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }); // no key
    activeTab('https://yoga.getcourse.ru/pl/sales/offer/index');
    location.hash = '#import';
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual((['check', 'fields', 'webhook', 'history', 'codes'] as const).map(tabName));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('check'));
    cleanup();
    location.hash = '#history';
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('history')));
    location.hash = '';
  });

  it('lists the fields Albato cannot see in their own tab, from the stored check; before any check, says how to get them', async () => {
    const yoga = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, KEY);
    activeTab('https://yoga.getcourse.ru/pl/sales/offer/index');
    const user = userEvent.setup();
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    await user.click(await screen.findByRole('tab', { name: tabName('fields') }));
    expect((await element('#fields-unknown')).textContent).toContain(ru('popup.fieldsNeedCheck'));
    await user.click(screen.getByRole('button', { name: ru('popup.toCheck') }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe(tabName('check'));
    cleanup();

    await lastCheckOf(yoga.id).set({
      at: Date.now(),
      origin: yoga.origin,
      keyMask: 'gc-a…wxyz',
      keyAccepted: true,
      keyAcceptedBefore: true,
      steps: [],
      fields: [
        { title: 'Город проживания', context: 'user' },
        { title: 'utm_source', context: 'user' },
      ],
    });
    location.hash = '#fields';
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    const readiness = await element('#fields-readiness');
    expect(readiness.closest('[role="tabpanel"]')?.id).toBe('panel-fields');
    expect(readiness.textContent).toContain('Город проживания → gorod_prozhivaniia');
    expect(document.querySelector('#panel-check #fields-readiness')).toBeNull(); // listed once, in its own tab
    location.hash = '';
  });
});

describe('a call handed over by the editor’s «Test this URL»', () => {
  afterEach(() => history.replaceState(null, '', '/popup.html'));

  it('opens on the webhook tab with the call, says where it came from, and puts the focus on Send; nothing is sent', async () => {
    const template = 'https://h.albato.ru/wh/38/1lf/token/?e={object.email}';
    history.replaceState(null, '', `/popup.html${pageCallQuery({ template, method: 'POST', kind: 'deal', processId: '102' })}`);
    // The popup page in a tab of its own, opened by the school's editor tab.
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 20, openerTabId: 9 } as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 9,
      url: 'https://yoga.getcourse.ru/pl/tasks/mission/process?id=102',
    } as never);
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    const fromPage = (await element('#webhook-from-page')).textContent;
    expect(fromPage).toContain(ru('webhook.fromPage', { processId: '102' }));
    expect(fromPage).toContain('102'); // names the process the call came from
    expect(document.querySelector('#school-host')!.textContent).toBe('yoga.getcourse.ru');
    expect(document.querySelector<HTMLElement>('#panel-webhook')!.hidden).toBe(false);
    expect(document.querySelector<HTMLInputElement>('#webhook-url')!.value).toBe(template);
    expect(document.querySelector<HTMLSelectElement>('#webhook-method')!.value).toBe('POST');
    expect(document.querySelector<HTMLInputElement>('input[name="webhook-sample"][value="deal"]')!.checked).toBe(true);
    await waitFor(() => expect(document.activeElement?.id).toBe('webhook-send'));
    expect(sent).not.toContain('ui-to-bg/test-webhook');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('a malformed call is no draft: the popup opens as usual', async () => {
    history.replaceState(null, '', '/popup.html?call=%7Bnope#webhook');
    activeTab('https://yoga.getcourse.ru/pl/tasks/mission/process?id=102');
    render(<PopupApp lang="ru" settings={DEFAULT_SETTINGS} />);
    await element('#webhook-url');
    expect(document.querySelector('#webhook-from-page')).toBeNull();
    expect(document.querySelector<HTMLInputElement>('#webhook-url')!.value).toBe('');
  });
});
