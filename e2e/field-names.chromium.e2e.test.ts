/**
 * Field-name warnings in Chromium on the sandbox's custom-field pages (store build, production
 * match patterns). Expected names come from the sandbox seed and the transliteration standard
 * (ICAO 9303), not from the extension's own code.
 */
import type { Page } from 'playwright-core';
import { launchChromium, readFieldWarnings, readMarker, readSummaryTitle, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }), (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
const row = (id: number) => `tr[data-field-id="${id}"]`;

beforeEach(() => sandbox.reset());

async function openUserFields(path = USER_FIELDS) {
  await page.goto(schoolUrl(sandbox, path));
  await readSummaryTitle(page);
}

describe('list of user fields', () => {
  it('warns beside names Albato cannot see and stays silent beside Latin ones', async () => {
    await openUserFields();
    const city = await readFieldWarnings(page, row(2001)); // «Город проживания»
    expect(city).toHaveLength(1);
    expect(city[0]!.text).toContain('Albato не увидит это поле: кириллица, пробелы.');
    expect(city[0]!.suggestion).toBe('gorod_prozhivaniia');
    expect(await readFieldWarnings(page, row(2004))).toEqual([]); // telegram_id
    expect(await readFieldWarnings(page, row(2005))).toEqual([]); // utm_medium
    expect((await readFieldWarnings(page, row(2003)))[0]!.suggestion).toBe('utm_source'); // «utm source»
  });

  it('never suggests a name that is taken, and says so («Город» next to gorod)', async () => {
    await openUserFields();
    const [warning] = await readFieldWarnings(page, row(2011));
    expect(warning!.suggestion).toBe('gorod_2');
    expect(warning!.text).toContain('«gorod» уже занято');
  });

  it('renders a hostile name as text: no element is created from it', async () => {
    await openUserFields();
    const [warning] = await readFieldWarnings(page, row(2016)); // <img src=x onerror=alert(1)>
    expect(warning!.text).toContain('недопустимые символы');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[data-gc-albato] >> css=img').count()).toBe(0);
  });

  it('summarises the page, with a copyable rename plan; rows further down get warnings as they scroll in', async () => {
    await openUserFields();
    const plan = await page.locator('[data-gc-albato="summary"] .gc-plan-text').inputValue();
    const bad = plan.split('\n').length;
    expect(bad).toBeGreaterThan(10);
    const title = await readSummaryTitle(page);
    expect(title).toMatch(new RegExp(`^${bad} (поле|поля|полей) из 30 (не видно|не видны) Albato$`));
    await page.locator('tr[data-field-id]').last().scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readFieldWarnings(page)).length).toBe(bad);
    expect(plan).toContain('Город проживания → gorod_prozhivaniia');
    await page.locator('[data-gc-albato="summary"] .gc-plan button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plan);
    expect(await page.locator('[data-gc-albato="summary"] .gc-summary').textContent()).toContain('обновите данные в подключении к GetCourse в Albato');
  });

  it('copies one suggestion from its warning', async () => {
    await openUserFields();
    await page.locator(`${row(2002)} [data-gc-albato="field-warning"] .gc-copy`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('data_rozhdeniia');
    expect(await page.locator(`${row(2002)} [data-gc-albato="field-warning"] .gc-status`).textContent()).toBe('Скопировано');
  });

  it('diagnoses the page on request: page kind and the anchors found, copyable', async () => {
    await openUserFields();
    await page.locator('[data-gc-albato="summary"] .gc-diagnose summary').click();
    const report = await page.locator('[data-gc-albato="summary"] .gc-diagnosis-text').inputValue();
    expect(report).toContain('Доп. поля пользователей (user-fields)');
    expect(report).toMatch(/listLabel: 30 —/);
    expect(report).toMatch(/fieldState: 1 —/);
    expect(report).toContain('никуда не отправляется');
  });

  it('order fields get their own summary and trigger note', async () => {
    await openUserFields('/pl/logic/context/custom-fields?contextName=DealContext');
    expect(await readSummaryTitle(page)).toMatch(/из 10 (не видно|не видны) Albato$/);
    expect(await page.locator('[data-gc-albato="summary"] .gc-summary').textContent()).toContain('Поля заказа приходят в Albato только с триггерами по заказам.');
  });
});

describe('create/edit form', () => {
  it('re-checks on every keystroke and fills the suggestion the way typing would, without submitting', async () => {
    await openUserFields();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="CustomField[label]"]')!;
      (window as any).__inputEvents = 0;
      input.addEventListener('input', () => ((window as any).__inputEvents += 1));
    });
    const input = page.locator('input[name="CustomField[label]"]');
    const warning = page.locator('#custom-field-form [data-gc-albato="field-warning"] .gc-warning');
    await input.pressSequentially('utm');
    expect(await warning.textContent()).toContain('Albato увидит это поле');
    await input.pressSequentially(' метка');
    expect(await warning.textContent()).toContain('кириллица, пробелы');
    expect(await warning.locator('.gc-suggestion').textContent()).toBe('utm_metka');
    const typed = await page.evaluate(() => (window as any).__inputEvents as number);
    expect(typed).toBe(9);
    const urlBefore = page.url();
    await warning.locator('.gc-use').click();
    expect(await input.inputValue()).toBe('utm_metka');
    expect(await page.evaluate(() => (window as any).__inputEvents as number)).toBe(typed + 1);
    expect(await warning.textContent()).toContain('Albato увидит это поле');
    expect(page.url()).toBe(urlBefore);
    expect(sandbox.school().fields.some((f: { title: string }) => f.title === 'utm_metka')).toBe(false);
  });

  it('is reachable by keyboard: Tab from the input to "use this name", Enter applies it', async () => {
    await openUserFields();
    const input = page.locator('input[name="CustomField[label]"]');
    await input.fill('Откуда узнали?');
    await input.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('gc-use');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('otkuda_uznali');
    expect(await page.locator('#custom-field-form [data-gc-albato="field-warning"] .gc-warning').getAttribute('role')).toBe('status');
  });

  it('an existing name typed again is a duplicate with a suffixed suggestion', async () => {
    await openUserFields();
    await page.locator('input[name="CustomField[label]"]').fill('telegram_id');
    const warning = page.locator('#custom-field-form [data-gc-albato="field-warning"] .gc-warning');
    expect(await warning.textContent()).toContain('такое название уже есть');
    expect(await warning.locator('.gc-suggestion').textContent()).toBe('telegram_id_2');
  });
});

describe('pages that change without reloading', () => {
  it('late list and dialog: warnings arrive with the rows, the form warning comes and goes with the dialog', async () => {
    await page.goto(schoolUrl(sandbox, `${USER_FIELDS}&render=late`));
    expect(await readSummaryTitle(page)).toMatch(/из 30 (не видно|не видны) Albato$/);
    await page.locator(`${row(2001)} [data-gc-albato="field-warning"]`).waitFor({ timeout: 5_000 });
    expect((await readFieldWarnings(page, row(2001)))[0]!.suggestion).toBe('gorod_prozhivaniia');
    await page.locator('.add-field-button').click();
    const dialogInput = page.locator('.custom-field-dialog input[name="CustomField[label]"]');
    await dialogInput.fill('Город проживания');
    expect(await page.locator('.custom-field-dialog [data-gc-albato="field-warning"] .gc-suggestion').textContent()).toBe('gorod_prozhivaniia_2');
    await page.locator('.custom-field-dialog .close').click();
    await expect.poll(() => page.locator('[data-gc-albato="field-warning"] >> css=.gc-use').count()).toBe(0);
  });

  it('navigation inside the admin removes every warning; coming back brings them once', async () => {
    await openUserFields();
    const count = (await readFieldWarnings(page)).length;
    await page.evaluate(() => history.pushState({}, '', '/pl/sales/offer/index'));
    await expect.poll(() => page.locator('[data-gc-albato="field-warning"], [data-gc-albato="summary"]').count()).toBe(0);
    expect(await readMarker(page)).toContain('Список предложений');
    await page.evaluate(() => history.pushState({}, '', '/pl/logic/context/custom-fields?contextName=UserContext'));
    await readSummaryTitle(page);
    await page.waitForTimeout(300);
    expect(await readFieldWarnings(page)).toHaveLength(count);
    expect(await page.locator('[data-gc-albato="summary"]').count()).toBe(1);
  });
});

describe('options page', () => {
  it('switches the transliteration standard and the language; GetCourse pages follow after a reload', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    expect(await options.locator('#standard-example').textContent()).toBe('gorod_prozhivaniia_sieezd_shchuka');
    await options.locator('input[value="gost-7.79-b"]').check();
    expect(await options.locator('#standard-example').textContent()).toBe('gorod_prozhivaniya_sezd_shhuka');
    await options.locator('#lang').selectOption('en');
    await options.locator('#save-settings').click();
    await options.locator('#settings-status').waitFor();
    try {
      await openUserFields();
      expect((await readFieldWarnings(page, row(2001)))[0]!.suggestion).toBe('gorod_prozhivaniya');
      expect(await readSummaryTitle(page)).toMatch(/of 30 fields are invisible to Albato$/);
    } finally {
      await options.locator('input[value="icao-9303"]').check();
      await options.locator('#lang').selectOption('auto');
      await options.locator('#save-settings').click();
      await options.close();
    }
    await openUserFields();
    expect((await readFieldWarnings(page, row(2001)))[0]!.suggestion).toBe('gorod_prozhivaniia');
  });
});
