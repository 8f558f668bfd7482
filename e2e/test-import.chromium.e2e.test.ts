/**
 * Test imports from the popup in Chromium (issue 6): a user added, then updated with groups
 * appended; a deal whose risk (refresh_if_exists) must be confirmed before Send works; a wrong
 * offer code and a read-only key end in their catalogue entries; the history records each import,
 * and a failed one comes back into the form to be fixed and sent again; the test-address domain is
 * the admin's and is remembered; "copy with key" puts the real key only on the clipboard.
 */
import type { Page } from 'playwright-core';
import {
  artifact,
  clearExtensionData,
  launchChromium,
  openPopupChromium,
  openPopupWithSchoolChromium,
  showPopupTab,
  useE2eSuite,
} from './harness';
import { schoolUrl } from './harness/sandbox';
import { R4_DEAL_ADDED } from '../tests/fixtures/getcourse-answers/r4-deal-added';

const { sandbox, browser, page } = useE2eSuite(
  () => launchChromium({ lang: 'ru' }),
  (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']),
);
type SeedUser = { email: string; groups: { name: string }[] };

beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

async function popupWithKey(key: string, school: 'school' | 'trial' = 'school'): Promise<Page> {
  const popup = await openPopupWithSchoolChromium(browser, page, schoolUrl(sandbox, '/pl/sales/offer/index', school), key);
  await showPopupTab(popup, 'import');
  await popup.locator('#test-import').waitFor();
  return popup;
}

async function sendImport(popup: Page): Promise<void> {
  await popup.click('#import-send');
  await popup.locator('#import-result, #test-import .diagnosis').first().waitFor({ timeout: 10_000 });
}

describe('test imports (Chromium)', () => {
  it('user: added with a marked test address, then updated with the second group appended', async () => {
    const popup = await popupWithKey(sandbox.keys.readWrite);
    const email = await popup.locator('#import-email').inputValue();
    expect(email).toMatch(/^albato-test\+\d{12}@example\.com$/);
    await popup.fill('#import-groups', 'Тест Albato');
    await popup.locator('#import-preview summary').click();
    expect(await popup.locator('#import-preview .import-curl').textContent()).not.toContain(sandbox.keys.readWrite);
    expect(await popup.locator('#import-preview .import-json').textContent()).toContain('"Тест Albato"');
    // "Copy with key": the same command with the real key, on the clipboard only.
    const masked = (await popup.locator('#import-preview .import-curl').textContent())!;
    await popup.click('#import-copy-with-key');
    await expect.poll(() => popup.locator('#import-copy-status').textContent()).toBe('Команда с ключом скопирована.');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`'key=${sandbox.keys.readWrite}'`);
    expect(copied).toBe(masked.replace(/'key=[^']*'/, `'key=${sandbox.keys.readWrite}'`));
    expect(await popup.locator('body').textContent()).not.toContain(sandbox.keys.readWrite);
    expect(sandbox.apiCalls().filter((c) => c.path === '/pl/api/users')).toHaveLength(0); // copying sends nothing
    await sendImport(popup);
    expect(await popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('added');
    expect(await popup.locator('#import-result .import-answer pre').textContent()).toMatch(/"user_status":\s*"added"/);
    await popup.fill('#import-groups', 'Вторая группа');
    await sendImport(popup);
    await expect.poll(() => popup.locator('#import-result .import-user').getAttribute('data-user-status')).not.toBe('added');
    expect(await popup.locator('#import-result').textContent()).toContain('группы добавлены');
    const user = (sandbox.school().users as SeedUser[]).find((u) => u.email === email)!;
    expect(user.groups.map((g) => g.name)).toEqual(['Тест Albato', 'Вторая группа']);
    await showPopupTab(popup, 'history');
    await expect.poll(() => popup.locator('#request-history li[data-kind="import"]').count()).toBe(2);
    await popup.close();
  });

  it('deal for a new address (user created): refresh_if_exists only after its risk is confirmed, cost read from text; then multiple_offers adds a position', async () => {
    const popup = await popupWithKey(sandbox.keys.readWrite);
    await popup.locator('input[name="import-kind"][value="deals"]').check();
    await popup.fill('#import-offer', 'marketing-basic');
    await popup.fill('#import-cost', '1 500 руб.');
    expect(await popup.locator('#import-cost-read').textContent()).toBe('Прочитано: 1500 RUB');
    await popup.check('#import-refresh');
    expect(await popup.locator('#import-send').isDisabled()).toBe(true);
    expect(sandbox.apiCalls().filter((c) => c.path === '/pl/api/deals')).toHaveLength(0);
    await popup.locator('#import-risks [data-risk="refresh-existing-user"] input').check();
    await sendImport(popup);
    const dealText = (await popup.locator('#import-result .import-deal').textContent())!;
    expect(dealText).toMatch(/^Заказ \d+, номер \d+$/);
    // A deal for a new address creates its user (A.5).
    const email = await popup.locator('#import-email').inputValue();
    expect((sandbox.school().users as SeedUser[]).some((u) => u.email === email)).toBe(true);
    expect(await popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('added');
    await popup.screenshot({ path: artifact('chromium-test-import-deal.png'), fullPage: true });

    // multiple_offers on that order: two more risks to confirm, then a second position.
    const number = /номер (\d+)$/.exec(dealText)![1]!;
    await popup.fill('#import-deal-number', number);
    await popup.fill('#import-offer', 'tg-sales');
    await popup.check('#import-multiple');
    expect(await popup.locator('#import-send').isDisabled()).toBe(true);
    for (const risk of ['existing-order-number', 'append-to-order'])
      await popup.locator(`#import-risks [data-risk="${risk}"] input`).check();
    await sendImport(popup);
    await expect
      .poll(
        () =>
          (sandbox.school().deals as { number: number | string; positions: unknown[] }[]).find((d) => String(d.number) === number)
            ?.positions.length,
      )
      .toBe(2);
    await popup.close();
  });

  it('unpaid school: the import is refused by the plan and explained', async () => {
    const popup = await popupWithKey(sandbox.keys.trialSchool, 'trial');
    await sendImport(popup);
    expect(await popup.locator('#test-import .diagnosis').getAttribute('data-diagnosis')).toBe('plan-empty-answer');
    expect((sandbox.school('trial').users as SeedUser[]).some((u) => u.email.startsWith('albato-test+'))).toBe(false);
    await popup.close();
  });

  it('neither e-mail nor phone is caught in the form; a wrong offer code and a read-only key show their catalogue entries', async () => {
    const popup = await popupWithKey(sandbox.keys.readWrite);
    await popup.fill('#import-email', '');
    expect(await popup.locator('.field-issue[data-field="user.email"]').count()).toBe(1);
    expect(await popup.locator('.field-issue[data-field="user.phone"]').count()).toBe(1);
    expect(await popup.locator('#import-send').isDisabled()).toBe(true);
    await popup.locator('input[name="import-kind"][value="deals"]').check();
    await popup.fill('#import-email', (await popup.locator('#import-email').inputValue()) || 'albato-test+202601010000@example.com');
    await popup.fill('#import-offer', 'no-such-offer');
    await popup.fill('#import-cost', '100');
    await sendImport(popup);
    expect(await popup.locator('#test-import .diagnosis').getAttribute('data-diagnosis')).toBe('error-envelope');
    expect(await popup.locator('#test-import .diagnosis').textContent()).toContain('Предложение не найдено');

    await showPopupTab(popup, 'check');
    await popup.click('#change-key'); // the same school with its read-only key
    await popup.fill('#api-key', sandbox.keys.readOnly);
    await popup.click('#save-school');
    await expect.poll(() => popup.locator('#key-shown').textContent()).toContain(sandbox.keys.readOnly.slice(0, 4));
    await showPopupTab(popup, 'import');
    await popup.locator('input[name="import-kind"][value="users"]').check();
    await sendImport(popup);
    expect(await popup.locator('#test-import .diagnosis').getAttribute('data-diagnosis')).toBe('read-only-key');
    await popup.close();
  });

  it('a phone alone identifies the user (R.4) once its risk is confirmed; a deal may cost 0; an empty deal number shows as none', async () => {
    const popup = await popupWithKey(sandbox.keys.readWrite);
    await popup.fill('#import-email', '');
    expect(await popup.locator('.field-issue[data-field="user.phone"]').textContent()).toBe(
      'Укажите e-mail или телефон: по одному из них GetCourse находит пользователя. Без них импорт не пройдёт (в Albato это ошибка «undefined index»).',
    );
    await popup.fill('#import-phone', '+7 913 000-00-02');
    expect(await popup.locator('.field-issue').count()).toBe(0);
    expect(await popup.locator('#import-send').isDisabled()).toBe(true); // no phone is a test identity
    await popup.locator('#import-risks [data-risk="phone-identity"] input').check();
    await sendImport(popup);
    expect(await popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('added');
    const byPhone = (sandbox.school().users as (SeedUser & { id: number; phone: string })[]).filter((u) => u.phone === '+7 913 000-00-02');
    expect(byPhone.map((u) => u.email)).toEqual(['']);

    await popup.locator('input[name="import-kind"][value="deals"]').check();
    await popup.fill('#import-offer', 'consult60');
    await popup.fill('#import-cost', '0');
    expect(await popup.locator('#import-cost-read').textContent()).toBe('Прочитано: 0 RUB');
    expect(await popup.locator('.field-issue').count()).toBe(0);
    await popup.locator('#import-risks [data-risk="phone-identity"] input').check();
    await sendImport(popup);
    await expect.poll(() => popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('in_base'); // found by phone
    const dealId = Number(/^Заказ (\d+), номер \d+$/.exec((await popup.locator('#import-result .import-deal').textContent())!)![1]);
    expect((sandbox.school().deals as { id: number; cost: number; userId: number }[]).find((d) => d.id === dealId)).toMatchObject({
      cost: 0,
      userId: byPhone[0]!.id,
    });

    // R.4's recorded answer: deal_number and payment_link come back as "" → no number, no link.
    sandbox.setApiResponse({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(R4_DEAL_ADDED) });
    await sendImport(popup);
    await expect
      .poll(() => popup.locator('#import-result .import-deal').textContent())
      .toBe(`Заказ ${R4_DEAL_ADDED.result.deal_id}, номер —`);
    expect(await popup.locator('#import-result a').count()).toBe(0);
    await popup.close();
  });

  it('the test address is on the domain the admin chooses, remembered for the next popup', async () => {
    let popup = await popupWithKey(sandbox.keys.readWrite);
    await popup.fill('#import-domain', 'not a domain');
    await popup.click('#import-new-address');
    expect(await popup.locator('.field-issue[data-field="test-domain"]').count()).toBe(1);
    await popup.fill('#import-domain', 'albato-tests.ru');
    await popup.click('#import-new-address');
    await expect.poll(() => popup.locator('#import-email').inputValue()).toMatch(/^albato-test\+\d{12}@albato-tests\.ru$/);
    expect(await popup.locator('.field-issue[data-field="test-domain"]').count()).toBe(0);
    await popup.close();

    popup = await openPopupChromium(browser, 'import');
    await popup.locator('#test-import').waitFor();
    await expect.poll(() => popup.locator('#import-email').inputValue()).toMatch(/@albato-tests\.ru$/);
    expect(await popup.locator('#import-domain').inputValue()).toBe('albato-tests.ru');
    await sendImport(popup);
    expect(await popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('added');
    await popup.close();
  });

  it('a failed deal comes back from the history into the form, is fixed and sent again', async () => {
    let popup = await popupWithKey(sandbox.keys.readWrite);
    await popup.locator('input[name="import-kind"][value="deals"]').check();
    await popup.fill('#import-first-name', 'Из журнала');
    await popup.fill('#import-offer', 'no-such-offer');
    await popup.fill('#import-cost', '2 000 руб.');
    await sendImport(popup);
    expect(await popup.locator('#test-import .diagnosis').getAttribute('data-diagnosis')).toBe('error-envelope');
    const email = await popup.locator('#import-email').inputValue();
    await popup.close();

    // A new popup: the form is blank until the failed entry is loaded back.
    popup = await openPopupChromium(browser, 'history');
    const failed = popup.locator('#request-history li[data-kind="import"][data-outcome="fail"]');
    await failed.waitFor();
    expect(await failed.locator('.summary').textContent()).toMatch(/^GetCourse отказал — .*Предложение не найдено/); // the entry's Russian title, then GetCourse's text
    await failed.locator('.resend').click();
    await popup.locator('#import-from-history').waitFor();
    expect(await popup.locator('input[name="import-kind"][value="deals"]').isChecked()).toBe(true);
    expect(await popup.locator('#import-email').inputValue()).toBe(email);
    expect(await popup.locator('#import-first-name').inputValue()).toBe('Из журнала');
    expect(await popup.locator('#import-offer').inputValue()).toBe('no-such-offer');
    expect(await popup.locator('#import-cost').inputValue()).toBe('2 000 руб.');
    await popup.fill('#import-offer', 'marketing-basic');
    await sendImport(popup);
    expect(await popup.locator('#import-result .import-deal').textContent()).toMatch(/^Заказ \d+, номер \d+$/);
    await showPopupTab(popup, 'history');
    await expect.poll(() => popup.locator('#request-history li[data-kind="import"]').count()).toBe(2);
    expect(await popup.locator('#request-history li[data-kind="import"]').first().getAttribute('data-outcome')).toBe('ok');
    expect(await popup.locator('#request-history li[data-kind="import"] .summary').first().textContent()).toMatch(
      /^Пользователь \d+: добавлен; Заказ \d+, номер \d+$/,
    );
    await popup.close();
  });
});
