/** Field-name warnings in Firefox ESR (the same store code; content scripts are fully observable). */
import { launchFirefox, readFieldWarnings, readSummaryTitle, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchFirefox({ lang: 'ru' }));
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';

describe('Firefox: field-name warnings', () => {
  it('warns in the list, with the Latin suggestion and the page summary', async () => {
    await page.goto(schoolUrl(sandbox, USER_FIELDS));
    expect(await readSummaryTitle(page, 15_000)).toMatch(/из 30 (не видно|не видны) Albato$/);
    const [city] = await readFieldWarnings(page, 'tr[data-field-id="2001"]');
    expect(city!.text).toContain('кириллица, пробелы');
    expect(city!.suggestion).toBe('gorod_prozhivaniia');
    expect(await readFieldWarnings(page, 'tr[data-field-id="2004"]')).toEqual([]);
  });

  it('checks the name while typing and fills the suggestion into the input', async () => {
    await page.goto(schoolUrl(sandbox, USER_FIELDS));
    await readSummaryTitle(page, 15_000);
    const input = page.locator('input[name="CustomField[label]"]');
    await input.pressSequentially('Дата рождения');
    const warning = page.locator('#custom-field-form [data-gc-albato="field-warning"] .gc-warning');
    expect(await warning.locator('.gc-suggestion').textContent()).toBe('data_rozhdeniia_2');
    await warning.locator('.gc-use').click();
    expect(await input.inputValue()).toBe('data_rozhdeniia_2');
  });

  it('late list rows get their warnings when they arrive', async () => {
    await page.goto(schoolUrl(sandbox, `${USER_FIELDS}&render=late`));
    await page.locator('tr[data-field-id="2001"] [data-gc-albato="field-warning"]').waitFor({ timeout: 10_000 });
    expect((await readFieldWarnings(page, 'tr[data-field-id="2001"]'))[0]!.suggestion).toBe('gorod_prozhivaniia');
  });
});

describe('Firefox: navigation inside the admin', () => {
  it('removes every warning when the page changes without reload, and brings them back once', async () => {
    await page.goto(schoolUrl(sandbox, USER_FIELDS));
    await readSummaryTitle(page, 15_000);
    const count = (await readFieldWarnings(page)).length;
    expect(count).toBeGreaterThan(5);
    await page.evaluate(() => history.pushState({}, '', '/pl/sales/offer/index'));
    await expect.poll(() => page.locator('[data-gc-albato="field-warning"], [data-gc-albato="summary"]').count(), { timeout: 5_000 }).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/pl/logic/context/custom-fields?contextName=UserContext'));
    await readSummaryTitle(page, 10_000);
    await expect.poll(async () => (await readFieldWarnings(page)).length, { timeout: 5_000 }).toBe(count);
    expect(await page.locator('[data-gc-albato="summary"]').count()).toBe(1);
  });
});
