/**
 * "Test this URL" in the process editor's block modal (fact sheet R.2), Chromium: the preview, and
 * Send… opening the call on the extension's own page (the popup's webhook tab in a tab beside the
 * editor), where the admin sends it and reads the answer, which the school's page never sees; and
 * what a hostile school page can do with our open shadow root (README, Security): fill the field
 * and press Send — nothing opens, nothing is sent.
 * Test calls never go to GetCourse hosts, so the calls go to Albato's hosts, which resolve to the
 * sandbox (A33): h.albato.ru and h.albato.com are approved once for the suite the way the
 * own-domain suite approves its domain (recorded through chrome://extensions' site access; the
 * confirmation page's Send then asks for it for real: Chromium's prompt cannot be pressed headless).
 * Each test works in a tab of its own: the extension opens only a few calls a minute per tab.
 */
import type { Page } from 'playwright-core';
import {
  approveSiteLikeChromeSettings,
  CALL_URL_FIELD,
  closeBlock,
  launchChromium,
  MODAL,
  openBlock,
  openCallUrlBlock,
  useE2eSuite,
} from './harness';
import { pressAsAdmin } from './harness/admin-press';
import { schoolUrl } from './harness/sandbox';

const APPROVED = ['https://h.albato.ru', 'https://h.albato.com'];

const { sandbox, browser } = useE2eSuite(
  () => launchChromium({ lang: 'ru' }),
  async (launched) => {
    for (const origin of APPROVED) await approveSiteLikeChromeSettings(launched, `${origin}/*`);
  },
);

let page: Page;
beforeEach(async () => {
  sandbox.reset();
  page = await browser.context.newPage();
});
afterEach(async () => {
  for (const open of browser.context.pages()) if (open.url().includes('/popup.html?call=')) await open.close();
  await page.close();
});

const panel = () => page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`);
const input = () => page.locator(CALL_URL_FIELD);
/** The sandbox's receiver under Albato's host name, on the sandbox's port (the URL Albato would give, A33). */
const albato = (host = 'h.albato.ru') => `https://${host}:${sandbox.httpsPort}${sandbox.webhookPath}`;

/** The process's kind comes from GetCourse's processes-by-type list (C.2): no settings page first. */
async function openEditor(id: number) {
  await openCallUrlBlock(page, schoolUrl(sandbox, `/pl/tasks/mission/process?id=${id}`));
  await pressAsAdmin(panel().locator('.gc-test-open'));
}

/** Pages the browser opens from now on (the confirmation opens in a new tab). */
function countNewPages(): () => number {
  let opened = 0;
  browser.context.on('page', () => void (opened += 1));
  return () => opened;
}

/** The admin's click on Send… in the page: the extension's tab with the call comes up. */
async function openConfirmation(): Promise<Page> {
  const [confirmation] = await Promise.all([browser.context.waitForEvent('page'), pressAsAdmin(panel().locator('.gc-test-send'))]);
  await confirmation.locator('#webhook-from-page').waitFor({ timeout: 10_000 });
  return confirmation;
}

/** …and Send there: the answer or the diagnosis, on the extension's page. */
async function sendThere(confirmation: Page): Promise<void> {
  await confirmation.locator('#webhook-send').click();
  await confirmation.locator('#webhook-answer, #webhook-test .diagnosis').first().waitFor({ timeout: 20_000 });
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

  it('Send… opens the call in the extension’s tab beside the editor; sent there, the answer is shown there and not in the page', async () => {
    await openEditor(101);
    const template = `${albato()}?email={object.email}&city={object.city}&f={object.Город проживания}`;
    await input().fill(template);
    const confirmation = await openConfirmation();
    expect(confirmation.url()).toMatch(new RegExp(`^${browser.extensionOrigin}/popup\\.html\\?call=.+#webhook$`));
    expect(await confirmation.locator('#webhook-from-page').textContent()).toContain('в редакторе процесса 101');
    expect(await confirmation.locator('#school-host').textContent()).toBe(new URL(schoolUrl(sandbox, '/')).host);
    expect(await confirmation.locator('#webhook-url').inputValue()).toBe(template);
    expect(await confirmation.locator('input[name="webhook-sample"][value="user"]').isChecked()).toBe(true);
    // Send is where the focus is: one deliberate press of the admin's.
    expect(await confirmation.evaluate(() => document.activeElement?.id)).toBe('webhook-send');
    expect(sandbox.webhookCalls()).toHaveLength(0); // opening sends nothing
    expect(await panel().locator('[data-code="opened"]').textContent()).toContain('нажмите там «Отправить тестовый вызов»');

    await sendThere(confirmation);
    expect(await confirmation.locator('#webhook-answer').getAttribute('data-status')).toBe('200');
    expect(await confirmation.locator('#webhook-answer').textContent()).toMatch(/HTTP 200 · \d+ мс — Адрес принял вызов/);
    expect(await confirmation.locator('#webhook-answer .answer-body').textContent()).toBe('{"success":true}');
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: sandbox.webhookPath,
        body: '',
        query: { email: 'test+albato@example.com', city: 'Москва', f: 'Тестовое значение' },
      }),
    ]);
    // Nothing of the answer in the school's page.
    expect(await panel().textContent()).not.toContain('success');
    expect(await panel().locator('.gc-answer, .gc-body').count()).toBe(0);
  });

  it('a second Send… brings the same tab back with the new call; an edit in the page goes back to the preview', async () => {
    const opened = countNewPages();
    await openEditor(102);
    await input().fill(`${albato()}?n={object.number}`);
    const confirmation = await openConfirmation();
    expect(await confirmation.locator('#webhook-method').inputValue()).toBe('POST');
    expect(await confirmation.locator('input[name="webhook-sample"][value="deal"]').isChecked()).toBe(true);
    await page.bringToFront();
    await input().fill(`${albato()}?n={object.number}&x=1`);
    expect(await panel().locator('[data-code="opened"]').count()).toBe(0);
    expect(await panel().locator('.gc-request').textContent()).toContain('&x=1');
    await pressAsAdmin(panel().locator('.gc-test-send'));
    await expect.poll(() => confirmation.url(), { timeout: 10_000 }).toContain(encodeURIComponent('&x=1'));
    await confirmation.locator('#webhook-from-page').waitFor();
    expect(await confirmation.locator('#webhook-url').inputValue()).toContain('&x=1');
    expect(opened()).toBe(1);
    await sendThere(confirmation);
    expect(sandbox.webhookCalls()).toEqual([expect.objectContaining({ method: 'POST', query: { n: '0', x: '1' } })]);
  });

  it('closed and reopened, the modal gets a fresh Test this URL that still opens the call', async () => {
    await openEditor(101);
    await closeBlock(page);
    expect(await page.locator('[data-gc-albato="call-url-test"]').count()).toBe(0);
    await openBlock(page, 2);
    await pressAsAdmin(panel().locator('.gc-test-open'));
    await input().fill(albato());
    const confirmation = await openConfirmation();
    await sendThere(confirmation);
    expect(await confirmation.locator('#webhook-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toHaveLength(1);
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

  it('fills the URL with an approved host and presses Send…: nothing opens; the admin’s own click on it is refused too', async () => {
    const opened = countNewPages();
    await openEditor(101);
    await pageTypes(`${albato('h.albato.com')}?stolen={object.email}`);
    expect(await panel().locator('.gc-request').textContent()).toContain('https://h.albato.com:'); // the preview follows the field
    await pagePresses('.gc-test-send');
    expect(await panel().locator('[data-code="opened"]').count()).toBe(0);
    // The admin, not noticing, presses Send…: the host was neither typed by them nor saved in the process.
    await pressAsAdmin(panel().locator('.gc-test-send'));
    const refused = panel().locator('.gc-finding[data-code="untyped-target"]');
    expect(await refused.textContent()).toContain(`адрес https://h.albato.com:${sandbox.httpsPort} вы не набирали`);
    expect(opened()).toBe(0);
    // Typed by the admin, the same host opens, and goes out from the extension's page.
    await input().fill(`${albato('h.albato.com')}?typed={object.email}`);
    const confirmation = await openConfirmation();
    await sendThere(confirmation);
    expect(await confirmation.locator('#webhook-answer').getAttribute('data-status')).toBe('200');
    expect(sandbox.webhookCalls()).toEqual([expect.objectContaining({ query: { typed: 'test+albato@example.com' } })]);
  });

  it('a GetCourse address is never opened, even typed by the admin (no proxy to the school’s own pages)', async () => {
    const opened = countNewPages();
    await openEditor(101);
    await input().fill(`${schoolUrl(sandbox, sandbox.webhookPath)}?e={object.email}`);
    await pressAsAdmin(panel().locator('.gc-test-send'));
    expect(await panel().locator('.gc-finding[data-code="getcourse-target"]').textContent()).toContain(
      `в сам GetCourse (https://school.getcourse.ru:${sandbox.httpsPort})`,
    );
    expect(opened()).toBe(0);
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('presses «Test this URL» and Send…: nothing opens; the admin’s own clicks open exactly one tab', async () => {
    const opened = countNewPages();
    await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
    await panel().locator('.gc-test-open').waitFor();
    await pagePresses('.gc-test-open');
    expect(await panel().locator('.gc-test-send').count()).toBe(0);
    await pressAsAdmin(panel().locator('.gc-test-open'));
    await input().fill(`${albato()}?email={object.email}`);
    await pagePresses('.gc-test-send');
    await page.waitForTimeout(500);
    expect(opened()).toBe(0);
    await openConfirmation();
    expect(opened()).toBe(1);
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });
});
