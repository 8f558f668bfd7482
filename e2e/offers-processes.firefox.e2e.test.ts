/**
 * Offer codes and process checks in Firefox ESR: copied codes read back from the clipboard, the
 * popup's list driven by keyboard (Playwright cannot read moz-extension:// pages), and the process
 * warnings appearing and clearing as in Chromium.
 */
import { launchFirefox, openPopupFirefox, readMarker, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const badge = (id: number) => page.locator(`tr[data-offer-id="${id}"] [data-gc-albato="offer-code"] .gc-offer`);
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
type SeedOffer = { id: number; title: string; code: string };

describe('Firefox: offer codes copied', () => {
  it('copies a code by click and by keyboard', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await badge(1001).locator('.gc-copy').click({ timeout: 15_000 });
    expect(await clipboard()).toBe('marketing-basic');
    expect(await badge(1001).locator('.gc-status').textContent()).toBe('Скопировано');
    await badge(1015).locator('.gc-copy').focus();
    await page.keyboard.press('Enter');
    expect(await clipboard()).toBe('promo&50');
  });

  it('the popup lists the remembered codes: its first copy button copies the first coded offer by title', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await badge(1001).waitFor({ timeout: 15_000 });
    const offers = sandbox.school().offers as SeedOffer[];
    const first = offers.filter((o) => o.code).sort((a, b) => a.title.localeCompare(b.title, 'ru'))[0]!;
    const popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/pl/sales/offer/index'));
    await popup.keyboard.press('Tab'); // key input
    await popup.keyboard.press('Tab'); // «Проверить ключ»
    await popup.keyboard.press('Tab'); // the scrolling list (Firefox makes scrollable boxes focusable)
    await popup.keyboard.press('Tab'); // the first offer's copy button
    await popup.keyboard.press('Enter');
    await popup.waitForTimeout(300);
    await page.bringToFront();
    expect(await clipboard()).toBe(first.code);
  });
});

describe('Firefox: process warnings appear and clear', () => {
  const approved = () => page.locator('[data-gc-albato="process-approved"] .gc-process');
  const callUrl = () => page.locator('[data-gc-albato="call-url"] .gc-process');

  it('«Одобрено» off warns, ticking clears', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102'));
    expect(await approved().textContent({ timeout: 15_000 })).toContain('Галочка «Одобрено» снята');
    await page.locator('#paramsobject-approved').check();
    expect(await approved().textContent()).toContain('«Одобрено» отмечено');
  });

  it('cost with currency is swapped for the plain number; a variable of the other kind is flagged while typing', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
    const money = callUrl().locator('.gc-finding[data-code="formatted-money"]');
    await money.locator('.gc-swap').click({ timeout: 15_000 });
    expect(await page.locator('input.call-url-url').inputValue()).toContain('cost={object.cost_money_value}');
    expect(await callUrl().locator('.gc-finding[data-code="formatted-money"]').count()).toBe(0);

    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=101'));
    await approved().waitFor({ timeout: 15_000 });
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
    expect(await readMarker(page, 15_000)).toContain('Редактор процесса');
    const input = page.locator('input.call-url-url');
    const original = await input.inputValue();
    await input.fill(`${original}&cost={object.cost_money}`);
    expect(await callUrl().locator('.gc-finding[data-code="wrong-kind"]').textContent()).toContain('процесс работает с объектами «Пользователи»');
    await input.fill(original);
    expect(await callUrl().locator('.gc-finding').count()).toBe(0);
  });
});
