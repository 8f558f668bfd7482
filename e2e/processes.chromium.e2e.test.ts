/**
 * Process pages in Chromium (fact sheet R.2): the «Одобрено» check on the settings page, and the
 * «Вызвать URL» check inside the block modal of the editor (Albato webhook, variables, cost with
 * currency, wrong object kind), appearing with the modal and leaving with it.
 * Seed: process 101 users/approved/Albato URL; 102 orders/not approved/{object.cost_money}, with
 * an «update field» block (4) whose value is a URL; 104 users/other service.
 */
import type { Page } from 'playwright-core';
import { CALL_URL_FIELD, closeBlock, launchChromium, MODAL, openBlock, openCallUrlBlock, pressAsAdmin, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const approved = () => page.locator('[data-gc-albato="process-approved"] .gc-process');
const callUrl = () => page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-process`);
const views = () => page.locator('[data-gc-albato="call-url"], [data-gc-albato="call-url-test"]');
const editor = (id: number) => schoolUrl(sandbox, `/pl/tasks/mission/process?id=${id}`);
type SeedMission = { id: number; blocks: { id: number; settings?: { url?: string } }[] };
const savedUrl = (mission: number, block: number) =>
  (sandbox.school().missions as SeedMission[]).find((m) => m.id === mission)!.blocks.find((b) => b.id === block)?.settings?.url;

/** Messages of the extension's content scripts (a failing feature logs `[gc-albato] …`) and page errors. */
function collectProblems(target: Page): string[] {
  const problems: string[] = [];
  target.on('console', (message) => {
    if (message.text().includes('[gc-albato]')) problems.push(message.text());
  });
  target.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

beforeEach(() => sandbox.reset());

describe('process settings', () => {
  it('warns while «Одобрено» is off and clears when it is ticked (not saved)', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102'));
    expect(await approved().textContent()).toContain('Галочка «Одобрено» снята');
    await page.locator('#paramsobject-approved').check();
    expect(await approved().textContent()).toContain('«Одобрено» отмечено');
    await page.locator('#paramsobject-approved').uncheck();
    expect(await approved().textContent()).toContain('снята');
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=101'));
    expect(await approved().textContent()).toContain('«Одобрено» отмечено');
  });
});

describe('«Вызвать URL» in the block modal', () => {
  it('nothing on the canvas; the order process’s check appears in the modal, flags cost with currency and swaps it without saving', async () => {
    await page.goto(editor(102));
    await page.locator('#fwb2 .flowchart-block-name').waitFor();
    expect(await views().count()).toBe(0); // the canvas shows titles only (R.2)
    await openBlock(page, 2);
    const view = callUrl();
    expect(await view.locator('.gc-albato').textContent()).toBe('✓ Вебхук Albato');
    expect(await view.textContent()).toContain('{object.number} — номер заказа');
    expect(await view.textContent()).not.toContain('Тип объекта процесса'); // the kind came from GetCourse's list (C.2)
    const money = view.locator('.gc-finding[data-code="formatted-money"]');
    expect(await money.textContent()).toContain('{object.cost_money} — стоимость с валютой');
    await pressAsAdmin(money.locator('.gc-swap'));
    const input = page.locator(CALL_URL_FIELD);
    expect(await input.inputValue()).toContain('cost={object.cost_money_value}');
    expect(await input.inputValue()).not.toContain('{object.cost_money}');
    expect(await view.locator('.gc-finding[data-code="formatted-money"]').count()).toBe(0);
    expect(await view.textContent()).toContain('Сохраните процесс');
    expect(savedUrl(102, 2)).toContain('{object.cost_money}');
  });

  it('user process: a variable of the other kind is flagged while typing and clears when removed', async () => {
    await openCallUrlBlock(page, editor(101));
    const view = callUrl();
    expect(await view.locator('.gc-finding').count()).toBe(0);
    const input = page.locator(CALL_URL_FIELD);
    const original = await input.inputValue();
    await input.fill(`${original}&cost={object.cost_money}`);
    expect(await view.locator('.gc-finding[data-code="wrong-kind"]').textContent()).toContain(
      'процесс работает с объектами «Пользователи»',
    );
    await input.fill(original);
    expect(await view.locator('.gc-finding').count()).toBe(0);
  });

  it('once both field pages were seen, flags a user field used in an order process', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=UserContext'));
    await page.locator('[data-gc-albato="summary"]').waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=DealContext'));
    await page.locator('[data-gc-albato="summary"]').waitFor();
    await openCallUrlBlock(page, editor(102));
    const view = callUrl();
    expect(await view.locator('.gc-finding[data-code="custom-field-wrong-kind"]').textContent()).toContain(
      '{object.Город проживания} — доп. поле пользователя',
    );
    expect(await view.textContent()).not.toContain('{object.Источник заказа}: такого доп. поля');
    const input = page.locator(CALL_URL_FIELD);
    await input.fill(`${await input.inputValue()}&x={object.Нет такого поля}`);
    expect(await view.locator('.gc-finding[data-code="unknown-variable"]').textContent()).toContain('такого доп. поля в школе нет');
  });

  it('closing the modal removes the views, reopening brings them back; another operation gets none', async () => {
    await openCallUrlBlock(page, editor(102));
    await callUrl().waitFor();
    expect(await views().count()).toBe(2);
    await closeBlock(page);
    expect(await views().count()).toBe(0);
    await openBlock(page, 2);
    await callUrl().waitFor();
    expect(await views().count()).toBe(2);
    // Picking another operation in the same modal: the call-URL views go, and come back with it.
    await page.locator(`${MODAL} input[name="operationType"][value="common_update_field"]`).check();
    await expect.poll(() => views().count()).toBe(0);
    await page.locator(`${MODAL} input[name="operationType"][value="common_get_url"]`).check();
    await expect.poll(() => views().count()).toBe(2);
    await closeBlock(page);
    // Block 4 sets a field to a URL: not a call URL, nothing to check.
    await openBlock(page, 4);
    expect(await page.locator(`${MODAL} input[name="UpdateFieldOperation[value]"]`).inputValue()).toMatch(/^https:\/\//);
    await page.locator('gc-albato-marker').waitFor({ state: 'attached' }); // the content script is running here
    expect(await views().count()).toBe(0);
  });

  it('opening and closing the modal 100 times leaves the page as it was: no modal, no view, no error', async () => {
    const problems = collectProblems(page);
    await page.goto(editor(101));
    await page.locator('#fwb2 .flowchart-block-name').waitFor();
    const count = () => page.evaluate(() => document.querySelectorAll('*').length);
    const before = await count();
    for (let i = 0; i < 100; i++) {
      await openBlock(page, 2);
      await callUrl().waitFor();
      await closeBlock(page);
    }
    expect(await page.locator(MODAL).count()).toBe(0);
    expect(await views().count()).toBe(0);
    expect(await count()).toBe(before);
    expect(problems).toEqual([]);
  }, 180_000); // 100 rounds of double click, modal, views and close: about 30 s here

  it('saving the modal stores the URL; the reopened modal checks the saved one', async () => {
    await openCallUrlBlock(page, editor(101));
    const input = page.locator(CALL_URL_FIELD);
    await input.fill('https://h.albato.ru/wh/38/1lfAbCd/token/?number={object.number}');
    await page.locator(`${MODAL} button[name="save"]`).click();
    await page.locator(MODAL).waitFor({ state: 'detached' });
    expect(savedUrl(101, 2)).toBe('https://h.albato.ru/wh/38/1lfAbCd/token/?number={object.number}');
    await openBlock(page, 2);
    expect(await callUrl().locator('.gc-finding[data-code="wrong-kind"]').textContent()).toContain('{object.number}');
  });

  it('a process of another object type, its block added with «Добавить блок»: the kind is said to be unknown', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/create'));
    await page.fill('#mission-title', 'Покупки в Albato');
    await page.selectOption('#mission-object_type_id', '58');
    await page.click('button.save-mission');
    await page.waitForURL(/\/pl\/tasks\/mission\/update\?id=105$/);
    await page.goto(editor(105));
    await page.locator('#fwb1').waitFor();
    await page.click('.add-block-button');
    await page.locator(MODAL).waitFor();
    expect(await views().count()).toBe(0); // no operation chosen yet
    await page.locator(`${MODAL} input[name="operationType"][value="common_get_url"]`).check();
    await page.locator(CALL_URL_FIELD).fill('https://webjack.example/hook/1?cost={object.cost_money}');
    const view = callUrl();
    expect(await view.textContent()).toContain('не похож на вебхук Albato');
    expect(await view.textContent()).toContain('Тип объекта процесса (пользователи или заказы) неизвестен');
    expect(await view.locator('.gc-finding[data-code="formatted-money"]').count()).toBe(1);
  });

  it('hostile URLs (HTML, 10 000 characters, RTL and zero-width marks) give notes, never an error', async () => {
    const problems = collectProblems(page);
    await openCallUrlBlock(page, editor(101));
    const input = page.locator(CALL_URL_FIELD);
    const view = callUrl();
    await input.fill('https://h.albato.ru/wh/1/x/?a="><img src=x onerror=alert(1)>&b={object.<script>}');
    expect(await view.textContent()).toContain('{object.<script>}');
    expect(await page.locator(`${MODAL} img`).count()).toBe(0);
    await input.fill(`https://h.albato.ru/wh/1/x/?pad=${'x'.repeat(10_000)}`);
    expect(await view.locator('.gc-finding[data-code="too-long"]').textContent()).toContain('длиннее 4096');
    await input.fill('\u200bhttps://h.albato.ru/wh/1/x/\u202e?e={object.email}');
    expect(await view.locator('.gc-finding[data-code="invisible-characters"]').textContent()).toContain('невидимые символы');
    expect(problems).toEqual([]);
  });

  it('Diagnose this page says which strategy found the operation', async () => {
    await openCallUrlBlock(page, editor(101));
    await page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-diagnose summary`).click();
    const text = page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-diagnosis-text`);
    // The report is built on the details' toggle event, which the browser fires after the click.
    await expect.poll(() => text.inputValue()).toContain('Страница: Редактор процесса (process-editor)');
    const report = await text.inputValue();
    expect(report).toContain('blockForm: 1');
    expect(report).toContain('форма блока: по классу block-modal-window');
    expect(report).toContain('поле URL: по значению, начинающемуся с http(s)://');
    expect(report).toContain('метод: список с GET и POST → GET');
  });
});
