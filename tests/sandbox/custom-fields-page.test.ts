// @vitest-environment node
/**
 * The custom-fields page as the server sends it and saves it (ref C.4, R.1): the field list as the
 * JSON of `#CustomFormValue` and as the editor's config, an empty editor for the page's script to
 * draw (tests/sandbox/custom-form-editor.test.ts), and the form that posts the JSON back.
 */
import { UNTITLED_FIELD_IDS } from '../../sandbox/seed.js';
import { useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
const DEAL_FIELDS = '/pl/logic/context/custom-fields?contextName=DealContext';

interface FormField {
  id: number | null;
  label: string;
  type: string;
  required: boolean;
  settings: Record<string, unknown>;
  hide: string;
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${sandbox.httpUrl}${path}`);
  return { status: response.status, html: await response.text() };
}

const decodeAttr = (value: string) => value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));

function customFormValue(html: string): { fields: FormField[] } {
  const match = /<input type="hidden" id="CustomFormValue" name="CustomFormValue" value="([^"]*)">/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(decodeAttr(match?.[1] ?? ''));
}

async function save(path: string, value: string): Promise<Response> {
  return fetch(`${sandbox.httpUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ CustomFormValue: value }),
  });
}

describe('the custom-fields page as served (ref C.4, R.1)', () => {
  it('carries every user field, untitled consent boxes included, as #CustomFormValue JSON', async () => {
    const { status, html } = await page(USER_FIELDS);
    expect(status).toBe(200);
    const { fields } = customFormValue(html);
    expect(fields).toHaveLength(32);
    expect(fields.filter((f) => f.label === '').map((f) => f.id)).toEqual([...UNTITLED_FIELD_IDS]);
    expect(fields.filter((f) => f.label === '').every((f) => f.type === 'checkbox')).toBe(true);
    expect(fields[0]).toMatchObject({ id: 2001, label: 'Город проживания', type: 'string', required: true, hide: '0' });
    expect(fields.map((f) => f.label)).toEqual(expect.arrayContaining(['utm source', 'Їжак', 'Қала', '<img src=x onerror=alert(1)>']));
    expect(new Set(fields.map((f) => f.type))).toEqual(
      new Set(['string', 'date', 'numeric', 'text', 'select', 'phone', 'checkbox', 'multi_select']),
    );
    expect(fields.some((f) => f.label.startsWith('gc_system_'))).toBe(false);
  });

  it('escapes hostile titles in the value and keeps the editor config safe inside <script>', async () => {
    const { html } = await page(DEAL_FIELDS);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(');
    const script = /<script>\(function drawCustomFormEditor[\s\S]*?\}\)\((.*)\);<\/script>/.exec(html);
    expect(script).not.toBeNull();
    const config = JSON.parse(script?.[1] ?? 'null') as { fields: FormField[]; types: Record<string, { label: string }> };
    expect(config.fields.map((f) => f.label)).toContain("\"><script>alert('deal')</script>");
    expect(Object.keys(config.types)).toEqual(['string', 'text', 'date', 'checkbox', 'select', 'multi_select', 'phone', 'numeric', 'file']);
    expect(customFormValue(html).fields).toHaveLength(10);
  });

  it('sends an empty editor for the page script, inside a form whose button posts the JSON', async () => {
    const { html } = await page(USER_FIELDS);
    const form = /<form class="custom-fields-form" method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(html);
    expect(decodeAttr(form?.[1] ?? '')).toBe(USER_FIELDS);
    expect(form?.[2]).toContain('id="CustomFormValue"');
    expect(form?.[2]).toContain('<div class="custom-form-editor">');
    expect(form?.[2]).toContain('<ul class="add-types-list"></ul>');
    expect(form?.[2]).toContain('<div class="fields"></div>');
    expect(form?.[2]).toContain('<div class="field-settings-editor"></div>');
    expect(form?.[2]).toContain('<div class="control-buttons"><button type="submit"');
    expect(html).not.toContain('<div class="field-wrapper');
  });
});

describe("saving the editor (ref R.1: nothing is saved before the page's own button)", () => {
  it('renames, creates and deletes fields from the posted JSON, and the fields API follows', async () => {
    const { fields } = customFormValue((await page(USER_FIELDS)).html);
    const posted = fields.filter((f) => f.id !== 2002).map((f) => (f.id === 2001 ? { ...f, label: 'gorod_prozhivaniia' } : f));
    posted.push({ id: null, label: 'Строка', type: 'string', required: false, settings: {}, hide: '0' });
    const response = await save(USER_FIELDS, JSON.stringify({ fields: posted }));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(USER_FIELDS);
    const user = sandbox.school().fields.filter((f) => f.context === 'user' && !f.system);
    expect(user.map((f) => f.title)).toEqual(posted.map((f) => f.label));
    expect(user.some((f) => f.id === 2002)).toBe(false);
    expect(user.at(-1)).toMatchObject({ title: 'Строка', type: 'string' });
    expect(user.at(-1)?.id).toBeGreaterThan(2032);
    expect(sandbox.school().fields.filter((f) => f.context === 'deal' && !f.system)).toHaveLength(10);
    const api = (await (await fetch(`${sandbox.httpUrl}/pl/api/account/fields?key=${sandbox.keys.readOnly}`)).json()) as {
      info: Array<{ title: string }>;
    };
    expect(api.info.map((f) => f.title)).toContain('gorod_prozhivaniia');
    expect(api.info.map((f) => f.title)).not.toContain('Дата рождения');
  });

  it('refuses a broken or foreign JSON with a message and saves nothing', async () => {
    const before = JSON.stringify(sandbox.school().fields);
    for (const value of [
      '{"fields":[{"id":2001,"label":"x"',
      '{"fields":"nope"}',
      '[1,2,3]',
      '{"fields":[{"id":2001,"label":42,"type":"string"}]}',
      '',
    ]) {
      const response = await save(DEAL_FIELDS, value);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Не удалось сохранить поля');
    }
    expect(JSON.stringify(sandbox.school().fields)).toBe(before);
  });
});

describe('page variants for benchmarks and slow pages', () => {
  it('&demo=long&count=N lists N generated fields, capped at 5000, and saves nothing', async () => {
    expect(customFormValue((await page(`${USER_FIELDS}&demo=long&count=1000`)).html).fields).toHaveLength(1000);
    expect(customFormValue((await page(`${USER_FIELDS}&demo=long&count=99999`)).html).fields).toHaveLength(5000);
    expect(customFormValue((await page(`${USER_FIELDS}&demo=long`)).html).fields).toHaveLength(300);
    expect((await save(`${USER_FIELDS}&demo=long`, '{"fields":[]}')).status).toBe(200);
    expect(sandbox.school().fields.filter((f) => f.context === 'user' && !f.system)).toHaveLength(32);
  });

  it('&render=late asks the page script to draw 400 ms after load', async () => {
    expect((await page(`${USER_FIELDS}&render=late`)).html).toMatch(/"delayMs":400\}\);<\/script>/);
    expect((await page(USER_FIELDS)).html).toMatch(/"delayMs":0\}\);<\/script>/);
  });

  it('answers an unknown context with 404', async () => {
    expect((await page('/pl/logic/context/custom-fields?contextName=Nope')).status).toBe(404);
  });
});
