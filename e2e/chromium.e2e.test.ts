/**
 * The store build in Debian's Chromium, against the sandbox served as https://school.getcourse.ru.
 */
import {
  artifact,
  clearExtensionData,
  launchChromium,
  markerCount,
  openPopupChromium,
  openPopupWithSchoolChromium,
  readMarker,
  useE2eSuite,
} from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

beforeEach(() => sandbox.reset());

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

  it('puts no script on pages no feature serves', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/sales/offer/index'));
    await readMarker(page); // the content scripts are alive on this host…
    await page.goto(schoolUrl(sandbox, '/cms/system/login'));
    // …but the login page gets none of them (no group's globs name it): moved to a page a script
    // serves without a reload, it still shows nothing, where a script that was there would draw.
    await page.evaluate(() => history.pushState({}, '', '/saas/account/api'));
    await page.waitForTimeout(1_000);
    expect(await markerCount(page)).toBe(0);
    await page.reload(); // a page load at that address does get the script
    expect(await readMarker(page)).toContain('Ключи API');
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
  it('names the school and page of the last GetCourse tab, and offers to save it', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=UserContext'));
    await readMarker(page);
    const popup = await openPopupChromium(browser);
    expect(await popup.locator('#school-host').textContent()).toBe(`school.getcourse.ru:${sandbox.httpsPort}`);
    expect(await popup.locator('#page-kind').textContent()).toBe('Доп. поля пользователей');
    expect(await popup.locator('#school-origin').inputValue()).toBe(`https://school.getcourse.ru:${sandbox.httpsPort}`);
    expect(sandbox.apiCalls()).toHaveLength(0);
    await popup.close();
  });

  it('the background refuses a content-script message sent from an extension page (sender check)', async () => {
    const popup = await openPopupChromium(browser);
    const reply = await popup.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({ type: 'cs-to-bg/get-settings', lang: 'ru', strings: [], styles: [] }),
    );
    expect(reply).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    const malformed = await popup.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        type: 'ui-to-bg/save-school',
        name: 'x',
        origin: 'http://school.getcourse.ru',
        remember: false,
      }),
    );
    expect(malformed).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    await popup.close();
  });

  it('asks which school when the tab looked at is not a GetCourse page (a GetCourse tab open elsewhere is not taken); picking one by keyboard then works', async () => {
    try {
      const saved = await openPopupWithSchoolChromium(browser, page, schoolUrl(sandbox, '/pl/sales/offer/index'), sandbox.keys.readWrite);
      await saved.close(); // the school's tab stays open behind
      const elsewhere = await browser.context.newPage(); // the admin moves on to a page that is not GetCourse's
      await elsewhere.goto(`https://127.0.0.1:${sandbox.httpsPort}/cms/system/login`);
      sandbox.reset();

      const popup = await openPopupChromium(browser);
      const choose = popup.locator('#choose-school');
      expect(await choose.getAttribute('data-reason')).toBe('unreadable'); // the browser hides that tab's address
      expect(await choose.locator('h2').textContent()).toBe('Какая школа?');
      expect(await popup.locator('#school-panel, #school-form, .run-check, #test-import').count()).toBe(0);
      const pick = popup.locator('.pick-school');
      expect(await pick.allTextContents()).toEqual([`school.getcourse.ru:${sandbox.httpsPort}`]); // named after its host when saved from its page
      await expect.poll(() => pick.first().evaluate((button) => button === document.activeElement)).toBe(true);
      await popup.screenshot({ path: artifact('chromium-popup-choose-school.png'), fullPage: true });
      expect(sandbox.apiCalls()).toHaveLength(0); // nothing ran before the pick

      await popup.keyboard.press('Enter');
      await popup.locator('#school-panel').waitFor();
      expect(await popup.locator('#school-host').textContent()).toBe(`school.getcourse.ru:${sandbox.httpsPort}`);
      expect(await popup.locator('#picked-note').textContent()).toContain('выбрана вами, а не по вкладке');
      await popup.locator('.run-check').click();
      await popup.locator('.copy-report').waitFor({ timeout: 15_000 });
      expect(await popup.locator('li.step[data-step="key"]').getAttribute('data-status')).toBe('pass');
      expect(sandbox.apiCalls().map((c) => `${c.path} ${c.keyKind}`)).toEqual([
        '/pl/api/users missing',
        '/pl/api/account/fields readWrite',
        '/pl/api/users readWrite',
      ]);
      await popup.close();
      await elsewhere.close();
    } finally {
      await clearExtensionData(browser);
    }
  });
});

describe('privacy policy', () => {
  it('opens from the settings page in a tab of its own, the store’s text drawn as text', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    const [policy] = await Promise.all([browser.context.waitForEvent('page'), options.click('#privacy-policy')]);
    await policy.locator('article.policy h1').waitFor();
    expect(await policy.locator('h1').textContent()).toBe(
      'Политика конфиденциальности расширения «GetCourse → Albato: помощник интеграции»',
    );
    expect(await policy.locator('h2').count()).toBe(8);
    expect(await policy.locator('table').count()).toBeGreaterThanOrEqual(2);
    expect(await policy.locator('article').textContent()).not.toMatch(/\*\*|\| ---/); // no Markdown left over
    await policy.screenshot({ path: artifact('privacy-policy-ru.png'), fullPage: true });
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
      const policy = await english.context.newPage();
      await policy.goto(`${english.extensionOrigin}/privacy.html`);
      expect(await policy.locator('article.policy h1').textContent()).toMatch(/^Privacy policy of the/);
    } finally {
      await english.close();
    }
  });
});
