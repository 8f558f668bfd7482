/**
 * "Test this URL" in the process editor's block modal (fact sheet R.2), Chromium: the preview, the access page for a host the
 * extension may not reach yet, and calls through the background to the sandbox's receiver with
 * each kind of answer. Chromium's permission prompt cannot be pressed from here, so the sent calls
 * go to a school host the extension already has (the receiver answers on any host under
 * /__albato/); the Firefox suite grants h.albato.ru for real.
 */
import { CALL_URL_FIELD, closeBlock, launchChromium, MODAL, openBlock, openCallUrlBlock, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const panel = () => page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);
const input = () => page.locator(CALL_URL_FIELD);

/** The process's kind comes from GetCourse's processes-by-type list (C.2): no settings page first. */
async function openEditor(id: number) {
  await openCallUrlBlock(page, schoolUrl(sandbox, `/pl/tasks/mission/process?id=${id}`));
  await panel().locator('.gc-test-open').click();
}

async function send(): Promise<void> {
  await panel().locator('.gc-test-send').click();
  await panel().locator('.gc-answer, .gc-finding').first().waitFor({ timeout: 20_000 });
}

describe('test this URL (Chromium)', () => {
  beforeEach(() => sandbox.reset());

  it('previews the call for a sample user: method, Cyrillic percent-encoded, custom field marked, no body', async () => {
    await openEditor(101);
    expect(await panel().locator('.gc-request').textContent()).toBe(
      'GET https://h.albato.ru/wh/38/1lfAbCd/ATFxeZrlsG3WTfCMTi2wknMQdl8rSphiTbjD1yJXUq8/?email=test%2Balbato%40example.com&name=%D0%A2%D0%B5%D1%81%D1%82&phone=%2B79990000000&city=%D0%A2%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%BE%D0%B5%20%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD%D0%B8%D0%B5&tg=%D0%A2%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%BE%D0%B5%20%D0%B7%D0%BD%D0%B0%D1%87%D0%B5%D0%BD%D0%B8%D0%B5',
    );
    const filled = await panel().locator('.gc-filled li').allTextContents();
    expect(filled).toContain('{object.email} → «test+albato@example.com»');
    expect(filled).toContain('{object.Город проживания} → «Тестовое значение» (пример для доп. поля)');
    expect(await panel().textContent()).toContain('Тело запроса пустое');
    expect(sandbox.webhookCalls()).toHaveLength(0); // nothing is sent without the click
  });

  it('order process: POST from the modal’s method select, cost with currency as GetCourse formats it; switching the method follows', async () => {
    await openEditor(102);
    const request = await panel().locator('.gc-request').textContent();
    expect(request).toMatch(/^POST https:\/\/h\.albato\.ru\/wh\//);
    expect(request).toContain('cost=1%20500%20%D1%80%D1%83%D0%B1.');
    await page.locator(`${MODAL} [data-operation-type="common_get_url"] select`).selectOption('GET');
    await expect.poll(() => panel().locator('.gc-request').textContent()).toMatch(/^GET https:/);
  });

  it('a host without access: explained, and «Разрешить доступ» opens the extension’s access page for that origin', async () => {
    await openEditor(101);
    await send();
    const finding = panel().locator('.gc-finding[data-code="needs-permission"]');
    expect(await finding.textContent()).toContain('разрешите расширению доступ к https://h.albato.ru');
    const [grantPage] = await Promise.all([browser.context.waitForEvent('page'), finding.locator('.gc-test-grant').click()]);
    await grantPage.waitForLoadState();
    expect(grantPage.url()).toBe(`${browser.extensionOrigin}/grant.html?origin=https%3A%2F%2Fh.albato.ru`);
    expect(await grantPage.locator('.origin code').textContent({ timeout: 10_000 })).toBe('https://h.albato.ru');
    expect(await grantPage.locator('#allow').textContent()).toBe('Разрешить доступ');
    await grantPage.close();
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('sends through the background and shows status, time and body; edits go back to the preview', async () => {
    await openEditor(101);
    await input().fill(`${schoolUrl(sandbox, sandbox.webhookPath)}?email={object.email}&city={object.city}&f={object.Город проживания}`);
    await send();
    const answer = panel().locator('.gc-answer');
    expect(await answer.getAttribute('data-status')).toBe('200');
    expect(await answer.textContent()).toMatch(/^HTTP 200 · \d+ мс — Адрес принял вызов\.Ответ \(application\/json\):\{"success":true\}$/);
    expect(sandbox.webhookCalls()).toEqual([expect.objectContaining({ method: 'GET', path: sandbox.webhookPath, body: '', query: { email: 'test+albato@example.com', city: 'Москва', f: 'Тестовое значение' } })]);
    await input().fill(`${await input().inputValue()}&x=1`);
    expect(await panel().locator('.gc-answer').count()).toBe(0);
    expect(await panel().locator('.gc-request').textContent()).toContain('&x=1');
  });

  it('a page script pressing Send in our open shadow root sends nothing; the admin’s click does', async () => {
    await openEditor(101);
    await input().fill(`${schoolUrl(sandbox, sandbox.webhookPath)}?email={object.email}`);
    await page.evaluate(() => {
      const root = document.querySelector('[data-gc-albato="call-url-test"]')!.shadowRoot!;
      (root.querySelector('.gc-test-send') as HTMLButtonElement).click();
    });
    expect(await panel().locator('.gc-test-send').textContent()).toBe('Отправить тестовый вызов');
    expect(sandbox.webhookCalls()).toHaveLength(0);
    await send();
    expect(await panel().locator('.gc-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toHaveLength(1);
  });

  it('closed and reopened, the modal gets a fresh Test this URL that still sends', async () => {
    await openEditor(101);
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await panel().locator('.gc-test-open').click();
    await input().fill(schoolUrl(sandbox, sandbox.webhookPath));
    await send();
    expect(await panel().locator('.gc-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toHaveLength(1);
  });

  it.each([
    [404, 'Адрес не найден (404)'],
    [500, 'Ошибка на стороне получателя (HTTP 500)'],
    [403, 'Адрес отклонил вызов (HTTP 403)'],
  ])('explains HTTP %i', async (status, text) => {
    sandbox.setWebhookResponse({ status, body: 'nope', contentType: 'text/plain' });
    await openEditor(101);
    await input().fill(schoolUrl(sandbox, sandbox.webhookPath));
    await send();
    expect(await panel().locator('.gc-answer').textContent()).toContain(text);
    expect(sandbox.webhookCalls()).toHaveLength(1); // no retry
  });

  it('explains an unreachable address and a timeout', async () => {
    await openEditor(101);
    await input().fill('https://school.getcourse.ru:1/__albato/wh/1/x/');
    await send();
    expect(await panel().locator('.gc-finding').textContent()).toContain('Не удалось соединиться с адресом');
    sandbox.setWebhookResponse({ delayMs: 15_000 });
    await input().fill(schoolUrl(sandbox, sandbox.webhookPath));
    await panel().locator('.gc-test-send').click();
    expect(await panel().locator('.gc-test-send').textContent()).toBe('Отправляем…');
    await panel().locator('.gc-finding[data-code="timeout"]').waitFor({ timeout: 20_000 });
    expect(await panel().locator('.gc-finding').textContent()).toContain('Адрес не ответил за 10 с');
  });
});
