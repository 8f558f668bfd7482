/**
 * Offer codes and process checks in Firefox ESR (fact sheet R.2, R.3): the offers list's note and
 * the codes remembered from offer forms, copied and read back from the clipboard; the popup's
 * list driven by keyboard (Playwright cannot read moz-extension:// pages); the «Одобрено»
 * warning; the «Вызвать URL» check inside the block modal, which a page script cannot make send.
 */
import {
  artifact,
  CALL_URL_FIELD,
  closeBlock,
  launchFirefox,
  MODAL,
  openBlock,
  openCallUrlBlock,
  openPopupFirefox,
  pressAsAdmin,
  useE2eSuite,
} from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const badge = (id: number) => page.locator(`tr[data-key="${id}"] [data-gc-albato="offer-code"] .gc-offer`);
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
type SeedOffer = { id: number; title: string; code: string };

async function openOffer(id: number): Promise<void> {
  await page.goto(schoolUrl(sandbox, `/pl/sales/offer/update?id=${id}`));
  await page.locator('[data-gc-albato="offer-code"] .gc-offer').waitFor({ timeout: 15_000 });
}

// The suite's browser has a fresh profile: no offer form has been seen yet.
describe('Firefox: offers list and codes', () => {
  it('the list says where codes live; after the forms were opened it shows and copies their codes', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    expect(await page.locator('[data-gc-albato="offer-list-note"] .gc-offer-note').textContent({ timeout: 15_000 })).toContain(
      '«Уникальный код предложения»',
    );
    expect(await page.locator('[data-gc-albato="offer-code"]').count()).toBe(0);
    for (const id of [1001, 1003, 1015]) await openOffer(id);
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await badge(1001).locator('.gc-copy').click({ timeout: 15_000 });
    expect(await clipboard()).toBe('marketing-basic');
    expect(await badge(1001).locator('.gc-status').textContent()).toBe('Скопировано');
    expect(await badge(1003).textContent()).toBe('⚠ в настройках кода нет');
    await badge(1015).locator('.gc-copy').focus();
    await page.keyboard.press('Enter');
    expect(await clipboard()).toBe('promo&50');
  });

  it('the popup lists the remembered codes: its first copy button copies the first coded offer by title', async () => {
    const offers = sandbox.school().offers as SeedOffer[];
    const first = offers.filter((o) => [1001, 1015].includes(o.id)).sort((a, b) => a.title.localeCompare(b.title, 'ru'))[0]!;
    await page.evaluate(() => navigator.clipboard.writeText('')); // the test above copied one of these codes already
    const popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/pl/sales/offer/index'), 'codes');
    // The codes section, reached backwards from the popup's end (the options link).
    await popup.keyboard.press('Shift+Tab'); // «Все школы и настройки»
    await popup.keyboard.press('Shift+Tab'); // the last offer's copy button
    await popup.keyboard.press('Shift+Tab'); // the first offer's copy button
    await popup.screenshot({ path: artifact('firefox-popup-offer-codes.png'), fullPage: true });
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    await expect.poll(clipboard).toBe(first.code);
  });
});

describe('Firefox: process warnings appear and clear', () => {
  const approved = () => page.locator('[data-gc-albato="process-approved"] .gc-process');
  const callUrl = () => page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-process`);

  it('«Одобрено» off warns, ticking clears', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102'));
    expect(await approved().textContent({ timeout: 15_000 })).toContain('Галочка «Одобрено» снята');
    await page.locator('#paramsobject-approved').check();
    expect(await approved().textContent()).toContain('«Одобрено» отмечено');
  });

  it('in the modal: cost with currency is swapped for the plain number; a variable of the other kind is flagged while typing', async () => {
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'), 2, 15_000);
    const money = callUrl().locator('.gc-finding[data-code="formatted-money"]');
    await money.locator('.gc-swap').waitFor({ timeout: 15_000 });
    await pressAsAdmin(money.locator('.gc-swap'));
    expect(await page.locator(CALL_URL_FIELD).inputValue()).toContain('cost={object.cost_money_value}');
    expect(await callUrl().locator('.gc-finding[data-code="formatted-money"]').count()).toBe(0);

    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    const input = page.locator(CALL_URL_FIELD);
    const original = await input.inputValue();
    await input.fill(`${original}&cost={object.cost_money}`);
    expect(await callUrl().locator('.gc-finding[data-code="wrong-kind"]').textContent({ timeout: 15_000 })).toContain(
      'процесс работает с объектами «Пользователи»',
    );
    await input.fill(original);
    expect(await callUrl().locator('.gc-finding').count()).toBe(0);
  });

  it('the views leave with the modal and come back with it; a page script pressing Send sends nothing', async () => {
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    await callUrl().waitFor({ timeout: 15_000 });
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url"], [data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await callUrl().waitFor({ timeout: 15_000 });
    const panel = page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);
    await pressAsAdmin(panel.locator('.gc-test-open'));
    await page.locator(CALL_URL_FIELD).fill(`${schoolUrl(sandbox, sandbox.webhookPath)}?e={object.email}`);
    await page.evaluate(() => {
      const root = document.querySelector('[data-gc-albato="call-url-test"]')!.shadowRoot!;
      (root.querySelector('.gc-test-send') as HTMLButtonElement).click();
    });
    expect(await panel.locator('.gc-test-send').textContent()).toBe('Отправить…');
    expect(await panel.locator('[data-code="opened"]').count()).toBe(0);
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });
});
