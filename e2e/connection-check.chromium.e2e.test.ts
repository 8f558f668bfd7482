/**
 * "Check connection" in Chromium against the sandbox in each state the issue names: valid key,
 * wrong key, read-only key, unpaid school, admin without rights, unreachable host, HTML instead
 * of JSON, slow answer past the timeout. Each ends in its catalogue entry on screen.
 */
import type { Page } from 'playwright-core';
import { artifact, clearExtensionData, launchChromium, openPopupWithSchoolChromium, showPopupTab, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(
  () => launchChromium({ lang: 'ru' }),
  (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']),
);

/** Storage is per browser profile: every test starts from no schools. */
beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

const popupFor = (school: 'school' | 'trial', key: string): Promise<Page> =>
  openPopupWithSchoolChromium(browser, page, schoolUrl(sandbox, '/pl/sales/offer/index', school), key);

async function runCheck(popup: Page, timeout = 15_000): Promise<Record<string, string>> {
  await popup.locator('.run-check').click();
  await popup.locator('.copy-report').waitFor({ timeout });
  const rows = await popup
    .locator('li.step')
    .evaluateAll((items) => items.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-status')]));
  return Object.fromEntries(rows);
}

const diagnosisOf = (popup: Page, step: string) => popup.locator(`li.step[data-step="${step}"] .diagnosis`);

describe('check connection (Chromium)', () => {
  it('valid key: every step passes with its time, fields readiness, a key-free report; the key is only masked and not in storage.local', async () => {
    const popup = await popupFor('school', sandbox.keys.readWrite);
    expect(await popup.locator('#key-shown').textContent()).toMatch(/^Ключ .{4}….{4} \(хранится до закрытия браузера\)$/);
    expect(await runCheck(popup)).toEqual({ address: 'pass', key: 'pass', write: 'pass', plan: 'pass', rights: 'pass', limits: 'pass' });
    expect(await popup.locator('li.step[data-step="key"]').textContent()).toMatch(/пройдено, \d+ мс/);
    expect(await popup.locator('li.step[data-step="write"] .note').textContent()).toContain('Ничего не записано');
    await showPopupTab(popup, 'fields');
    await popup.screenshot({ path: artifact('chromium-popup-fields.png'), fullPage: true });
    expect(await popup.locator('#fields-readiness').textContent()).toMatch(/\d+ доп\. (поле|поля|полей) из \d+ Albato не видит/);
    expect(await popup.locator('#fields-readiness [data-context="user"]').textContent()).toContain('Город проживания → gorod_prozhivaniia');
    await showPopupTab(popup, 'check');
    await popup.locator('.copy-report').click();
    const report = await popup.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('✓ Ключ может записывать — пройдено');
    expect(report).not.toContain(sandbox.keys.readWrite);
    await popup.screenshot({ path: artifact('chromium-connection-check-ok.png'), fullPage: true });
    // Where the key is: never in storage.local (content scripts can read it); in session storage, which the worker pins to trusted contexts.
    const worker = browser.context.serviceWorkers()[0]!;
    const local = await worker.evaluate(() =>
      (globalThis as any).chrome.storage.local.get(null).then((all: unknown) => JSON.stringify(all)),
    );
    expect(local).not.toContain(sandbox.keys.readWrite);
    expect(local).toContain('"schools"');
    const session = await worker.evaluate(() =>
      (globalThis as any).chrome.storage.session.get(null).then((all: unknown) => JSON.stringify(all)),
    );
    expect(session).toContain(sandbox.keys.readWrite);
    // The write probe wrote nothing; the fields were asked with action=get (R.4).
    expect(sandbox.apiCalls().map((c) => `${c.path} ${c.action}`)).toEqual([
      '/pl/api/users add',
      '/pl/api/account/fields get',
      '/pl/api/users add',
    ]);
    await popup.close();
  });

  it('wrong key: the key step fails with GetCourse’s own words and the fix', async () => {
    const popup = await popupFor('school', sandbox.keys.wrong);
    expect(await runCheck(popup)).toMatchObject({ address: 'pass', key: 'fail', write: 'skipped', plan: 'skipped' });
    const diagnosis = diagnosisOf(popup, 'key');
    expect(await diagnosis.getAttribute('data-diagnosis')).toBe('wrong-key');
    expect(await diagnosis.textContent()).toContain('Неавторизованное API-обращение');
    expect(await diagnosis.locator('a').first().getAttribute('href')).toBe(
      `https://school.getcourse.ru:${sandbox.httpsPort}/saas/account/api`,
    );
    await popup.close();
  });

  it('read-only key: reading passes, writing fails with «Действие запрещено»', async () => {
    const popup = await popupFor('school', sandbox.keys.readOnly);
    expect(await runCheck(popup)).toMatchObject({ key: 'pass', write: 'fail', plan: 'skipped' });
    expect(await diagnosisOf(popup, 'write').getAttribute('data-diagnosis')).toBe('read-only-key');
    expect(await diagnosisOf(popup, 'write').textContent()).toContain('Действие запрещено');
    await popup.close();
  });

  it('unpaid school: the plan step fails with the trial answer', async () => {
    const popup = await popupFor('trial', sandbox.keys.trialSchool);
    expect(await runCheck(popup)).toMatchObject({ address: 'pass', key: 'fail', plan: 'fail' });
    expect(await diagnosisOf(popup, 'plan').getAttribute('data-diagnosis')).toBe('plan-closed');
    expect(await diagnosisOf(popup, 'plan').textContent()).toContain('Функционал недоступен');
    await popup.close();
  });

  it('admin without rights: the rights step fails and says which rights', async () => {
    sandbox.setSessionRole('no-rights');
    const popup = await popupFor('school', sandbox.keys.readWrite);
    expect(await runCheck(popup)).toMatchObject({ key: 'pass', rights: 'fail' });
    expect(await diagnosisOf(popup, 'rights').getAttribute('data-diagnosis')).toBe('missing-rights');
    expect(await diagnosisOf(popup, 'rights').textContent()).toContain('HTTP 403');
    await popup.close();
  });

  it('HTML instead of JSON: stops at the address, before the key is sent', async () => {
    sandbox.setApiResponse({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html><body><form action="/cms/system/login"></form></body></html>',
    });
    const popup = await popupFor('school', sandbox.keys.readWrite);
    expect(await runCheck(popup)).toMatchObject({ address: 'fail', key: 'skipped', rights: 'skipped' });
    expect(await diagnosisOf(popup, 'address').getAttribute('data-diagnosis')).toMatch(/^(login-page|not-json)$/);
    expect(sandbox.apiCalls().map((c) => c.keyKind)).toEqual(['missing']);
    await popup.close();
  });

  it('slow answer past the timeout: explained as a timeout after 10 s', async () => {
    sandbox.setApiResponse({ delayMs: 14_000 });
    const popup = await popupFor('school', sandbox.keys.readWrite);
    expect(await runCheck(popup, 25_000)).toMatchObject({ address: 'fail' });
    expect(await diagnosisOf(popup, 'address').getAttribute('data-diagnosis')).toBe('timeout');
    expect(await diagnosisOf(popup, 'address').textContent()).toContain('10 секунд');
    await popup.close();
  });

  it('unreachable host (a school saved on the options page): the address step says so', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await options.locator('#schools details summary').first().click();
    await options.fill('#school-name', 'Ушедшая школа');
    await options.fill('#school-origin', 'https://gone.getcourse.io');
    await options.fill('#api-key', sandbox.keys.readWrite);
    await options.click('#save-school');
    const row = options.locator('ul.schools li', { hasText: 'Ушедшая школа' });
    await row.locator('details.check summary').click();
    await row.locator('.run-check').click();
    await row.locator('.copy-report').waitFor({ timeout: 15_000 });
    expect(await row.locator('li.step[data-step="address"]').getAttribute('data-status')).toBe('fail');
    expect(await row.locator('li.step[data-step="address"] .diagnosis').getAttribute('data-diagnosis')).toMatch(/^(unreachable|network)$/);
    await options.close();
  });
});
