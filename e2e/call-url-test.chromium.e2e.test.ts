/**
 * "Test this URL" in the process editor's block modal (fact sheet R.2), Chromium: the preview, the access page for a host the
 * extension may not reach yet, calls through the background to the sandbox's receiver with each
 * kind of answer, and what a hostile school page can do with our open shadow root (README,
 * Security): fill the field and press Send or Allow access — nothing is sent, no page opens.
 * Test calls never go to GetCourse hosts, so the calls go to Albato's hosts, which resolve to the
 * sandbox (A33): h.albato.ru and h.albato.com are granted once for the suite the way the
 * own-domain suite grants its domain (recorded through chrome://extensions' site access, then
 * asked from the access page's real click: Chromium's prompt cannot be pressed headless).
 * Each test works in a tab of its own: the extension accepts only a few calls a minute per tab.
 */
import type { Page } from 'playwright-core';
import {
  approveSiteLikeChromeSettings,
  CALL_URL_FIELD,
  closeBlock,
  holdsPermissionChromium,
  launchChromium,
  MODAL,
  openBlock,
  openCallUrlBlock,
  useE2eSuite,
  type LaunchedBrowser,
} from './harness';
import { schoolUrl } from './harness/sandbox';

const GRANTED = ['https://h.albato.ru', 'https://h.albato.com'];

async function grantFromAccessPage(browser: LaunchedBrowser, origin: string): Promise<void> {
  await approveSiteLikeChromeSettings(browser, `${origin}/*`);
  const access = await browser.context.newPage();
  await access.goto(`${browser.extensionOrigin}/grant.html?origin=${encodeURIComponent(origin)}`);
  await access.locator('#allow').click();
  await access.locator('.ok').waitFor({ timeout: 10_000 });
  await access.close();
  expect(await holdsPermissionChromium(browser, `${origin}/*`)).toBe(true);
}

const { sandbox, browser } = useE2eSuite(
  () => launchChromium({ lang: 'ru' }),
  async (launched) => {
    for (const origin of GRANTED) await grantFromAccessPage(launched, origin);
  },
);

let page: Page;
beforeEach(async () => {
  sandbox.reset();
  page = await browser.context.newPage();
});
afterEach(() => page.close());

const panel = () => page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);
const input = () => page.locator(CALL_URL_FIELD);
/** The sandbox's receiver under Albato's host name, on the sandbox's port (the URL Albato would give, A33). */
const albato = (host = 'h.albato.ru') => `https://${host}:${sandbox.httpsPort}${sandbox.webhookPath}`;

/** The process's kind comes from GetCourse's processes-by-type list (C.2): no settings page first. */
async function openEditor(id: number) {
  await openCallUrlBlock(page, schoolUrl(sandbox, `/pl/tasks/mission/process?id=${id}`));
  await panel().locator('.gc-test-open').click();
}

async function send(): Promise<void> {
  await panel().locator('.gc-test-send').click();
  await panel().locator('.gc-answer, .gc-finding').first().waitFor({ timeout: 20_000 });
}

/** Pages the browser opens from now on (the access page opens in a new tab). */
function countNewPages(): () => number {
  let opened = 0;
  browser.context.on('page', () => void (opened += 1));
  return () => opened;
}

describe('test this URL (Chromium)', () => {
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

  it('a host without access: explained, and «Разрешить доступ» opens the extension’s access page for that origin, once per page', async () => {
    const opened = countNewPages();
    await openEditor(101);
    await input().fill('https://hooks.example.net/in/1?e={object.email}');
    await send();
    const finding = panel().locator('.gc-finding[data-code="needs-permission"]');
    expect(await finding.textContent()).toContain('разрешите расширению доступ к https://hooks.example.net');
    const [grantPage] = await Promise.all([browser.context.waitForEvent('page'), finding.locator('.gc-test-grant').click()]);
    await grantPage.waitForLoadState();
    expect(grantPage.url()).toBe(`${browser.extensionOrigin}/grant.html?origin=https%3A%2F%2Fhooks.example.net`);
    expect(await grantPage.locator('.origin code').textContent({ timeout: 10_000 })).toBe('https://hooks.example.net');
    expect(await grantPage.locator('#allow').textContent()).toBe('Разрешить доступ');
    await grantPage.close();
    expect(opened()).toBe(1);

    // Another origin from the same page: refused and explained, no page opens.
    await input().fill('https://hooks2.example.net/in/2');
    await send();
    await panel().locator('.gc-test-grant').click();
    const refused = panel().locator('.gc-finding[data-code="access-asked"]');
    expect(await refused.textContent({ timeout: 10_000 })).toContain('Доступ с этой страницы уже запрошен для https://hooks.example.net');
    expect(opened()).toBe(1);
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('sends through the background and shows status, time and body; edits go back to the preview', async () => {
    await openEditor(101);
    await input().fill(`${albato()}?email={object.email}&city={object.city}&f={object.Город проживания}`);
    await send();
    const answer = panel().locator('.gc-answer');
    expect(await answer.getAttribute('data-status')).toBe('200');
    expect(await answer.textContent()).toMatch(/^HTTP 200 · \d+ мс — Адрес принял вызов\.Ответ \(application\/json\):\{"success":true\}$/);
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: sandbox.webhookPath,
        body: '',
        query: { email: 'test+albato@example.com', city: 'Москва', f: 'Тестовое значение' },
      }),
    ]);
    await input().fill(`${await input().inputValue()}&x=1`);
    expect(await panel().locator('.gc-answer').count()).toBe(0);
    expect(await panel().locator('.gc-request').textContent()).toContain('&x=1');
  });

  it('closed and reopened, the modal gets a fresh Test this URL that still sends', async () => {
    await openEditor(101);
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await panel().locator('.gc-test-open').click();
    await input().fill(albato());
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
    await input().fill(albato());
    await send();
    expect(await panel().locator('.gc-answer').textContent()).toContain(text);
    expect(sandbox.webhookCalls()).toHaveLength(1); // no retry
  });

  it('explains an unreachable address and a timeout', async () => {
    await openEditor(101);
    await input().fill('https://h.albato.ru:1/wh/1/x/');
    await send();
    expect(await panel().locator('.gc-finding').textContent()).toContain('Не удалось соединиться с адресом');
    sandbox.setWebhookResponse({ delayMs: 15_000 });
    await input().fill(albato());
    await panel().locator('.gc-test-send').click();
    expect(await panel().locator('.gc-test-send').textContent()).toBe('Отправляем…');
    await panel().locator('.gc-finding[data-code="timeout"]').waitFor({ timeout: 20_000 });
    expect(await panel().locator('.gc-finding').textContent()).toContain('Адрес не ответил за 10 с');
  });
});

describe('a hostile school page (README, Security)', () => {
  /** What a school owner's script can do in our open shadow root: press our buttons. */
  const pagePresses = (selector: string) =>
    page.evaluate((target) => {
      const button = document.querySelector('[data-gc-albato="call-url-test"]')!.shadowRoot!.querySelector(target) as HTMLButtonElement;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    }, selector);
  /** …and type into the field the way only a script can: `execCommand('insertText')`, whose input event is trusted. */
  const pageTypes = (value: string) =>
    page.evaluate(
      ([field, text]) => {
        const element = document.querySelector(field) as HTMLInputElement;
        element.focus();
        element.select();
        document.execCommand('insertText', false, text);
      },
      [CALL_URL_FIELD, value] as const,
    );

  it('fills the URL with a granted host and presses Send: nothing is sent; the admin’s own click on it is refused too', async () => {
    await openEditor(101);
    await pageTypes(`${albato('h.albato.com')}?stolen={object.email}`);
    expect(await panel().locator('.gc-request').textContent()).toContain('https://h.albato.com:'); // the preview follows the field
    await pagePresses('.gc-test-send');
    expect(await panel().locator('.gc-test-send').textContent()).toBe('Отправить тестовый вызов');
    // The admin, not noticing, presses Send: the host was neither typed by them nor saved in the process.
    await send();
    const refused = panel().locator('.gc-finding[data-code="untyped-target"]');
    expect(await refused.textContent()).toContain(`адрес https://h.albato.com:${sandbox.httpsPort} вы не набирали`);
    expect(sandbox.webhookCalls()).toHaveLength(0);
    // Typed by the admin, the same host goes out.
    await input().fill(`${albato('h.albato.com')}?typed={object.email}`);
    await send();
    expect(await panel().locator('.gc-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toEqual([expect.objectContaining({ query: { typed: 'test+albato@example.com' } })]);
  });

  it('a GetCourse address is never called, even typed by the admin (no proxy to the school’s own pages)', async () => {
    await openEditor(101);
    await input().fill(`${schoolUrl(sandbox, sandbox.webhookPath)}?e={object.email}`);
    await send();
    expect(await panel().locator('.gc-finding[data-code="getcourse-target"]').textContent()).toContain(
      `в сам GetCourse (https://school.getcourse.ru:${sandbox.httpsPort})`,
    );
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('presses «Allow access…»: no access page opens; the admin’s click opens it', async () => {
    const opened = countNewPages();
    await openEditor(101);
    await input().fill('https://hooks.example.net/in/1');
    await send();
    await panel().locator('.gc-test-grant').waitFor();
    await pagePresses('.gc-test-grant');
    await pagePresses('.gc-test-send');
    // The admin's own click afterwards opens exactly one page: the presses before it opened none.
    await Promise.all([browser.context.waitForEvent('page'), panel().locator('.gc-test-grant').click()]);
    expect(opened()).toBe(1);
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('a real click on Send after the page pressed it still sends the saved URL’s host', async () => {
    await openEditor(101);
    await input().fill(`${albato()}?email={object.email}`);
    await pagePresses('.gc-test-send');
    expect(await panel().locator('.gc-test-send').textContent()).toBe('Отправить тестовый вызов');
    expect(sandbox.webhookCalls()).toHaveLength(0);
    await send();
    expect(await panel().locator('.gc-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toHaveLength(1);
  });
});
