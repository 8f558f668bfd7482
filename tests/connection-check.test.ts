/** How each GetCourse answer decides a step of "Check connection" (utils/connection-check.ts). */
import {
  exportCallsUsed,
  EXPORT_BUDGET,
  isPlanProblem,
  readAddressProbe,
  readKeyProbe,
  readRightsProbe,
  readWriteProbe,
} from '@/utils/connection-check';

const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });
const html = (body: string, status = 200) => ({ status, contentType: 'text/html; charset=utf-8', body });
const UNAUTHORISED = { success: false, error: 'Неавторизованное API-обращение' };

describe('address: a keyless import call (A.7, A.8)', () => {
  it.each([
    ['the A.7 refusal of a missing key', json(UNAUTHORISED), 'pass', undefined],
    ['Access denied on .io', json({ success: false, error: 'Access denied' }), 'pass', undefined],
    ['404 Wrong subdomain', { status: 404, contentType: 'text/plain', body: 'Wrong subdomain' }, 'fail', 'http'],
    ['an HTML page (custom domain, login page)', html('<!doctype html><html><body>Вход</body></html>'), 'fail', 'login-page|not-json'],
    ['a redirect (custom domain, 0.7)', { status: 301, contentType: '', body: '' }, 'fail', 'redirect'],
    ['an opaque redirect (browser, redirect: manual)', { status: 0, contentType: '', body: '' }, 'fail', 'redirect'],
    ['a 502 from a proxy', html('Bad gateway', 502), 'fail', 'http'],
  ] as const)('%s → %s', (_name, answer, status, code) => {
    const outcome = readAddressProbe(answer);
    expect(outcome.status).toBe(status);
    if (outcome.status === 'fail') expect(outcome.problem.code).toMatch(new RegExp(`^(${code})$`));
  });
});

describe('key: /pl/api/account/fields (B.1, B.4)', () => {
  const fields = [
    { id: 1, title: 'Город проживания', context_type: 'user', type: 'text' },
    { id: 2, title: 'telegram_id', context_type: 'user' },
    { id: 3, title: 'Источник заказа', context_type: 'deal' },
    { id: 4, title: 'gc_system_user_utm_source', context_type: 'user' },
    { id: 5, title: 'gc_system_deal_utm_campaign', context_type: 'deal' }, // R.4: system fields in both contexts
  ];

  it('passes with the custom fields, GetCourse’s own gc_system_* left out', () => {
    const outcome = readKeyProbe(json({ success: true, info: fields }));
    expect(outcome).toEqual({
      status: 'pass',
      note: { kind: 'fields', user: 2, deal: 1 },
      fields: [
        { title: 'Город проживания', context: 'user' },
        { title: 'telegram_id', context: 'user' },
        { title: 'Источник заказа', context: 'deal' },
      ],
    });
  });

  it.each([
    ['901 wrong key', json({ success: false, error: true, error_code: 901, error_message: 'Неавторизованное API-обращение' }), 'wrong-key'],
    ['917 plan closed', json({ success: false, error: true, error_code: 917, error_message: 'Функционал недоступен' }), 'plan-closed'],
    ['903 budget spent', json({ success: false, error: true, error_code: 903, error_message: 'Слишком много запросов' }), 'rate-limited'],
    ['info is not a list', json({ success: true, info: { a: 1 } }), 'malformed'],
    ['a login page', html('<form action="/cms/system/login"><input name="email"></form>'), 'login-page'],
  ])('%s → fail %s', (_name, answer, code) => {
    const outcome = readKeyProbe(answer);
    expect(outcome.status === 'fail' && outcome.problem.code).toBe(code);
  });
});

describe('write: an import without e-mail or phone (B.4 [INF], R.4)', () => {
  const NO_IDENTIFIER = 'Не указан ни эл. адрес, ни телефон';

  it.each([
    [
      'inside result, under a top level that says success (R.4, the sandbox’s shape)',
      { success: true, action: 'add', result: { success: false, error: true, error_message: NO_IDENTIFIER } },
    ],
    [
      'inside result that says success too',
      { success: true, action: 'add', result: { success: true, error: false, error_message: NO_IDENTIFIER } },
    ],
    ['inside result with no success flag', { success: true, result: { error_message: NO_IDENTIFIER } }],
    ['inside result, with `error` true and no success flag anywhere', { result: { error: true, error_message: NO_IDENTIFIER } }],
    ['as the top-level `error` string (A.7’s failure shape)', { success: false, error: NO_IDENTIFIER }],
    ['as the top-level `error_message`', { success: false, error: true, error_message: NO_IDENTIFIER }],
    ['as the top-level `error_message` under success', { success: true, error_message: NO_IDENTIFIER }],
    [
      'reworded: e-mail, plural, a phone number',
      { success: true, result: { success: false, error_message: 'Не указаны ни e-mail, ни номер телефона' } },
    ],
  ])('passes on the R.4 refusal %s', (_name, body) => {
    expect(readWriteProbe(json(body))).toEqual({ status: 'pass', note: { kind: 'write-inferred' } });
  });

  it.each([
    ['a read-only key', json({ success: false, error: 'Действие запрещено' }), 'read-only-key'],
    [
      'a read-only key inside a success-looking envelope',
      json({ success: true, result: { success: true, error_message: 'Действие запрещено' } }),
      'read-only-key',
    ],
    [
      'a read-only key at the top, the R.4 text inside',
      json({ success: false, error: 'Действие запрещено', result: { error_message: NO_IDENTIFIER } }),
      'read-only-key',
    ],
    ['a wrong key', json(UNAUTHORISED), 'wrong-key'],
    ['Access denied (.io)', json({ success: false, error: 'Access denied' }), 'wrong-key'],
    ['a plan without import: 200 and an empty body (0.6)', html(''), 'not-json'],
    ['an HTML page', html('<!doctype html><html><body>Ошибка</body></html>'), 'not-json'],
    ['a plan closed (917)', json({ success: false, error: true, error_code: 917, error_message: 'Функционал недоступен' }), 'plan-closed'],
    ['another refusal', json({ success: true, result: { success: false, error_message: 'Что-то другое' } }), 'refused'],
    // R.4: contradicted, and naming the e-mail alone is not the answer to a user without any identifier.
    [
      'the old guess `Не указан email пользователя`',
      json({ success: true, result: { success: false, error: true, error_message: 'Не указан email пользователя' } }),
      'refused',
    ],
    ['a refusal about the phone alone', json({ success: true, result: { success: false, error_message: 'Не указан телефон' } }), 'refused'],
    [
      'accepted (nothing should be saved without e-mail or phone)',
      json({ success: true, result: { success: true, user_id: 5 } }),
      'unknown',
    ],
    ['a redirect (0.7)', { status: 302, contentType: '', body: '' }, 'redirect'],
  ])('%s → fail %s', (_name, answer, code) => {
    const outcome = readWriteProbe(answer);
    expect(outcome.status === 'fail' && outcome.problem.code).toBe(code);
  });

  it('plan problems are the 917 refusal and the empty import answer', () => {
    expect(isPlanProblem({ code: 'plan-closed', raw: '917: Функционал недоступен' })).toBe(true);
    expect(isPlanProblem({ code: 'not-json', status: 200, raw: '' })).toBe(true);
    expect(isPlanProblem({ code: 'not-json', status: 200, raw: '<html>' })).toBe(false);
    expect(isPlanProblem({ code: 'read-only-key', raw: 'Действие запрещено' })).toBe(false);
  });
});

describe('rights: the API-key page with this browser’s session (E.1, B.3)', () => {
  it.each([
    ['the page opens', html('<h1>API</h1><table class="api-keys"></table>'), 'pass', undefined],
    ['redirect to the login page', { status: 302, contentType: '', body: '' }, 'fail', 'not-logged-in'],
    ['an opaque redirect', { status: 0, contentType: '', body: '' }, 'fail', 'not-logged-in'],
    ['a login form at 200', html('<form><input name="email"><input type="password" name="password"></form>'), 'fail', 'not-logged-in'],
    ['a Yii login form at 200', html('<input name="LoginForm[password]" type="password">'), 'fail', 'not-logged-in'],
    ['403 no rights', html('Доступ запрещен', 403), 'fail', 'no-rights'],
    ['500', html('oops', 500), 'fail', 'http'],
  ] as const)('%s → %s', (_name, answer, status, code) => {
    const outcome = readRightsProbe(answer);
    expect(outcome.status).toBe(status);
    if (outcome.status === 'fail') expect(outcome.problem.code).toBe(code);
  });
});

describe('export budget (0.3, A.9)', () => {
  it('counts the calls of the last two hours only', () => {
    const now = 10 * EXPORT_BUDGET.windowMs;
    expect(exportCallsUsed([now - EXPORT_BUDGET.windowMs - 1, now - EXPORT_BUDGET.windowMs, now - 1, now, now + 5], now)).toBe(2);
  });
});
