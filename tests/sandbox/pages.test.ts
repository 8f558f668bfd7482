// @vitest-environment node
import { rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

async function page(path: string): Promise<{ status: number; html: string; type: string }> {
  const response = await fetch(`${sandbox.httpUrl}${path}`);
  return { status: response.status, html: await response.text(), type: response.headers.get('content-type') ?? '' };
}

function decodeAttr(value: string): string {
  return value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

function customFormValue(html: string): { fields: Array<{ id: number; label: string; type: string; required: boolean }> } {
  const match = /<input type="hidden" id="CustomFormValue" name="CustomFormValue" value="([^"]*)">/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(decodeAttr(match?.[1] ?? ''));
}

async function postPage(path: string, fields: Record<string, string> | URLSearchParams): Promise<Response> {
  return fetch(`${sandbox.httpUrl}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
}

describe('admin pages (ref C.1–C.5)', () => {
  it('renders the common chrome: #gcAccountUserMenu, .gc-main-content, the CSRF input, UTF-8 (ref C.1)', async () => {
    const { status, html, type } = await page('/pl/sales/offer/index');
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    expect(html).toContain('<div id="gcAccountUserMenu" class="gc-account-user-menu">');
    expect(html).toContain('<div class="gc-main-content">');
    expect(html).toContain('href="/pl/logic/context/custom-fields?contextName=DealContext"');
    const offer = await page('/pl/sales/offer/update?id=1001');
    expect(offer.html).toMatch(/<input type="hidden" name="YII_CSRF_TOKEN" value="[^"]+">/);
  });

  it('lists user custom fields with #CustomFormValue JSON and escapes the hostile title (ref C.4)', async () => {
    const { status, html } = await page('/pl/logic/context/custom-fields?contextName=UserContext');
    expect(status).toBe(200);
    const value = customFormValue(html);
    expect(value.fields).toHaveLength(30);
    expect(value.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Город проживания', 'utm source', 'telegram_id', 'Объём заказа', 'Їжак', 'Қала', 'Город', 'gorod', '<img src=x onerror=alert(1)>']));
    expect(value.fields.some((f) => f.label.startsWith('gc_system_'))).toBe(false);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('<tr class="custom-field-row" data-field-id="2001">');
    expect(html).toContain('name="CustomField[label]"');
    expect(html).toContain('Добавить поле');
  });

  it('keeps the JS `fields: [...]` config safe inside <script> (ref C.4)', async () => {
    const { html } = await page('/pl/logic/context/custom-fields?contextName=DealContext');
    const match = /var customFieldsConfig = (.*?);<\/script>/.exec(html);
    const config = JSON.parse(match?.[1] ?? 'null') as { fields: Array<{ label: string }> };
    expect(config.fields.map((f) => f.label)).toContain('"><script>alert(\'deal\')</script>');
    expect(match?.[1]).not.toContain('</script>');
    expect(customFormValue(html).fields).toHaveLength(10);
  });

  it('adds a field through the form, then edits it by fieldId (ref C.4)', async () => {
    const created = await postPage('/pl/logic/context/custom-fields?contextName=UserContext', { 'CustomField[label]': 'telegram_username', 'CustomField[type]': 'string' });
    expect(created.status).toBe(302);
    expect(created.headers.get('location')).toBe('/pl/logic/context/custom-fields?contextName=UserContext');
    const added = sandbox.school().fields.find((f) => f.title === 'telegram_username');
    expect(added).toMatchObject({ context: 'user', type: 'string' });

    const editForm = await page(`/pl/logic/context/custom-fields?contextName=UserContext&fieldId=${added?.id}`);
    expect(editForm.html).toContain('Редактирование поля');
    expect(editForm.html).toContain('value="telegram_username"');
    await postPage(`/pl/logic/context/custom-fields?contextName=UserContext&fieldId=2001`, { 'CustomField[label]': 'city_of_residence', 'CustomField[type]': 'string' });
    expect(sandbox.school().fields.find((f) => f.id === 2001)?.title).toBe('city_of_residence');
    const fields = (await (await fetch(`${sandbox.httpUrl}/pl/api/account/fields?key=${sandbox.keys.readOnly}`)).json()) as { info: Array<{ title: string }> };
    expect(fields.info.map((f) => f.title)).toEqual(expect.arrayContaining(['telegram_username', 'city_of_residence']));
  });

  it('re-renders the field form with an error for an empty name (ref C.4)', async () => {
    const response = await postPage('/pl/logic/context/custom-fields?contextName=DealContext', { 'CustomField[label]': '   ' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Необходимо заполнить');
    expect(sandbox.school().fields.filter((f) => f.context === 'deal')).toHaveLength(10);
  });

  it('serves 300 generated fields with demo=long (ref C.4)', async () => {
    const { html } = await page('/pl/logic/context/custom-fields?contextName=UserContext&demo=long');
    expect(customFormValue(html).fields).toHaveLength(300);
    expect(html.match(/class="custom-field-row"/g)).toHaveLength(300);
  });

  it('shows API keys shortened with date, creator, access type and name, never in full (ref B.3)', async () => {
    for (const path of ['/saas/account/api', '/pl/saas/account/api']) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain('Только чтение');
      expect(html).toContain('Чтение и запись');
      expect(html).toContain('2026-03-14 10:21');
      expect(html).toContain('Анна Владимирова');
      expect(html).toContain('Аналитика &#60;отчёты&#62;');
      for (const key of [sandbox.keys.readWrite, sandbox.keys.readOnly]) {
        expect(html).toContain(`${key.slice(0, 4)}…${key.slice(-4)}`);
        for (let i = 0; i + 12 <= key.length; i += 1) expect(html).not.toContain(key.slice(i, i + 12));
      }
    }
  });

  it('shows the trial school\'s own pages on its host (ref C.1)', async () => {
    const answer = await rawRequest(`${sandbox.httpUrl}/saas/account/api`, { host: 'trial.getcourse.ru' });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Мария Лебедева');
    expect(answer.body).not.toContain('Анна Владимирова');
  });

  it('answers unknown paths, offers and processes with a 404 HTML page (ref A.8)', async () => {
    for (const path of ['/pl/nothing/here', '/pl/sales/offer/update?id=999', '/pl/tasks/mission/process?id=1', '/pl/logic/context/custom-fields?contextName=Nope', '/pl/api/account/payments?key=x']) {
      const { status, type, html } = await page(path);
      expect(status).toBe(404);
      expect(type).toContain('text/html');
      expect(html).toContain('Страница не найдена');
    }
  });
});

describe('custom-fields page variants for late rendering and benchmarks (A27)', () => {
  it('&render=late ships an empty table, the fields as JS config and the form only inside a dialog template', async () => {
    const { status, html } = await page('/pl/logic/context/custom-fields?contextName=UserContext&render=late');
    expect(status).toBe(200);
    expect(html).toMatch(/<tbody><\/tbody>/);
    expect(html).toContain('var customFieldsConfig = ');
    expect(html).toContain('<template id="custom-field-dialog-template">');
    expect(html.indexOf('name="CustomField[label]"')).toBeGreaterThan(html.indexOf('<template id="custom-field-dialog-template">'));
    expect(customFormValue(html).fields.length).toBe(30);
  });

  it('&demo=long&count=N lists N generated fields, capped at 5000', async () => {
    expect(customFormValue((await page('/pl/logic/context/custom-fields?contextName=UserContext&demo=long&count=1000')).html).fields).toHaveLength(1000);
    expect(customFormValue((await page('/pl/logic/context/custom-fields?contextName=UserContext&demo=long&count=99999')).html).fields).toHaveLength(5000);
    expect(customFormValue((await page('/pl/logic/context/custom-fields?contextName=UserContext&demo=long')).html).fields).toHaveLength(300);
  });
});
