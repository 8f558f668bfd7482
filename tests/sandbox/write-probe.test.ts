// @vitest-environment node
import type { SchoolName } from '../../sandbox/types.js';
import { encodeParams, formBody, importCall, postForm, rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

/** `add` with params that lack an e-mail: the side-effect-free write check of ref B.4 [INF] (A34). */
const PROBES = [{ user: {} }, {}, { user: { first_name: 'Проба', group_name: ['Проба записи'] }, system: { refresh_if_exists: 1 } }];

/** Runs `probe` and proves the school is exactly as before: no user, group, deal or anything else. */
async function expectNothingWritten(school: SchoolName, probe: () => Promise<void>): Promise<void> {
  const usersBefore = sandbox.school(school).users.length;
  const before = JSON.stringify(sandbox.school(school));
  await probe();
  expect(sandbox.school(school).users).toHaveLength(usersBefore);
  expect(JSON.stringify(sandbox.school(school))).toBe(before);
}

describe('write probe without writing (ref B.4 [INF]; A34)', () => {
  it.each(PROBES)('read-write key: a validation error inside the success envelope (A4), nothing written — %j', async (params) => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', params)).toEqual({
        success: true,
        action: 'add',
        result: { success: false, error: true, error_message: 'Не указан email пользователя', user_id: '', user_status: '', deal_id: '', deal_number: '', payment_link: '' },
      });
    });
    expect(sandbox.apiCalls()).toEqual([expect.objectContaining({ path: '/pl/api/users', action: 'add', keyKind: 'readWrite', status: 200 })]);
  });

  it.each(PROBES)('read-only key: top-level `Действие запрещено`, nothing written (ref 0.5, B.3) — %j', async (params) => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', params, { key: sandbox.keys.readOnly })).toEqual({ success: false, error: 'Действие запрещено' });
    });
    expect(sandbox.apiCalls().at(-1)).toMatchObject({ keyKind: 'readOnly', status: 200 });
  });

  it('wrong key: `Неавторизованное API-обращение`, or `Access denied` on getcourse.io (ref A.7, A.8; A2)', async () => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', { user: {} }, { key: sandbox.keys.wrong })).toEqual({ success: false, error: 'Неавторизованное API-обращение' });
      const { headers, body } = formBody({ action: 'add', key: sandbox.keys.wrong, params: encodeParams({ user: {} }) });
      const io = await rawRequest(`${sandbox.httpUrl}/pl/api/users`, { method: 'POST', host: 'school.getcourse.io', headers, body });
      expect(JSON.parse(io.body)).toEqual({ success: false, error: 'Access denied' });
    });
  });

  it('trial school: HTTP 200, empty body, text/html, as every import there (ref 0.6, A.8)', async () => {
    await expectNothingWritten('trial', async () => {
      const response = await postForm(`${sandbox.httpUrl}/pl/api/users`, { action: 'add', key: sandbox.keys.trialSchool, params: encodeParams({ user: {} }) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe('');
    });
    expect(sandbox.apiCalls()).toEqual([expect.objectContaining({ school: 'trial', keyKind: 'readWrite', status: 200 })]);
  });

  it('is not the unknown-action check, which a read-write key also fails with `Действие запрещено` (ref 0.5, B.4)', async () => {
    expect(await importCall(sandbox, 'users', { user: {} }, { action: 'probe' })).toEqual({ success: false, error: 'Действие запрещено' });
  });
});
