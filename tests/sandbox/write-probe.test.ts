// @vitest-environment node
import { readWriteProbe, WRITE_PROBE_PARAMS } from '@/utils/connection-check';
import type { SchoolName } from '../../sandbox/types.js';
import { encodeParams, formBody, importCall, postForm, rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

/** ref R.4: GetCourse's answer to a user import with neither e-mail nor phone. */
const NO_IDENTIFIER = 'Не указан ни эл. адрес, ни телефон';

/** `add` with params that carry neither e-mail nor phone: the side-effect-free write check of ref B.4 [INF] (A34). */
const PROBES = [
  { user: {} },
  {},
  { user: { first_name: 'Проба', group_name: ['Проба записи'] }, system: { refresh_if_exists: 1 } },
  { user: { email: '  ', phone: '' } },
  { user: { phone: '+- ()' } }, // no digit: no phone (A4)
];

/** The extension's write probe, as the background sends it, read by the extension from the sandbox's answer. */
async function probe(key: string, host?: string) {
  const { headers, body } = formBody({ action: 'add', key, params: encodeParams(WRITE_PROBE_PARAMS) });
  const answer = await rawRequest(`${sandbox.httpUrl}/pl/api/users`, { method: 'POST', headers, body, ...(host ? { host } : {}) });
  return readWriteProbe({ status: answer.status, contentType: answer.headers['content-type'] ?? '', body: answer.body });
}

/** Runs `probe` and proves the school is exactly as before: no user, group, deal or anything else. */
async function expectNothingWritten(school: SchoolName, probe: () => Promise<void>): Promise<void> {
  const usersBefore = sandbox.school(school).users.length;
  const before = JSON.stringify(sandbox.school(school));
  await probe();
  expect(sandbox.school(school).users).toHaveLength(usersBefore);
  expect(JSON.stringify(sandbox.school(school))).toBe(before);
}

describe('write probe without writing (ref B.4 [INF]; A34)', () => {
  it.each(PROBES)('read-write key: the R.4 refusal inside a success-looking envelope (A4), nothing written — %j', async (params) => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', params)).toEqual({
        success: true,
        action: 'add',
        result: {
          success: false,
          error: true,
          error_message: NO_IDENTIFIER,
          user_id: '',
          user_status: '',
          deal_id: '',
          deal_number: '',
          payment_link: '',
        },
      });
    });
    expect(sandbox.apiCalls()).toEqual([
      expect.objectContaining({ path: '/pl/api/users', action: 'add', keyKind: 'readWrite', status: 200 }),
    ]);
  });

  it.each(PROBES)('read-only key: top-level `Действие запрещено`, nothing written (ref 0.5, B.3) — %j', async (params) => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', params, { key: sandbox.keys.readOnly })).toEqual({
        success: false,
        error: 'Действие запрещено',
      });
    });
    expect(sandbox.apiCalls().at(-1)).toMatchObject({ keyKind: 'readOnly', status: 200 });
  });

  it('wrong key: `Неавторизованное API-обращение`, or `Access denied` on getcourse.io (ref A.7, A.8; A2)', async () => {
    await expectNothingWritten('school', async () => {
      expect(await importCall(sandbox, 'users', { user: {} }, { key: sandbox.keys.wrong })).toEqual({
        success: false,
        error: 'Неавторизованное API-обращение',
      });
      const { headers, body } = formBody({ action: 'add', key: sandbox.keys.wrong, params: encodeParams({ user: {} }) });
      const io = await rawRequest(`${sandbox.httpUrl}/pl/api/users`, { method: 'POST', host: 'school.getcourse.io', headers, body });
      expect(JSON.parse(io.body)).toEqual({ success: false, error: 'Access denied' });
    });
  });

  it('trial school: HTTP 200, empty body, text/html, as every import there (ref 0.6, A.8)', async () => {
    await expectNothingWritten('trial', async () => {
      const response = await postForm(`${sandbox.httpUrl}/pl/api/users`, {
        action: 'add',
        key: sandbox.keys.trialSchool,
        params: encodeParams({ user: {} }),
      });
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

describe('the extension’s write probe reads the sandbox (ref R.4, A34)', () => {
  it('passes on a read-write key and writes nothing', async () => {
    await expectNothingWritten('school', async () => {
      expect(await probe(sandbox.keys.readWrite)).toEqual({ status: 'pass', note: { kind: 'write-inferred' } });
    });
  });

  it.each([
    ['read-only key', () => sandbox.keys.readOnly, undefined, 'read-only-key'],
    ['wrong key', () => sandbox.keys.wrong, undefined, 'wrong-key'],
    ['wrong key on getcourse.io', () => sandbox.keys.wrong, 'school.getcourse.io', 'wrong-key'],
    ['trial school (empty body)', () => sandbox.keys.trialSchool, undefined, 'not-json'],
  ] as const)('fails on the %s', async (_name, key, host, code) => {
    const outcome = await probe(key(), host);
    expect(outcome.status === 'fail' && outcome.problem.code).toBe(code);
  });

  // GetCourse may put the text at another level of the envelope (R.4: "an envelope that looks
  // successful at the top level"); the sandbox's answer override serves each one over HTTP.
  it.each([
    [
      'in result, every level saying success',
      {
        success: true,
        action: 'add',
        result: { success: true, error: false, error_message: NO_IDENTIFIER, user_id: '', deal_number: '', payment_link: '' },
      },
    ],
    ['in result without a success flag', { success: true, action: 'add', result: { error_message: NO_IDENTIFIER } }],
    ['in the top-level `error`', { success: false, error: NO_IDENTIFIER }],
    ['in the top-level `error_message`', { success: false, error: true, error_message: NO_IDENTIFIER }],
  ])('passes with the text %s', async (_name, envelope) => {
    sandbox.setApiResponse({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(envelope) });
    expect(await probe(sandbox.keys.readWrite)).toEqual({ status: 'pass', note: { kind: 'write-inferred' } });
  });

  it.each([
    [
      'the old guess `Не указан email пользователя` (contradicted by R.4)',
      { success: true, result: { success: false, error: true, error_message: 'Не указан email пользователя' } },
      'refused',
    ],
    [
      '`Действие запрещено` inside a success-looking envelope',
      { success: true, result: { success: true, error_message: 'Действие запрещено' } },
      'read-only-key',
    ],
    [
      'a user saved without any identifier',
      { success: true, result: { success: true, error: false, error_message: '', user_id: 70009 } },
      'unknown',
    ],
  ])('fails on %s', async (_name, envelope, code) => {
    sandbox.setApiResponse({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(envelope) });
    const outcome = await probe(sandbox.keys.readWrite);
    expect(outcome.status === 'fail' && outcome.problem.code).toBe(code);
  });
});
