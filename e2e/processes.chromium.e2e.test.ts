/**
 * Process pages in Chromium: the «Одобрено» check on the settings page, and the «Вызвать URL»
 * check in the editor (Albato webhook, variables, cost with currency, wrong object kind).
 * Seed: process 101 users/approved/Albato URL; 102 orders/not approved/{object.cost_money};
 * 104 users/other service.
 */
import { launchChromium, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const approved = () => page.locator('[data-gc-albato="process-approved"] .gc-process');
const callUrl = () => page.locator('[data-gc-albato="call-url"] .gc-process');

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

describe('«Вызвать URL» in the editor', () => {
  it('order process: flags cost with currency and swaps in the plain number, without saving', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102')); // the editor learns the kind here
    await approved().waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
    const view = callUrl();
    expect(await view.locator('.gc-albato').textContent()).toBe('✓ Вебхук Albato');
    expect(await view.textContent()).toContain('{object.number} — номер заказа');
    const money = view.locator('.gc-finding[data-code="formatted-money"]');
    expect(await money.textContent()).toContain('{object.cost_money} — стоимость с валютой');
    await money.locator('.gc-swap').click();
    const input = page.locator('input.call-url-url');
    expect(await input.inputValue()).toContain('cost={object.cost_money_value}');
    expect(await input.inputValue()).not.toContain('{object.cost_money}');
    expect(await view.locator('.gc-finding[data-code="formatted-money"]').count()).toBe(0);
    expect(await view.textContent()).toContain('Сохраните процесс');
    expect((sandbox.school().missions as { id: number; blocks: { url?: string }[] }[]).find((m) => m.id === 102)!.blocks.some((b) => b.url?.includes('{object.cost_money}'))).toBe(true);
  });

  it('user process: a variable of the other kind is flagged while typing and clears when removed', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=101'));
    await approved().waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
    const view = callUrl();
    expect(await view.locator('.gc-finding').count()).toBe(0);
    const input = page.locator('input.call-url-url');
    const original = await input.inputValue();
    await input.fill(`${original}&cost={object.cost_money}`);
    expect(await view.locator('.gc-finding[data-code="wrong-kind"]').textContent()).toContain('процесс работает с объектами «Пользователи»');
    await input.fill(original);
    expect(await view.locator('.gc-finding').count()).toBe(0);
  });

  it('once both field pages were seen, flags a user field used in an order process', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=UserContext'));
    await page.locator('[data-gc-albato="summary"]').waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/logic/context/custom-fields?contextName=DealContext'));
    await page.locator('[data-gc-albato="summary"]').waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/update?id=102'));
    await approved().waitFor();
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
    const view = callUrl();
    const wrong = view.locator('.gc-finding[data-code="custom-field-wrong-kind"]');
    expect(await wrong.textContent()).toContain('{object.Город проживания} — доп. поле пользователя');
    expect(await view.textContent()).not.toContain('{object.Источник заказа}: такого доп. поля');
    const input = page.locator('input.call-url-url');
    await input.fill(`${await input.inputValue()}&x={object.Нет такого поля}`);
    expect(await view.locator('.gc-finding[data-code="unknown-variable"]').textContent()).toContain('такого доп. поля в школе нет');
  });

  it('unknown kind and another service: says so instead of guessing', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=104'));
    const view = callUrl();
    expect(await view.textContent()).toContain('не похож на вебхук Albato');
    expect(await view.textContent()).toContain('Тип объекта процесса пока неизвестен');
  });
});
