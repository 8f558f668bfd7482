/**
 * The Firefox build in Debian's Firefox ESR over WebDriver BiDi. Content scripts are fully
 * checked; the popup can only be driven by keyboard (Playwright cannot read moz-extension://
 * pages), so its effect is checked on the sandbox and in a screenshot (README, "Tests").
 */
import {
  artifact,
  CALL_URL_FIELD,
  launchFirefox,
  markerCount,
  MODAL,
  openCallUrlBlock,
  openPopupFirefox,
  pressAsAdmin,
  readMarker,
  useE2eSuite,
} from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));

describe('Firefox: content script on sandbox admin pages', () => {
  it.each([
    ['/pl/logic/context/custom-fields?contextName=UserContext', 'Доп. поля пользователей'],
    ['/pl/sales/offer/index', 'Список предложений'],
    ['/saas/account/api', 'Ключи API'],
  ])('recognises %s in Russian', async (path, label) => {
    await page.goto(schoolUrl(sandbox, path));
    expect(await readMarker(page, 15_000)).toBe(`Помощник Albato: страница распознана — ${label}`);
    expect(await markerCount(page)).toBe(1);
  });

  it('shows nothing on a login page', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await readMarker(page, 15_000);
    await page.goto(schoolUrl(sandbox, '/cms/system/login'));
    await page.waitForTimeout(1_000);
    expect(await markerCount(page)).toBe(0);
  });
});

describe('Firefox: popup driven by keyboard', () => {
  it('saves the school with the typed key, sends a test import, and checks the connection from the background (key in the POST body only)', async () => {
    sandbox.reset();
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=UserContext'));
    await readMarker(page, 15_000);
    let popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/cms/system/login'));
    for (let i = 0; i < 4; i++) await popup.keyboard.press('Tab'); // the «Проверка» tab, name, address, key
    await popup.keyboard.type(sandbox.keys.readWrite);
    await popup.keyboard.press('Enter'); // saves the school
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: artifact('firefox-school-saved.png'), fullPage: true });
    // (left open: closing an extension page over BiDi stops Firefox from opening the next one)

    // Test import, in its own section: its tab, kind, e-mail, domain, new address, name, phone → groups.
    popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/cms/system/login'), 'import');
    for (let i = 0; i < 8; i++) await popup.keyboard.press('Tab');
    await popup.keyboard.type('Firefox тест');
    for (let i = 0; i < 4; i++) await popup.keyboard.press('Tab'); // fields, refresh, preview → Send
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => sandbox.apiCalls().map((c) => `${c.path} ${c.keyKind}`), { timeout: 15_000 })
      .toEqual(['/pl/api/users readWrite']);
    const imported = (sandbox.school().users as { email: string; groups: { name: string }[] }[]).find((u) =>
      u.email.startsWith('albato-test+'),
    );
    expect(imported?.email).toMatch(/^albato-test\+\d{12}@example\.com$/);
    expect(imported?.groups.map((g) => g.name)).toEqual(['Firefox тест']);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: artifact('firefox-test-import.png'), fullPage: true });

    // A fresh popup for the saved school: after the tab list, the first stop is «Проверить подключение».
    sandbox.reset();
    popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/cms/system/login'));
    await popup.keyboard.press('Tab'); // the «Проверка» tab
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => sandbox.apiCalls().length, { timeout: 15_000 }).toBe(3);
    expect(sandbox.apiCalls().map((c) => `${c.path} ${c.keyKind}`)).toEqual([
      '/pl/api/users missing',
      '/pl/api/account/fields readWrite',
      '/pl/api/users readWrite',
    ]);
    await popup.waitForTimeout(1_000);
    await popup.screenshot({ path: artifact('firefox-connection-check.png'), fullPage: true });
  });
});

describe('Firefox: offer codes', () => {
  it('shows the code under the form’s code field; the list (no code column, R.3) then shows it beside the offer', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/update?id=1001'));
    const form = page.locator('[data-gc-albato="offer-code"] .gc-offer');
    expect(await form.locator('.gc-offer-code').textContent({ timeout: 15_000 })).toBe('marketing-basic');
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    expect(await page.locator('tr[data-key="1001"] [data-gc-albato="offer-code"] .gc-offer-code').textContent({ timeout: 15_000 })).toBe(
      'marketing-basic',
    );
    expect(await page.locator('[data-gc-albato="offer-list-note"]').count()).toBe(1);
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/update?id=1001'));
    await page.locator('input[name="Offer[code]"]').fill('');
    expect(await form.textContent({ timeout: 15_000 })).toContain('Нет кода');
  });
});

describe('Firefox: process pages', () => {
  it('warns about «Одобрено» off and, in the block modal, swaps cost with currency for the plain number', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102'));
    const approved = page.locator('[data-gc-albato="process-approved"] .gc-process');
    expect(await approved.textContent({ timeout: 15_000 })).toContain('Галочка «Одобрено» снята');
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'), 2, 15_000);
    const money = page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-finding[data-code="formatted-money"]`);
    await money.locator('.gc-swap').waitFor({ timeout: 15_000 });
    await pressAsAdmin(money.locator('.gc-swap'));
    expect(await page.locator(CALL_URL_FIELD).inputValue()).toContain('{object.cost_money_value}');
  });
});
