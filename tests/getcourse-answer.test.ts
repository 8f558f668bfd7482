import { exportEnvelope, problemFromEnvelope, readJsonAnswer } from '@/utils/getcourse-answer';

const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

describe('readJsonAnswer: GetCourse answers are checked, not trusted (fact sheet 0.1, A.8)', () => {
  it('parses a JSON envelope', () => {
    expect(readJsonAnswer(json({ success: true }))).toEqual({ ok: true, json: { success: true } });
  });
  it('HTTP 200 with an empty text/html body (plan without import, A.8) is not-json', () => {
    expect(readJsonAnswer({ status: 200, contentType: 'text/html', body: '' })).toMatchObject({ ok: false, problem: { code: 'not-json', status: 200 } });
  });
  it('an HTML login page is not-json', () => {
    expect(readJsonAnswer({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html><body>Вход</body></html>' })).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });
  it('3xx and opaque redirects are redirect problems (0.7)', () => {
    expect(readJsonAnswer({ status: 301, contentType: '', body: '' })).toMatchObject({ ok: false, problem: { code: 'redirect', status: 301 } });
    expect(readJsonAnswer({ status: 0, contentType: '', body: '' })).toMatchObject({ ok: false, problem: { code: 'redirect' } });
  });
  it('404 Wrong subdomain keeps the text (A.8)', () => {
    expect(readJsonAnswer({ status: 404, contentType: 'text/plain', body: 'Wrong subdomain' })).toEqual({ ok: false, problem: { code: 'http', status: 404, raw: 'Wrong subdomain' } });
  });
  it('429 and 5xx are http problems', () => {
    expect(readJsonAnswer({ status: 429, contentType: 'text/plain', body: 'slow down' })).toMatchObject({ ok: false, problem: { code: 'http', status: 429 } });
    expect(readJsonAnswer({ status: 502, contentType: 'text/html', body: '<html>Bad gateway</html>' })).toMatchObject({ ok: false, problem: { code: 'http', status: 502 } });
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
  it('keeps an unknown answer raw instead of swallowing it', () => {
    expect(problem({ success: 0, error_code: 999, error_message: 'Что-то новое' })).toEqual({ code: 'unknown', raw: '999: Что-то новое' });
  });
});
