// @vitest-environment node
import { formatDateTime } from '../../sandbox/format.js';
import { startSandbox } from '../../sandbox/index.js';
import { encodeParams, exportCall, postForm, type ExportEnvelope, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

const key = () => sandbox.keys.readWrite;
const call = (path: string, query: Record<string, string> = {}) => exportCall(sandbox.httpUrl, path, { key: key(), ...query });

interface FieldInfo {
  id: number;
  type: string;
  title: string;
  required: boolean;
  field_order_pos: number;
  context_type: string;
}

describe('export API: immediate dictionaries (ref B.1, B.4)', () => {
  it('lists custom fields at once with user and deal contexts and GetCourse’s utm system fields in both (ref B.1, R.4)', async () => {
    const answer = await call('fields');
    expect(answer.success).toBe(true);
    const info = answer.info as FieldInfo[];
    expect(info.filter((f) => f.context_type === 'user').length).toBeGreaterThanOrEqual(30);
    expect(info.filter((f) => f.context_type === 'deal').length).toBeGreaterThanOrEqual(10);
    const system = (context: string) =>
      info.filter((f) => f.title.startsWith('gc_system_') && f.context_type === context).map((f) => f.title);
    expect(system('user')).toEqual(['source', 'medium', 'campaign', 'term', 'content'].map((p) => `gc_system_user_utm_${p}`));
    expect(system('deal')).toEqual(['source', 'medium', 'campaign', 'term', 'content'].map((p) => `gc_system_deal_utm_${p}`));
    expect(info).toContainEqual({
      id: 2001,
      type: 'string',
      title: 'Город проживания',
      required: true,
      field_order_pos: 1,
      context_type: 'user',
    });
    expect(info.map((f) => f.title)).toContain('<img src=x onerror=alert(1)>');
  });

  it('answers `fields` asked with `action=get` (two clients send it, ref R.4) as without it, in R.4’s recorded envelope', async () => {
    const withAction = await postForm(`${sandbox.httpUrl}/pl/api/account/fields`, { action: 'get', key: key() });
    const answer = (await withAction.json()) as ExportEnvelope;
    expect(answer).toEqual({ success: true, info: expect.any(Array), error_message: '', error: false });
    expect(answer).toEqual(await call('fields'));
    expect(sandbox.apiCalls().map((c) => `${c.path} ${c.action}`)).toEqual(['/pl/api/account/fields get', '/pl/api/account/fields ']);
  });

  it('accepts the key as a POST form field too (ref B.1)', async () => {
    const response = await postForm(`${sandbox.httpUrl}/pl/api/account/groups`, { key: sandbox.keys.readOnly });
    const answer = (await response.json()) as ExportEnvelope;
    expect(answer.success).toBe(true);
    expect(answer.info).toContainEqual({ id: 501, name: 'Покупатели', last_added_at: '2026-11-20 14:02:11' });
    expect(answer.info).toContainEqual({ id: 504, name: 'Спящие', last_added_at: null });
  });

  it('answers a wrong key with 901 and a missing key with 904 (ref 0.4, B.2)', async () => {
    expect(await exportCall(sandbox.httpUrl, 'groups', { key: sandbox.keys.wrong })).toEqual({
      success: false,
      error: true,
      error_message: 'Неавторизованное API-обращение',
      error_code: 901,
    });
    const missing = await exportCall(sandbox.httpUrl, 'groups', {});
    expect(missing).toMatchObject({ success: false, error: true, error_code: 904 });
    expect(missing.error_message).toContain('отсутствует параметр key');
  });

  it('answers a trial school with 917 `Функционал недоступен` (ref A.8, B.3)', async () => {
    expect(await exportCall(sandbox.httpUrl, 'fields', { key: sandbox.keys.trialSchool })).toEqual({
      success: false,
      error: true,
      error_message: 'Функционал недоступен',
      error_code: 917,
    });
  });
});

describe('export API: asynchronous exports (ref 0.3, B.1, B.2)', () => {
  it('starts a users export, answers 909 on the first poll and the table on the second (ref B.1, B.2)', async () => {
    const start = await call('users', { status: 'active' });
    expect(start).toEqual({ success: true, info: { export_id: expect.any(Number) }, error_message: '', error: false });
    const id = (start.info as { export_id: number }).export_id;
    expect(await call(`exports/${id}`)).toEqual({ success: false, error: true, error_message: 'Файл еще не создан', error_code: 909 });
    const ready = await call(`exports/${id}`);
    expect(ready.success).toBe(true);
    const { fields, items } = ready.info as { fields: string[]; items: string[][] };
    const emailColumn = fields.indexOf('Email');
    const cityColumn = fields.indexOf('Город проживания');
    // custom fields sit between fixed columns (ref B.1: never read by position)
    expect(cityColumn).toBeGreaterThan(fields.indexOf('Город'));
    expect(cityColumn).toBeLessThan(fields.indexOf('Статус'));
    expect(items.map((row) => row[emailColumn])).toEqual(['ivan.petrov@example.com', 'student@example.org']);
    expect(items.flat().every((cell) => typeof cell === 'string')).toBe(true);
    expect(items[0]?.[cityColumn]).toBe('Москва');
    expect(items[0]?.[fields.indexOf('Создан')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('formats deal money like `12 000,00`, with U+00A0 in the cost column (ref B.1, D.3)', async () => {
    const id = ((await call('deals', { 'created_at[from]': '2026-01-01' })).info as { export_id: number }).export_id;
    await call(`exports/${id}`);
    const { fields, items } = (await call(`exports/${id}`)).info as { fields: string[]; items: string[][] };
    const first = items.find((row) => row[0] === '101');
    expect(first?.[fields.indexOf('Стоимость')]).toBe('12\u00a0000,00');
    expect(first?.[fields.indexOf('Оплачено')]).toBe('12 000,00');
    expect(first?.[fields.indexOf('Источник заказа')]).toBe('вебинар');
    expect(first?.[fields.indexOf('Дата оплаты')]).toBe('2026-02-03 10:00:00');
  });

  it('refuses an export without a filter with 908 (ref B.2)', async () => {
    expect(await call('users')).toEqual({
      success: false,
      error: true,
      error_message: 'Должен быть передан хотя бы один фильтр',
      error_code: 908,
    });
    expect(await call('deals', { unknown_filter: 'x' })).toMatchObject({ error_code: 908 });
  });

  it('refuses a second export while the first is not fetched with 905, and allows it afterwards (ref 0.3, B.2)', async () => {
    const id = ((await call('users', { status: 'active' })).info as { export_id: number }).export_id;
    expect(await call('deals', { status: 'new' })).toEqual({
      success: false,
      error: true,
      error_message: 'Уже запущен один экспорт, попробуйте позднее',
      error_code: 905,
    });
    await call(`exports/${id}`);
    expect((await call('deals', { status: 'new' })).error_code).toBe(905);
    await call(`exports/${id}`);
    expect((await call('deals', { status: 'new' })).success).toBe(true);
  });

  it('answers a bad status filter with 913 for deals and 914 for users, listing the accepted values (ref B.2)', async () => {
    const deals = await call('deals', { status: 'paid' });
    expect(deals).toMatchObject({ success: false, error: true, error_code: 913 });
    expect(deals.error_message).toContain('поле статус');
    expect(deals.error_message).toContain(
      'new,in_work,not_confirmed,payed,cancelled,false,payment_waiting,part_payed,waiting_for_return,pending',
    );
    const users = await call('users', { status: 'added' });
    expect(users).toMatchObject({ error_code: 914 });
    expect(users.error_message).toContain('поле статус');
    expect(users.error_message).toContain('active,deactivated,banned,invited,in_base');
  });

  it('answers an unknown export id with `Объект не найден` (ref B.2)', async () => {
    expect(await call('exports/123')).toMatchObject({ success: false, error: true, error_message: 'Объект не найден' });
  });

  it('answers a filter that matches nothing with `Файл не создан, попробуйте другой фильтр` after the first poll (ref B.2)', async () => {
    const id = ((await call('users', { email: 'nobody@example.com' })).info as { export_id: number }).export_id;
    expect((await call(`exports/${id}`)).error_code).toBe(909);
    expect((await call(`exports/${id}`)).error_message).toBe('Файл не создан, попробуйте другой фильтр');
  });
});

describe('export API: budget of 100 requests per 2 hours (ref 0.3, A.9, B.2)', () => {
  it('answers 903 after 100 requests, polls and dictionaries included, and recovers 2 hours later (ref A.9)', async () => {
    let clock = Date.UTC(2026, 10, 28, 9, 0, 0);
    const limited = await startSandbox({ now: () => clock });
    const limitedCall = (path: string, query: Record<string, string> = {}) =>
      exportCall(limited.httpUrl, path, { key: limited.keys.readWrite, ...query });
    try {
      const id = ((await limitedCall('users', { status: 'active' })).info as { export_id: number }).export_id;
      await limitedCall(`exports/${id}`);
      await limitedCall(`exports/${id}`);
      await limitedCall('groups');
      for (let i = 0; i < 96; i += 1) {
        clock += 1000;
        expect((await limitedCall('fields')).success).toBe(true);
      }
      const refused = await limitedCall('fields');
      expect(refused).toMatchObject({ success: false, error: true, error_code: 903 });
      expect(refused.error_message).toMatch(/^Слишком много запросов/);
      expect((await limitedCall(`exports/${id}`)).error_code).toBe(903);
      // the trial school's budget is separate, and the limit is per account
      expect((await exportCall(limited.httpUrl, 'fields', { key: limited.keys.trialSchool })).error_code).toBe(917);

      clock = Date.UTC(2026, 10, 28, 11, 0, 0) + 1; // the first four requests left the window
      expect((await limitedCall('groups')).success).toBe(true);
      limited.reset();
      expect((await limitedCall('groups')).success).toBe(true);
    } finally {
      await limited.close();
    }
  });

  it('clears the budget on reset() (ref A.9)', async () => {
    const clock = Date.UTC(2026, 10, 28, 9, 0, 0);
    const limited = await startSandbox({ now: () => clock });
    try {
      for (let i = 0; i < 100; i += 1) await exportCall(limited.httpUrl, 'groups', { key: limited.keys.readOnly });
      expect((await exportCall(limited.httpUrl, 'groups', { key: limited.keys.readOnly })).error_code).toBe(903);
      limited.reset();
      expect((await exportCall(limited.httpUrl, 'groups', { key: limited.keys.readOnly })).success).toBe(true);
      expect(limited.apiCalls()).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});

describe('export dates in the account’s own time zone, not fixed Moscow time (ref B.1, R.4; A14)', () => {
  it('formats a moment in the zone given, daylight saving included, midnight as 00', () => {
    const winter = Date.UTC(2026, 0, 15, 21, 30, 5);
    expect(formatDateTime(winter, 'Europe/Moscow')).toBe('2026-01-16 00:30:05');
    expect(formatDateTime(winter, 'Asia/Yekaterinburg')).toBe('2026-01-16 02:30:05');
    expect(formatDateTime(winter, 'Europe/Berlin')).toBe('2026-01-15 22:30:05');
    expect(formatDateTime(Date.UTC(2026, 6, 15, 21, 30, 5), 'Europe/Berlin')).toBe('2026-07-15 23:30:05'); // summer time
    expect(formatDateTime(Date.UTC(2026, 0, 15, 21, 0, 0), 'Europe/Moscow')).toBe('2026-01-16 00:00:00');
  });

  it('each school carries its own zone: the paid one Moscow, the trial one another', () => {
    expect(sandbox.school('school').timeZone).toBe('Europe/Moscow');
    expect(sandbox.school('trial').timeZone).not.toBe(sandbox.school('school').timeZone);
  });

  it('writes import times in the school’s zone, so its exports and group dates show them there', async () => {
    const clock = Date.UTC(2026, 0, 15, 21, 30, 5);
    const zoned = await startSandbox({ now: () => clock });
    const importUser = async (email: string) => {
      const body = { action: 'add', key: zoned.keys.readWrite, params: encodeParams({ user: { email, group_name: ['Часовой пояс'] } }) };
      expect(await (await postForm(`${zoned.httpUrl}/pl/api/users`, body)).json()).toMatchObject({ result: { success: true } });
    };
    const created = async (email: string) => {
      const call = (path: string, query: Record<string, string> = {}) =>
        exportCall(zoned.httpUrl, path, { key: zoned.keys.readWrite, ...query });
      const id = ((await call('users', { email })).info as { export_id: number }).export_id;
      await call(`exports/${id}`);
      const { fields, items } = (await call(`exports/${id}`)).info as { fields: string[]; items: string[][] };
      return items[0]?.[fields.indexOf('Создан')];
    };
    try {
      await importUser('moscow@example.com');
      expect(await created('moscow@example.com')).toBe('2026-01-16 00:30:05');
      zoned.school('school').timeZone = 'Asia/Yekaterinburg'; // an account in another zone
      await importUser('yekaterinburg@example.com');
      expect(await created('yekaterinburg@example.com')).toBe('2026-01-16 02:30:05');
      const groups = (await exportCall(zoned.httpUrl, 'groups', { key: zoned.keys.readWrite })).info as {
        name: string;
        last_added_at: string;
      }[];
      expect(groups.find((g) => g.name === 'Часовой пояс')?.last_added_at).toBe('2026-01-16 02:30:05');
    } finally {
      await zoned.close();
    }
  });
});
