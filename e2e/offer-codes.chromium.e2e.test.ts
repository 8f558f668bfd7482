/**
 * Offer codes in Chromium on the sandbox's offer pages (fact sheet R.3): the form shows and
 * copies its code and the school remembers it; the list, a GridView without a code column, says
 * once where codes live and shows beside each offer the code its form had; the popup lists the
 * remembered codes. Expected codes come from the sandbox seed.
 */
import { clearExtensionData, launchChromium, openPopupChromium, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(
  () => launchChromium({ lang: 'ru' }),
  (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']),
);
const row = (id: number) => page.locator(`tr[data-key="${id}"]`);
const badge = (id: number) => row(id).locator('[data-gc-albato="offer-code"] .gc-offer');
const note = () => page.locator('[data-gc-albato="offer-list-note"] .gc-offer-note');
const formBadge = () => page.locator('[data-gc-albato="offer-code"] .gc-offer');
type SeedOffer = { id: number; title: string; code: string };

// Each test starts from the seed and from an extension that has seen no offer form.
beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

/** Opens an offer's form and waits until the extension has read it (its badge is up). */
async function openOffer(id: number): Promise<void> {
  await page.goto(schoolUrl(sandbox, `/pl/sales/offer/update?id=${id}`));
  await formBadge().waitFor();
}

describe('offer form', () => {
  it('shows the code under its field, follows typing, and hints when it is empty', async () => {
    await openOffer(1001);
    expect(await formBadge().locator('.gc-offer-code').textContent()).toBe('marketing-basic');
    await page.locator('input[name="Offer[code]"]').fill('');
    expect(await formBadge().textContent()).toContain('Нет кода: Albato не сможет создать заказ');
    await page.locator('input[name="Offer[code]"]').fill('new-code');
    expect(await formBadge().locator('.gc-offer-code').textContent()).toBe('new-code');
  });
});

describe('offers list (no code column)', () => {
  it('says once where codes live, and shows codes only for offers whose form was opened', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    expect(await note().textContent()).toContain('«Уникальный код предложения»');
    expect(await page.locator('[data-gc-albato="offer-list-note"]').count()).toBe(1);
    // The note sits right above the list's table.
    expect(await page.locator('[data-gc-albato="offer-list-note"] + table.kv-grid-table').count()).toBe(1);
    expect(await page.locator('[data-gc-albato="offer-code"]').count()).toBe(0); // no form seen yet

    for (const id of [1002, 1003, 1015]) await openOffer(id);
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await note().waitFor();
    await badge(1002).waitFor();
    const offers = sandbox.school().offers as SeedOffer[];
    expect(await badge(1002).locator('.gc-offer-code').textContent()).toBe(offers.find((o) => o.id === 1002)!.code);
    expect(await badge(1003).textContent()).toBe('⚠ в настройках кода нет');
    expect(await badge(1015).locator('.gc-offer-code').textContent()).toBe('promo&50');
    expect(await page.locator('[data-gc-albato="offer-code"]').count()).toBe(3);
  });

  it('copies a remembered code with one click or by keyboard, and says so', async () => {
    await openOffer(1001);
    await openOffer(1015);
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await badge(1001).locator('.gc-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('marketing-basic');
    expect(await badge(1001).locator('.gc-status').textContent()).toBe('Скопировано');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await badge(1015).locator('.gc-copy').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('promo&50');
  });

  it('a code changed and saved in the form shows on the list after the form is opened again', async () => {
    await openOffer(1003);
    await page.locator('input[name="Offer[code]"]').fill('webinar-funnels');
    await page.click('.save-offer');
    await page.waitForURL(/update\?id=1003$/);
    await formBadge().waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    expect(await badge(1003).locator('.gc-offer-code').textContent()).toBe('webinar-funnels');
  });
});

describe('popup', () => {
  it('lists the codes seen in this school’s offer forms and copies them', async () => {
    for (const id of [1001, 1003, 1015]) await openOffer(id);
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index')); // the list adds nothing to what the forms told
    await note().waitFor();
    const popup = await openPopupChromium(browser, 'codes');
    const items = popup.locator('#offer-codes li');
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    const marketing = popup.locator('#offer-codes li[data-offer-id="1001"]');
    expect(await marketing.locator('.offer-code').textContent()).toBe('marketing-basic');
    expect(await popup.locator('#offer-codes li[data-offer-id="1003"]').textContent()).toContain('нет кода');
    expect(await popup.locator('#offer-codes li[data-offer-id="1015"] .offer-title').textContent()).toBe('<b>Акция</b> & «скидка 50%»');
    await marketing.locator('button').click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('marketing-basic');
    await popup.close();
  });
});
