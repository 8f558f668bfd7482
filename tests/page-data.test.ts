/**
 * Storage a page can fill (README, Security): what a school's pages can make the background keep
 * is capped per message, as GetCourse's own fields are. Messages reach the real background listener as the browser delivers them, from
 * content scripts on many schools' pages.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { CS_TO_BG, UI_TO_BG } from '@/utils/messages';
import { forgetMigrationRun } from '@/utils/storage/migrate';

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

/** Page-learned items in storage.local. */
async function pageKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => PAGE_PREFIXES.some((p) => key.startsWith(p)));
}

/** n distinct titles of `length` Cyrillic characters (2 bytes each in UTF-8). */
const titles = (n: number, length: number, tag = '') => Array.from({ length: n }, (_, i) => `${tag}${i}:`.padEnd(length, 'ж'));

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
    expect(await pageKeys()).toEqual([]);
  });

  it('accepts what a real page can hold: 1 000 titles of 255 characters, a 2 048-character URL, a 255-character offer title and code', async () => {
    const host = 'school.getcourse.ru';
    const fields = titles(1000, 255);
    expect(await deliver({ type: CS_TO_BG.schoolFields, context: 'user', titles: fields.slice(0, 400) }, fieldPage(host))).toMatchObject({ ok: true, fields: { user: fields.slice(0, 400) } });
    expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [url(2048)] }, editor(host))).toEqual({ ok: true });
    expect(await deliver({ type: CS_TO_BG.offersSeen, offers: [offer({ title: 'к'.repeat(255), code: 'c'.repeat(255) })] }, offersPage(host))).toEqual({ ok: true });
    expect((await deliver({ type: UI_TO_BG.listOffers, origin: `https://${host}` }, POPUP)).offers[0]).toMatchObject({ title: 'к'.repeat(255), code: 'c'.repeat(255) });
  }, 30_000);
});
