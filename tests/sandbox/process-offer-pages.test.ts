// @vitest-environment node
/**
 * The sandbox's offer and process pages as the second evidence pass describes them (ref R.2, R.3):
 * GridView lists without an offer-code column, the offer form, process settings without an object
 * type, the create form with it, processes by type as JSON, the editor drawn from flowchart-data
 * and the block modal that saves.
 */
import { CALL_URL_INPUT_NAMES, CALL_URL_OPERATION, UPDATE_FIELD_OPERATION } from '../../sandbox/pages/process-operations.js';
import { useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

async function get(path: string): Promise<{ status: number; html: string; type: string }> {
  const response = await fetch(`${sandbox.httpUrl}${path}`);
  return { status: response.status, html: await response.text(), type: response.headers.get('content-type') ?? '' };
}

async function post(path: string, fields: Record<string, string> | [string, string][] = {}): Promise<Response> {
  return fetch(`${sandbox.httpUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

const mission = (id: number) => sandbox.school().missions.find((m) => m.id === id)!;
const decode = (value: string) => value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));

describe('offers (ref R.3)', () => {
  it('lists offers as a GridView: rows by data-key, titles linking to their form, no code column', async () => {
    const { status, html } = await get('/pl/sales/offer/index');
    expect(status).toBe(200);
    expect(html).toContain('<table class="table table-striped table-bordered kv-grid-table">');
    expect(html.match(/<tr data-key="\d+">/g)).toHaveLength(15);
    expect(html).toContain('<tr data-key="1001"><td>1001</td><td><a href="/pl/sales/offer/update?id=1001">');
    expect(html).not.toContain('Уникальный код');
    expect(html).not.toContain('marketing-basic');
    expect(html).toContain('&#60;b&#62;Акция&#60;/b&#62; &#38; «скидка 50%»');
  });

  it('shows the offer form with its code labelled «Уникальный код предложения» and saves a new code', async () => {
    const { html } = await get('/pl/sales/offer/update?id=1001');
    expect(html).toContain('<label for="offer-code">Уникальный код предложения</label>');
    expect(html).toContain('<input type="text" id="offer-code" name="Offer[code]" value="marketing-basic">');
    expect(html).toContain('<input type="text" id="offer-title" name="Offer[title]"');
    expect(html).toContain('name="Offer[price]" value="12000"');
    expect(html).toMatch(/class="btn btn-primary save-offer"[\s\S]*class="btn btn-default copy-offer"/);
    expect((await get('/pl/sales/offer/update?id=1003')).html).toContain('name="Offer[code]" value=""');
    const saved = await post('/pl/sales/offer/update?id=1003', {
      'Offer[title]': 'Вебинар «Воронки продаж»',
      'Offer[code]': 'webinar-funnels',
      'Offer[price]': '990',
    });
    expect(saved.status).toBe(302);
    expect(sandbox.school().offers.find((o) => o.id === 1003)?.code).toBe('webinar-funnels');
  });
});

describe('process list, settings and create (ref C.2, R.2, R.3)', () => {
  it('lists processes as a GridView with links to settings and editor', async () => {
    const { html } = await get('/pl/tasks/mission/index');
    expect(html).toContain('kv-grid-table');
    expect(html.match(/<tr data-key="\d+">/g)).toHaveLength(4);
    expect(html).toContain('href="/pl/tasks/mission/update?id=101"');
    expect(html).toContain('href="/pl/tasks/mission/process?id=101"');
    expect(html).toContain('href="/pl/tasks/mission/create"');
  });

  it('settings: «Одобрено» as seeded, no object-type select (NOT FOUND on /update), and saves', async () => {
    const approved = await get('/pl/tasks/mission/update?id=101');
    expect(approved.html).toContain('name="Mission[title]" value="Albato: новый пользователь"');
    expect(approved.html).toContain('<input type="checkbox" id="paramsobject-approved" name="ParamsObject[approved]" value="1" checked>');
    expect(approved.html).not.toContain('object_type_id');
    expect((await get('/pl/tasks/mission/update?id=102')).html).toContain(
      '<input type="checkbox" id="paramsobject-approved" name="ParamsObject[approved]" value="1">',
    );
    const form: [string, string][] = [
      ['Mission[title]', 'Albato: новый заказ'],
      ['ParamsObject[approved]', '0'],
      ['ParamsObject[approved]', '1'],
    ];
    expect((await post('/pl/tasks/mission/update?id=102', form)).status).toBe(302);
    expect(mission(102)).toMatchObject({ approved: true, objectTypeId: 42 });
  });

  it('create: the only page with #mission-object_type_id (41, 42, 58, 27); a POST creates the process', async () => {
    const { html } = await get('/pl/tasks/mission/create');
    expect(html).toContain(
      '<select id="mission-object_type_id" name="Mission[object_type_id]"><option value="41">Пользователи</option><option value="42">Заказы</option><option value="58">Покупки</option><option value="27">Звонки</option></select>',
    );
    expect((await post('/pl/tasks/mission/create', { 'Mission[title]': 'x', 'Mission[object_type_id]': '7' })).status).toBe(200);
    const created = await post('/pl/tasks/mission/create', { 'Mission[title]': 'Звонки в Albato', 'Mission[object_type_id]': '27' });
    expect(created.status).toBe(302);
    expect(created.headers.get('location')).toBe('/pl/tasks/mission/update?id=105');
    expect(mission(105)).toMatchObject({ title: 'Звонки в Albato', objectTypeId: 27, approved: false });
  });

  it('find-by-type lists the processes of one object type as {models:[{id, title}]} (ref C.2)', async () => {
    const users = await fetch(`${sandbox.httpUrl}/pl/tasks/mission/find-by-type?objectTypeId=41`);
    expect(users.headers.get('content-type')).toContain('application/json');
    expect(await users.json()).toEqual({
      models: [
        { id: 101, title: 'Albato: новый пользователь' },
        { id: 104, title: 'Webjack: регистрация на вебинар' },
      ],
    });
    expect(
      (
        (await (await fetch(`${sandbox.httpUrl}/pl/tasks/mission/find-by-type?objectTypeId=42`)).json()) as { models: { id: number }[] }
      ).models.map((m) => m.id),
    ).toEqual([102, 103]);
    expect(await (await fetch(`${sandbox.httpUrl}/pl/tasks/mission/find-by-type?objectTypeId=58`)).json()).toEqual({ models: [] });
  });
});

describe('process editor (ref R.2)', () => {
  it('serves an empty canvas and the script that draws it; the URL is not on the page', async () => {
    const { html } = await get('/pl/tasks/mission/process?id=102');
    expect(html).toContain('<div id="flowchart"><div class="flowchart-container"></div></div>');
    expect(html).toContain('var flowchartConfig = {"missionId":102,');
    expect(html).not.toContain('h.albato.ru');
    expect(html).toContain('Добавить блок');
  });

  it('serves the blocks as flowchart-data JSON on POST: id, name, cssClass, no operation settings', async () => {
    const answer = (await (await post('/pl/tasks/mission/flowchart-data?id=102')).json()) as {
      data: { flowchartData: { blocks: { id: number; name: string; cssClass: string }[] } };
    };
    expect(answer.data.flowchartData.blocks.map(({ id, name, cssClass }) => ({ id, name, cssClass }))).toEqual([
      { id: 1, name: 'Начало работы', cssClass: 'start-flowchart-block' },
      { id: 2, name: 'Вызвать URL', cssClass: 'operation-flowchart-block' },
      { id: 4, name: 'Ссылка на оплату в поле', cssClass: 'operation-flowchart-block' },
      { id: 3, name: 'Завершение процесса', cssClass: 'finish-flowchart-block' },
    ]);
    expect(JSON.stringify(answer)).not.toContain('albato');
    expect((await get('/pl/tasks/mission/flowchart-data?id=102')).status).toBe(404);
  });

  it('the block modal: form.block-modal-window with scriptId and blockType, title, operation radios, sections by data-operation-type', async () => {
    const { status, html } = await get('/pl/tasks/mission/script-window?missionId=102&scriptId=2&blockType=operation');
    expect(status).toBe(200);
    expect(html).toContain(
      '<form class="block-modal-window" method="post" action="/pl/tasks/mission/script-window?missionId=102&#38;scriptId=2&#38;blockType=operation">',
    );
    expect(html).toContain('name="title" value="Вызвать URL"');
    expect(html).toContain(`<input type="radio" name="operationType" value="${CALL_URL_OPERATION}" checked> Вызвать URL`);
    expect(html).toContain(`<input type="radio" name="operationType" value="${UPDATE_FIELD_OPERATION}"> Изменить значение поля`);
    expect(html).toContain(`<div class="operation-settings" data-operation-type="${CALL_URL_OPERATION}">`);
    expect(html).toContain(`<div class="operation-settings" data-operation-type="${UPDATE_FIELD_OPERATION}" hidden>`);
    const url = decode(new RegExp(`name="${CALL_URL_INPUT_NAMES.url.replace(/[[\]]/g, '\\$&')}" value="([^"]*)"`).exec(html)?.[1] ?? '');
    expect(url).toMatch(/^https:\/\/h\.albato\.ru\/wh\/38\/1lfAbCd\/[A-Za-z0-9_-]{43}\/\?/);
    expect(url).toContain('{object.cost_money}');
    expect(html).toContain('<option value="POST" selected>POST</option>');
    for (const button of ['save', 'copy', 'delete']) expect(html).toContain(`<button type="submit" name="${button}"`);
  });

  it('another operation’s modal keeps the call-URL section hidden and empty', async () => {
    const { html } = await get('/pl/tasks/mission/script-window?missionId=102&scriptId=4&blockType=operation');
    expect(html).toContain(`value="${UPDATE_FIELD_OPERATION}" checked`);
    expect(html).toContain(`<div class="operation-settings" data-operation-type="${CALL_URL_OPERATION}" hidden>`);
    expect(html).toContain(`name="${CALL_URL_INPUT_NAMES.url}" value=""`);
    expect(html).toContain(
      'name="UpdateFieldOperation[value]" value="https://school.getcourse.ru/sales/shop/dealPay?number={object.number}"',
    );
  });

  it('saving the modal updates the block; copy inserts a new one; delete removes it; refusals answer JSON', async () => {
    const action = '/pl/tasks/mission/script-window?missionId=101&scriptId=2&blockType=operation';
    const fields = {
      title: 'В Albato',
      operationType: CALL_URL_OPERATION,
      [CALL_URL_INPUT_NAMES.method]: 'POST',
      [CALL_URL_INPUT_NAMES.url]: ' https://h.albato.ru/wh/1/x/?e={object.email} ',
      save: '1',
    };
    expect(await (await post(action, fields)).json()).toEqual({ success: true, scriptId: 2, isInsert: false });
    expect(mission(101).blocks[1]).toEqual({
      id: 2,
      kind: 'operation',
      title: 'В Albato',
      operationType: CALL_URL_OPERATION,
      settings: { method: 'POST', url: 'https://h.albato.ru/wh/1/x/?e={object.email}' },
    });
    expect(await (await post(action, { ...fields, save: '', copy: '1' })).json()).toEqual({ success: true, scriptId: 4, isInsert: true });
    expect(mission(101).blocks.map((b) => b.id)).toEqual([1, 2, 4, 3]);
    expect(await (await post(action, { operationType: 'nope', save: '1' })).json()).toEqual({ success: false, error: 'Выберите операцию' });
    expect(
      await (await post('/pl/tasks/mission/script-window?missionId=101&scriptId=&blockType=operation', { delete: '1' })).json(),
    ).toMatchObject({ success: false });
    expect(await (await post(action, { delete: '1' })).json()).toEqual({ success: true, scriptId: 2, isInsert: false });
    expect(mission(101).blocks.map((b) => b.id)).toEqual([1, 4, 3]);
    expect((await get('/pl/tasks/mission/script-window?missionId=101&scriptId=2&blockType=operation')).status).toBe(404);
  });

  it('a new block from «Добавить блок»: no operation chosen until the admin picks one', async () => {
    const { html } = await get('/pl/tasks/mission/script-window?missionId=103&scriptId=&blockType=operation');
    expect(html).not.toMatch(/name="operationType"[^>]*checked/);
    expect(html.match(/data-operation-type="[^"]+" hidden/g)).toHaveLength(3);
    const saved = await post('/pl/tasks/mission/script-window?missionId=103&scriptId=&blockType=operation', {
      title: '',
      operationType: CALL_URL_OPERATION,
      [CALL_URL_INPUT_NAMES.url]: 'https://h.albato.ru/wh/2/y/',
      save: '1',
    });
    expect(await saved.json()).toEqual({ success: true, scriptId: 4, isInsert: true });
    expect(mission(103).blocks.at(-2)).toMatchObject({
      id: 4,
      title: 'Операция',
      settings: { method: '', url: 'https://h.albato.ru/wh/2/y/' },
    });
  });

  it('escapes a hostile URL in the modal and answers unknown processes and blocks with 404', async () => {
    mission(104).blocks[1]!.settings!.url = '"><script>alert(1)</script>';
    const { html } = await get('/pl/tasks/mission/script-window?missionId=104&scriptId=2&blockType=operation');
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    for (const path of [
      '/pl/tasks/mission/process?id=1',
      '/pl/tasks/mission/script-window?missionId=1&scriptId=2',
      '/pl/tasks/mission/script-window?missionId=101&scriptId=1',
      '/pl/tasks/mission/update?id=1',
    ]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});
