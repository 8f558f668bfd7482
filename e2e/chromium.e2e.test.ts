/**
 * The store build in Debian's Chromium, against the sandbox served as https://school.getcourse.ru.
 */
import type { Page } from 'playwright-core';
import { launchChromium, markerCount, openPopupChromium, readMarker, artifact, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

beforeEach(() => sandbox.reset());

async function expectedFieldCount(key: string): Promise<number> {
  // Oracle: the sandbox's own answer, read directly (not through the extension).
  const response = await fetch(`${sandbox.httpUrl}/pl/api/account/fields`, { method: 'POST', body: new URLSearchParams({ key }) });
  const { info } = (await response.json()) as { info: { title: string; context_type: string }[] };
  return info.filter((f) => !f.title.startsWith('gc_system_') && (f.context_type === 'user' || f.context_type === 'deal')).length;
}

describe('content script on sandbox admin pages (production match patterns)', () => {
  it.each([
    ['/pl/logic/context/custom-fields?contextName=UserContext', 'Доп. поля пользователей'],
    ['/pl/logic/context/custom-fields?contextName=DealContext', 'Доп. поля заказов'],
    ['/pl/sales/offer/index', 'Список предложений'],
    ['/pl/tasks/mission/index', 'Список процессов'],
    ['/saas/account/api', 'Ключи API'],
  ])('recognises %s in Russian', async (path, label) => {
    await page.goto(schoolUrl(sandbox, path));
    expect(await readMarker(page)).toBe(`Помощник Albato: страница распознана — ${label}`);
    expect(await markerCount(page)).toBe(1);
  });

  it('recognises an offer edit page and a process page reached through links', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await page.locator('a[href*="/pl/sales/offer/update?id="]').first().click();
    expect(await readMarker(page)).toContain('Настройки предложения');
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/index'));
    await page.locator('a[href*="/pl/tasks/mission/update?id="]').first().click();
    expect(await readMarker(page)).toContain('Настройки процесса');
  });

  it('shows nothing on pages that are not admin pages it knows', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await readMarker(page); // the content script is alive on this host…
    await page.goto(schoolUrl(sandbox, '/cms/system/login'));
    await page.waitForTimeout(1_000);
    expect(await markerCount(page)).toBe(0); // …and stays silent here
  });

  it('follows navigation without reload: the marker leaves and comes back once', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await readMarker(page);
    await page.evaluate(() => history.pushState({}, '', '/cms/system/login'));
    await page.locator('gc-albato-marker').waitFor({ state: 'detached', timeout: 5_000 });
    await page.evaluate(() => history.pushState({}, '', '/saas/account/api'));
    expect(await readMarker(page)).toContain('Ключи API');
    await page.waitForTimeout(300);
    expect(await markerCount(page)).toBe(1);
  });
});

describe('popup', () => {
  it('names the school and page of the last GetCourse tab, and checks a read-write key', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=UserContext'));
    await readMarker(page);
    const popup = await openPopupChromium(browser);
    expect(await popup.locator('#school-host').textContent()).toBe(`school.getcourse.ru:${sandbox.httpsPort}`);
    expect(await popup.locator('#page-kind').textContent()).toBe('Доп. поля пользователей');
    const n = await expectedFieldCount(sandbox.keys.readWrite);
    expect(n).toBeGreaterThan(20);
    sandbox.reset(); // forget the oracle's own call
    await popup.fill('#api-key', sandbox.keys.readWrite);
    await popup.click('#check-key');
    const result = await popup.locator('#check-result.ok').textContent({ timeout: 10_000 });
    expect(result).toMatch(new RegExp(`^Ключ принят\\. GetCourse вернул ${n} доп\\. (поле|поля|полей) \\(\\d+ мс\\)$`));
    expect(sandbox.apiCalls().filter((c) => c.path === '/pl/api/account/fields').map((c) => c.keyKind)).toEqual(['readWrite']);
    await popup.screenshot({ path: artifact('chromium-popup-key-ok.png') });
    await popup.close();
  });

  it('explains a wrong key with GetCourse’s own words and the next step', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    const popup = await openPopupChromium(browser);
    await popup.fill('#api-key', sandbox.keys.wrong);
    await popup.click('#check-key');
    const result = await popup.locator('#check-result.fail').textContent({ timeout: 10_000 });
    expect(result).toContain('GetCourse не принял ключ');
    expect(result).toContain('Неавторизованное API-обращение');
    await popup.close();
  });

  it('explains a school whose plan closes the API (trial school)', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index', 'trial'));
    const popup = await openPopupChromium(browser);
    expect(await popup.locator('#school-host').textContent()).toBe(`trial.getcourse.ru:${sandbox.httpsPort}`);
    await popup.fill('#api-key', sandbox.keys.trialSchool);
    await popup.click('#check-key');
    expect(await popup.locator('#check-result.fail').textContent({ timeout: 10_000 })).toContain('недоступен на тарифе');
    await popup.close();
  });

  it('the background refuses a content-script message sent from an extension page (sender check)', async () => {
    const popup = await openPopupChromium(browser);
    const reply = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'cs-to-bg/page-seen', url: 'https://x.getcourse.ru/', pageKind: null }));
    expect(reply).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    const malformed = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ui-to-bg/check-key', origin: 'http://school.getcourse.ru', key: 'k' }));
    expect(malformed).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    await popup.close();
  });
});

describe('English browser', () => {
  it('speaks English when the browser prefers it', async () => {
    const english = await launchChromium({ lang: 'en' });
    try {
      const enPage = await english.context.newPage();
      await enPage.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
      expect(await readMarker(enPage)).toBe('Albato helper: page recognised — Offers list');
      const popup = await openPopupChromium(english);
      expect(await popup.locator('h1 + dl dt').first().textContent()).toBe('School');
    } finally {
      await english.close();
    }
  });
});
