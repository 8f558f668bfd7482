import { envelopeProblem, exportEnvelope, problemFromEnvelope, readGetCourseAnswer, readJsonAnswer } from '@/utils/getcourse-answer';
import { problemFromFetchError } from '@/entrypoints/background/fetch-answer';
import { R4_DEAL_ADDED } from './fixtures/getcourse-answers/r4-deal-added';

const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

describe('readJsonAnswer: GetCourse answers are checked, not trusted (fact sheet 0.1, A.8)', () => {
  it('parses a JSON envelope', () => {
    expect(readJsonAnswer(json({ success: true }))).toEqual({ ok: true, json: { success: true } });
  });
  it('HTTP 200 with an empty text/html body (plan without import, A.8) is not-json', () => {
    expect(readJsonAnswer({ status: 200, contentType: 'text/html', body: '' })).toMatchObject({
      ok: false,
      problem: { code: 'not-json', status: 200 },
    });
  });
  it('an HTML login page is not-json', () => {
    expect(
      readJsonAnswer({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html><body>Вход</body></html>' }),
    ).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });
  it('3xx and opaque redirects are redirect problems (0.7)', () => {
    expect(readJsonAnswer({ status: 301, contentType: '', body: '' })).toMatchObject({
      ok: false,
      problem: { code: 'redirect', status: 301 },
    });
    expect(readJsonAnswer({ status: 0, contentType: '', body: '' })).toMatchObject({ ok: false, problem: { code: 'redirect' } });
  });
  it('404 Wrong subdomain keeps the text (A.8)', () => {
    expect(readJsonAnswer({ status: 404, contentType: 'text/plain', body: 'Wrong subdomain' })).toEqual({
      ok: false,
      problem: { code: 'http', status: 404, raw: 'Wrong subdomain' },
    });
  });
  it('429 and 5xx are http problems', () => {
    expect(readJsonAnswer({ status: 429, contentType: 'text/plain', body: 'slow down' })).toMatchObject({
      ok: false,
      problem: { code: 'http', status: 429 },
    });
    expect(readJsonAnswer({ status: 502, contentType: 'text/html', body: '<html>Bad gateway</html>' })).toMatchObject({
      ok: false,
      problem: { code: 'http', status: 502 },
    });
  });
  it('broken JSON is malformed, and long bodies are shortened', () => {
    const result = readJsonAnswer({ status: 200, contentType: 'application/json', body: `{"success": tr${'x'.repeat(1000)}` });
    expect(result).toMatchObject({ ok: false, problem: { code: 'malformed' } });
    if (!result.ok) expect(result.problem.raw!.length).toBeLessThanOrEqual(301);
  });
});

describe('problemFromEnvelope (fact sheet B.2)', () => {
  const problem = (body: unknown) => problemFromEnvelope(exportEnvelope.parse(body));
  it('maps codes and texts', () => {
    expect(problem({ success: false, error_code: 901, error_message: 'Неавторизованное API-обращение' }).code).toBe('wrong-key');
    expect(problem({ success: false, error: 'Неавторизованное API-обращение' }).code).toBe('wrong-key');
    expect(problem({ success: false, error: 'Access denied' }).code).toBe('wrong-key');
    expect(problem({ success: false, error_code: 917, error_message: 'Функционал недоступен' }).code).toBe('plan-closed');
    expect(problem({ success: 'false', error_code: '903', error_message: 'Слишком много запросов' }).code).toBe('rate-limited');
  });
  it('keeps an unknown refusal raw instead of swallowing it', () => {
    expect(problem({ success: 0, error_code: 999, error_message: 'Что-то новое' })).toEqual({ code: 'refused', raw: '999: Что-то новое' });
  });
  it('a read-only key, a missing field and a spent quota (A.8, E.1)', () => {
    expect(problem({ success: false, error: 'Действие запрещено' }).code).toBe('read-only-key');
    expect(problem({ success: false, error_message: 'Undefined index: email' }).code).toBe('missing-field');
    expect(problem({ success: false, error_message: 'Достигнут лимит создания пользователей' }).code).toBe('plan-closed');
  });
});

describe('envelopeProblem: both levels of the envelope (fact sheet 0.1, A.7)', () => {
  it('an import refusal inside a successful call', () => {
    expect(envelopeProblem({ success: true, action: 'add', result: { success: false, error_message: 'Действие запрещено' } })).toEqual({
      code: 'read-only-key',
      raw: 'Действие запрещено',
    });
    expect(envelopeProblem({ success: 'true', result: { success: 'false', error: true, error_message: '' } })).toMatchObject({
      code: 'refused',
    });
  });
  it('a refusal text inside an envelope that looks successful at every level (R.4)', () => {
    const text = 'Не указан ни эл. адрес, ни телефон';
    expect(envelopeProblem({ success: true, action: 'add', result: { success: true, error_message: text } })).toEqual({
      code: 'refused',
      raw: text,
    });
    expect(envelopeProblem({ success: true, result: { error_message: text } })).toEqual({ code: 'refused', raw: text });
    expect(envelopeProblem({ success: true, result: { success: 1, error: true, error_message: '' } })).toMatchObject({ code: 'refused' });
    expect(envelopeProblem({ success: true, error_message: text })).toEqual({ code: 'refused', raw: text });
    expect(envelopeProblem({ result: { error_message: text } })).toEqual({ code: 'refused', raw: text });
  });
  it('the level that says why names the refusal: the top level first, else the result', () => {
    expect(envelopeProblem({ success: false, result: { success: false, error_message: 'Причина' } })).toEqual({
      code: 'refused',
      raw: 'Причина',
    });
    expect(envelopeProblem({ success: false, error: true, result: { error_message: 'Причина' } })).toEqual({
      code: 'refused',
      raw: 'Причина',
    });
    expect(envelopeProblem({ success: false, error: 'Действие запрещено', result: { error_message: 'Причина' } })).toEqual({
      code: 'read-only-key',
      raw: 'Действие запрещено',
    });
    expect(envelopeProblem({ success: false, error_code: 917, result: { error_message: 'Причина' } })).toMatchObject({
      code: 'plan-closed',
    });
  });
  it('the top-level `{"success":false,"error":"…"}` shape', () => {
    expect(envelopeProblem({ success: false, error: 'Неавторизованное API-обращение' })).toEqual({
      code: 'wrong-key',
      raw: 'Неавторизованное API-обращение',
    });
  });
  it('success at every level is no problem', () => {
    expect(
      envelopeProblem({ success: true, action: 'add', result: { success: true, user_id: 5, error_message: '', error: false } }),
    ).toBeNull();
    expect(envelopeProblem({ success: 1, info: [] })).toBeNull();
    // R.4's recorded answers: empty texts and `error: false` are part of a success.
    expect(envelopeProblem(R4_DEAL_ADDED)).toBeNull();
    expect(envelopeProblem({ success: true, info: [], error_message: '', error: false })).toBeNull();
  });
  it('not an object, or no clear success, is malformed', () => {
    for (const json of [null, 42, 'ok', [], { success: 'maybe' }, { info: [] }])
      expect(envelopeProblem(json)?.code, JSON.stringify(json)).toBe('malformed');
  });
});

describe('readGetCourseAnswer: any answer → data or a problem with a catalogue entry', () => {
  it('gives the data of a good envelope', () => {
    expect(readGetCourseAnswer(json({ success: true, info: [1] }))).toMatchObject({ ok: true, info: [1] });
  });
  it.each([
    [{ status: 200, contentType: 'text/html', body: '' }, 'plan-empty-answer'],
    [{ status: 404, contentType: 'text/plain', body: 'Wrong subdomain' }, 'wrong-subdomain'],
    [{ status: 404, contentType: 'text/html', body: '<html>Not found</html>' }, 'not-served-here'],
    [{ status: 302, contentType: '', body: '' }, 'redirect'],
    [
      { status: 200, contentType: 'text/html', body: '<!DOCTYPE html><form action="/cms/system/login"><input type="password"></form>' },
      'login-page',
    ],
    [{ status: 429, contentType: 'text/plain', body: '' }, 'http-429'],
    [{ status: 503, contentType: 'text/html', body: '<html>503</html>' }, 'http-5xx'],
    [{ status: 403, contentType: 'text/plain', body: 'no' }, 'http-other'],
    [json({ success: false, error_message: 'Пустой параметр action' }), 'empty-action'],
    [json({ success: false, error_code: 905, error_message: 'Уже запущен один экспорт, попробуйте позднее' }), 'export-running'],
    [json({ success: true, result: { success: false, error_message: 'Нужен email' } }), 'error-envelope'],
    [{ status: 200, contentType: 'application/json', body: '{"success":' }, 'malformed'],
    [{ status: Number.NaN, contentType: 'x', body: 'y' }, 'unknown'],
  ])('%j → %s', (answer, entry) => {
    expect(readGetCourseAnswer(answer)).toMatchObject({ ok: false, entry });
  });
  it('never throws, even on values that are not strings', () => {
    expect(readGetCourseAnswer({ status: 200, contentType: null, body: undefined } as never)).toMatchObject({ ok: false });
    expect(readGetCourseAnswer(undefined as never)).toMatchObject({ ok: false, entry: 'unknown' });
  });
});

describe('problemFromFetchError: offline, TLS and unreachable hosts told apart where the error allows', () => {
  const failed = (code: string, message = 'fetch failed') =>
    Object.assign(new TypeError(message), { cause: Object.assign(new Error(code), { code }) });
  it.each([
    [failed('ENOTFOUND'), 'unreachable'],
    [failed('ECONNREFUSED'), 'unreachable'],
    [failed('CERT_HAS_EXPIRED'), 'tls'],
    [failed('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
    [new TypeError('net::ERR_NAME_NOT_RESOLVED'), 'unreachable'],
    [new TypeError('Failed to fetch'), 'network'],
    [Object.assign(new Error('The operation timed out'), { name: 'TimeoutError' }), 'timeout'],
  ])('%s → %s', (error, code) => {
    expect(problemFromFetchError(error, 15_000, true).code).toBe(code);
  });
  it('offline when the browser says so, keeping the message', () => {
    expect(problemFromFetchError(new TypeError('Failed to fetch'), 15_000, false)).toEqual({ code: 'offline', raw: 'Failed to fetch' });
  });
});
