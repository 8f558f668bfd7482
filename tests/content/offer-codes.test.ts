/**
 * The offer form's content feature sends what the background accepts (utils/page-data-limits.ts):
 * a title past OFFER_TITLE_MAX is cut there, so the offer and its code are still remembered; a
 * code past OFFER_CODE_MAX is not sent cut (a cut code is another code). The committed offer form
 * fixture (tests/fixtures/pages/offer-edit.html) with its saved values changed, the real
 * background's router behind the message.
 */
import { readFileSync } from 'node:fs';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offerCodes } from '@/entrypoints/content/features/offer-codes';
import { handleMessage } from '@/entrypoints/background/router';
import { listOffers } from '@/entrypoints/background/offer-store';
import { CS_TO_BG } from '@/utils/message-names';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { OFFER_CODE_MAX, OFFER_TITLE_MAX } from '@/utils/page-data-limits';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';

const PAGE = 'https://school.getcourse.ru/pl/sales/offer/update?id=1001';

/** The offer form as GetCourse serves it, with `title` and `code` as its saved values; the feature run on it. */
async function openOfferForm(title: string, code: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    readFileSync('tests/fixtures/pages/offer-edit.html', 'utf8'),
    'text/html',
  ).documentElement.innerHTML;
  document.querySelector<HTMLInputElement>('input[name="Offer[title]"]')!.defaultValue = title;
  document.querySelector<HTMLInputElement>('input[name="Offer[code]"]')!.defaultValue = code;
  const sent: any[] = [];
  const replies: Promise<unknown>[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    sent.push(message);
    const reply = handleMessage(message, { id: fakeBrowser.runtime.id, url: PAGE, tab: { id: 7, url: PAGE } });
    replies.push(reply);
    return reply;
  });
  const controller = new AbortController();
  await offerCodes.init({
    ctx: new ContentScriptContext('offer-codes-test'),
    url: new URL(PAGE),
    pageKind: 'offer-edit',
    signal: controller.signal,
    lang: 'ru',
    t: createContentT('ru', CONTENT_STRINGS.ru),
    standard: 'icao-9303',
  });
  await vi.waitFor(() => expect(document.querySelector('[data-gc-albato="offer-code"]')).not.toBeNull());
  await Promise.all(replies);
  controller.abort();
  return { sent, replies: await Promise.all(replies) };
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
});

describe('offer codes from the offer form', () => {
  it('remembers the code of an offer whose title is 400 characters, with the title cut to what the background keeps', async () => {
    const title = 'Курс «Маркетинг с нуля» '.padEnd(400, 'ж');
    const { sent, replies } = await openOfferForm(title, 'marketing-basic');
    expect(sent[0].offers[0].title).toHaveLength(OFFER_TITLE_MAX);
    expect(replies[0]).toEqual({ ok: true });
    expect(await listOffers('school.getcourse.ru')).toMatchObject([
      { id: '1001', code: 'marketing-basic', title: title.slice(0, OFFER_TITLE_MAX) },
    ]);
  });

  it('sends a code as long as the background takes whole, and none that it would have to cut', async () => {
    const longest = 'c'.repeat(OFFER_CODE_MAX);
    await openOfferForm('Курс', longest);
    expect((await listOffers('school.getcourse.ru')).map((o) => o.code)).toEqual([longest]);

    fakeBrowser.reset();
    const { sent } = await openOfferForm('Курс', 'c'.repeat(OFFER_CODE_MAX + 1));
    expect(sent.filter((m) => m.type === CS_TO_BG.offersSeen)).toEqual([]);
    expect(await listOffers('school.getcourse.ru')).toEqual([]);
  });
});
