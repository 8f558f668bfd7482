/**
 * The popup's one-click webhook test and the request history in Chromium (issue 6): the
 * GetCourse-shaped call reaches the sandbox's receiver, 4xx/5xx/timeout are explained, the history
 * fills, downloads as JSON without keys, lets a failed call be edited and sent again, and clears.
 * Chromium's permission prompt cannot be answered headless, so the calls go to the receiver on the
 * school's own host, which the extension may already reach (Firefox grants h.albato.ru for real).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  artifact,
  clearExtensionData,
  launchChromium,
  MODAL,
  openCallUrlBlock,
  openPopupChromium,
  showPopupTab,
  useE2eSuite,
} from './harness';
import { schoolUrl } from './harness/sandbox';
import type { ProcessKind } from '@/utils/process-url';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

/** The editor with its «Вызвать URL» block open: the URL it shows is remembered for the popup (R.2: it is only in the modal). */
async function popupOnEditor(): Promise<Page> {
  await openCallUrlBlock(page, schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
  await page.locator(`${MODAL} [data-gc-albato="call-url-test"] .gc-test`).waitFor();
  return openPopupChromium(browser, 'webhook');
}

async function send(popup: Page, template: string, sample: ProcessKind = 'user', timeout = 10_000): Promise<void> {
  await showPopupTab(popup, 'webhook');
  await popup.fill('#webhook-url', template);
  await popup.locator(`input[name="webhook-sample"][value="${sample}"]`).check();
  await popup.click('#webhook-send');
  await popup.locator('#webhook-answer, #webhook-test .diagnosis').first().waitFor({ timeout });
}

describe('webhook test and history (Chromium)', () => {
  it('sends the call as a GetCourse order process would and shows status, time, headers and body', async () => {
    const popup = await popupOnEditor();
    expect(await popup.locator('#webhook-seen option').allTextContents()).toContainEqual(
      expect.stringContaining('процесс 102: https://h.albato.ru/wh/38/'),
    );
    const hook = `${schoolUrl(sandbox, sandbox.webhookPath)}?number={object.number}&email={object.user.email}&cost={object.cost_money}&city={object.Город проживания}`;
    await popup.fill('#webhook-url', hook);
    await popup.locator('input[name="webhook-sample"][value="deal"]').check();
    expect(await popup.locator('#webhook-preview').textContent()).toContain('cost=1%20500%20%D1%80%D1%83%D0%B1.');
    expect(sandbox.webhookCalls()).toHaveLength(0); // nothing without the click
    await send(popup, hook, 'deal');
    expect(await popup.locator('#webhook-answer').getAttribute('data-status')).toBe('200');
    expect(await popup.locator('#webhook-answer').textContent()).toMatch(/HTTP 200 · \d+ мс — Адрес принял вызов/);
    expect(await popup.locator('#webhook-answer table.headers').textContent()).toContain('application/json');
    expect(await popup.locator('#webhook-answer .answer-body').textContent()).toBe('{"success":true}');
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        query: { number: '0', email: 'test+albato@example.com', cost: '1 500 руб.', city: 'Тестовое значение' },
      }),
    ]);
    await popup.screenshot({ path: artifact('chromium-webhook-test.png'), fullPage: true });
    await popup.close();
  });

  it.each([
    [{ status: 404, body: 'no such hook' }, 'Адрес не найден (404)'],
    [{ status: 500, body: 'boom' }, 'Ошибка на стороне получателя (HTTP 500)'],
    [{ status: 401, body: 'token' }, 'Адрес отклонил вызов (HTTP 401)'],
  ])('explains %o', async (answer, text) => {
    sandbox.setWebhookResponse({ ...answer, contentType: 'text/plain' });
    const popup = await popupOnEditor();
    await send(popup, schoolUrl(sandbox, sandbox.webhookPath));
    expect(await popup.locator('#webhook-answer').textContent()).toContain(text);
    expect(sandbox.webhookCalls()).toHaveLength(1); // no retry
    await popup.close();
  });

  it('a slow receiver is a timeout; an http address is refused before sending', async () => {
    sandbox.setWebhookResponse({ delayMs: 14_000 });
    const popup = await popupOnEditor();
    await send(popup, schoolUrl(sandbox, sandbox.webhookPath), 'user', 20_000);
    expect(await popup.locator('#webhook-test .diagnosis').getAttribute('data-diagnosis')).toBe('timeout');
    await send(popup, 'http://h.albato.ru/wh/38/1lfAbCd/token/');
    expect(await popup.locator('#webhook-test .diagnosis').getAttribute('data-diagnosis')).toBe('insecure-target');
    expect(sandbox.webhookCalls()).toHaveLength(1);
    await popup.close();
  });

  it('history: filled, downloaded as JSON without keys, a failed call edited and sent again, then cleared', async () => {
    const popup = await popupOnEditor();
    await showPopupTab(popup, 'check');
    await popup.fill('#api-key', sandbox.keys.readWrite); // a saved school with a key must not leak into the history
    await popup.click('#save-school');
    await popup.locator('#school-panel').waitFor();
    sandbox.setWebhookResponse({ status: 500, body: 'down' });
    await send(popup, `${schoolUrl(sandbox, sandbox.webhookPath)}?try=1`);
    sandbox.setWebhookResponse({ status: 200 });
    await send(popup, `${schoolUrl(sandbox, sandbox.webhookPath)}?try=2`);
    await showPopupTab(popup, 'history');
    const items = popup.locator('#request-history ul.history li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).getAttribute('data-outcome')).toBe('ok');
    expect(await items.nth(1).getAttribute('data-outcome')).toBe('fail');

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('#history-export')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      school: string;
      entries: { target: string; outcome: string }[];
    };
    expect(exported.school).toBe(`https://school.getcourse.ru:${sandbox.httpsPort}`);
    expect(exported.entries.map((e) => e.outcome)).toEqual(['ok', 'fail']);
    expect(JSON.stringify(exported)).not.toContain(sandbox.keys.readWrite);

    await items.nth(1).locator('.resend').click(); // back in the webhook test, filled
    await expect.poll(() => popup.locator('#webhook-url').inputValue()).toBe(`${schoolUrl(sandbox, sandbox.webhookPath)}?try=1`);
    await send(popup, `${schoolUrl(sandbox, sandbox.webhookPath)}?try=3`);
    await showPopupTab(popup, 'history');
    await expect.poll(() => items.count()).toBe(3);
    expect(sandbox.webhookCalls().map((c) => c.query.try)).toEqual(['1', '2', '3']);

    await popup.click('#history-clear');
    await expect.poll(() => items.count()).toBe(0);
    expect(await popup.locator('#request-history').textContent()).toContain('Запросов пока не было');
    await popup.close();
  });
});
