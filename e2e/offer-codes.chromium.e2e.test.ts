/**
 * Offer codes in Chromium on the sandbox's offer pages: shown and copied on the list and the form,
 * remembered per school and listed in the popup. Expected codes come from the sandbox seed.
 */
import { launchChromium, openPopupChromium, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }), (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));
const badge = (scope: string) => page.locator(`${scope} [data-gc-albato="offer-code"] .gc-offer`);
type SeedOffer = { id: number; title: string; code: string };

describe('offers list', () => {
  it('shows every offer’s code beside it, or where to set a missing one', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    const offers = sandbox.school().offers as SeedOffer[];
    await badge(`tr[data-offer-id="${offers[0]!.id}"]`).waitFor();
    for (const offer of offers) {
      const text = await badge(`tr[data-offer-id="${offer.id}"]`).textContent();
      if (offer.code) expect(await badge(`tr[data-offer-id="${offer.id}"]`).locator('.gc-offer-code').textContent()).toBe(offer.code);
      else expect(text).toContain('нет кода');
    }
    expect(offers.filter((o) => !o.code).length).toBeGreaterThan(2);
  });

  it('copies a code with one click or by keyboard, and says so', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    const first = badge('tr[data-offer-id="1001"]');
    await first.locator('.gc-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('marketing-basic');
    expect(await first.locator('.gc-status').textContent()).toBe('Скопировано');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await badge('tr[data-offer-id="1015"]').locator('.gc-copy').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('promo&50');
  });
});

describe('offer form', () => {
  it('shows the code under its field, follows typing, and hints when it is empty', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/update?id=1001'));
    const shown = page.locator('[data-gc-albato="offer-code"] .gc-offer');
    expect(await shown.locator('.gc-offer-code').textContent()).toBe('marketing-basic');
    await page.locator('input[name="Offer[code]"]').fill('');
    expect(await shown.textContent()).toContain('Нет кода: Albato не сможет создать заказ');
    await page.locator('input[name="Offer[code]"]').fill('new-code');
    expect(await shown.locator('.gc-offer-code').textContent()).toBe('new-code');
  });
});

describe('popup', () => {
  it('lists the codes seen on this school’s pages and copies them', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await badge('tr[data-offer-id="1001"]').waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/update?id=1002'));
    const popup = await openPopupChromium(browser);
    const items = popup.locator('#offer-codes li');
    await items.first().waitFor();
    const offers = sandbox.school().offers as SeedOffer[];
    expect(await items.count()).toBe(offers.length);
    const marketing = popup.locator('#offer-codes li[data-offer-id="1001"]');
    expect(await marketing.locator('.offer-code').textContent()).toBe('marketing-basic');
    expect(await popup.locator('#offer-codes li[data-offer-id="1003"]').textContent()).toContain('нет кода');
    expect(await popup.locator('#offer-codes li[data-offer-id="1015"] .offer-title').textContent()).toBe('<b>Акция</b> & «скидка 50%»');
    await marketing.locator('button').click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('marketing-basic');
    await popup.close();
  });
});
