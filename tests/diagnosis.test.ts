import { DIAGNOSIS_IDS, DIAGNOSIS_TEXTS, diagnose, explainProblem, type DiagnosisId } from '@/components/shared/diagnosis';
import { DIAGNOSIS_SOURCE } from '@/utils/diagnosis-rules';
import type { Problem, ProblemCode } from '@/utils/problem';

const HOST = 'myschool.getcourse.ru';

/** One example per code; a Record, so the type checker fails here when a code is added. */
const BY_CODE: Record<ProblemCode, Problem> = {
  'wrong-key': { code: 'wrong-key', raw: '901: Неавторизованное API-обращение' },
  'plan-closed': { code: 'plan-closed', raw: '917: Функционал недоступен' },
  'rate-limited': { code: 'rate-limited', raw: '903: Слишком много запросов' },
  'not-json': { code: 'not-json', status: 200, raw: '<html>…</html>' },
  redirect: { code: 'redirect', status: 301 },
  http: { code: 'http', status: 418, raw: 'teapot' },
  network: { code: 'network', raw: 'Failed to fetch' },
  timeout: { code: 'timeout', seconds: 15 },
  malformed: { code: 'malformed', raw: '{"success":' },
  unknown: { code: 'unknown', raw: 'что-то' },
  'bad-request': { code: 'bad-request', raw: 'origin: invalid' },
  forbidden: { code: 'forbidden' },
  'needs-permission': { code: 'needs-permission', raw: 'https://school.example' },
  'insecure-target': { code: 'insecure-target', raw: 'http://hook.example' },
  busy: { code: 'busy' },
  'read-only-key': { code: 'read-only-key', raw: 'Действие запрещено' },
  'no-rights': { code: 'no-rights', status: 302 },
  refused: { code: 'refused', raw: 'Нужен email' },
  'login-page': { code: 'login-page', status: 200, contentType: 'text/html', raw: '<form action="/cms/system/login">' },
  'missing-field': { code: 'missing-field', raw: 'Undefined index: email' },
  offline: { code: 'offline', raw: 'Failed to fetch' },
  tls: { code: 'tls', raw: 'fetch failed (CERT_HAS_EXPIRED)' },
  unreachable: { code: 'unreachable', raw: 'fetch failed (ENOTFOUND)' },
  'not-logged-in': { code: 'not-logged-in', status: 302 },
  'invalid-params': { code: 'invalid-params', raw: 'user.email required' },
  'not-confirmed': { code: 'not-confirmed', raw: 'real-email, refresh-existing-user' },
  'not-clicked': { code: 'not-clicked' },
  'getcourse-target': { code: 'getcourse-target', raw: 'https://other.getcourse.ru' },
  'untyped-target': { code: 'untyped-target', raw: 'https://collector.example' },
  'too-many': { code: 'too-many', seconds: 42 },
  'access-asked': { code: 'access-asked', raw: 'https://h.albato.ru' },
};

/** A problem that reaches each entry (fact sheet sections in DIAGNOSIS_SOURCE). */
const EXAMPLES: [DiagnosisId, Problem, { keyAcceptedBefore?: boolean }?][] = [
  ['wrong-key', BY_CODE['wrong-key']],
  ['deleted-key', BY_CODE['wrong-key'], { keyAcceptedBefore: true }],
  ['read-only-key', BY_CODE['read-only-key']],
  ['plan-closed', BY_CODE['plan-closed']],
  ['plan-empty-answer', { code: 'not-json', status: 200, contentType: 'text/html', raw: '' }],
  ['import-quota', { code: 'plan-closed', raw: 'Достигнут лимит' }],
  ['missing-rights', BY_CODE['no-rights']],
  ['not-logged-in', BY_CODE['not-logged-in']],
  ['export-limit', BY_CODE['rate-limited']],
  ['export-running', { code: 'refused', raw: '905: Уже запущен один экспорт, попробуйте позднее' }],
  ['wrong-subdomain', { code: 'http', status: 404, raw: 'Wrong subdomain' }],
  ['not-served-here', { code: 'not-json', status: 404, raw: '<html>404</html>' }],
  ['redirect', BY_CODE.redirect],
  ['empty-action', { code: 'refused', raw: 'Пустой параметр action' }],
  ['unreachable', BY_CODE.unreachable],
  ['tls', BY_CODE.tls],
  ['offline', BY_CODE.offline],
  ['network', BY_CODE.network],
  ['timeout', BY_CODE.timeout],
  ['login-page', BY_CODE['login-page']],
  ['not-json', BY_CODE['not-json']],
  ['error-envelope', BY_CODE.refused],
  ['http-429', { code: 'http', status: 429, raw: '' }],
  ['http-5xx', { code: 'http', status: 502, raw: 'Bad gateway' }],
  ['http-other', BY_CODE.http],
  ['malformed', BY_CODE.malformed],
  ['missing-field', BY_CODE['missing-field']],
  ['needs-permission', BY_CODE['needs-permission']],
  ['insecure-target', BY_CODE['insecure-target']],
  ['busy', BY_CODE.busy],
  ['invalid-params', BY_CODE['invalid-params']],
  ['not-confirmed', BY_CODE['not-confirmed']],
  ['not-clicked', BY_CODE['not-clicked']],
  ['getcourse-target', BY_CODE['getcourse-target']],
  ['untyped-target', BY_CODE['untyped-target']],
  ['too-many', BY_CODE['too-many']],
  ['access-asked', BY_CODE['access-asked']],
  ['bad-request', BY_CODE['bad-request']],
  ['forbidden', BY_CODE.forbidden],
  ['unknown', BY_CODE.unknown],
];

describe('diagnosis catalogue', () => {
  it('has an example for every entry, and every entry has a source', () => {
    expect(EXAMPLES.map(([id]) => id).sort()).toEqual([...DIAGNOSIS_IDS].sort());
    for (const id of DIAGNOSIS_IDS) expect(DIAGNOSIS_SOURCE[id], id).toMatch(/\S/);
  });

  it.each(EXAMPLES)('%s: chosen, in Russian and English, with steps and no placeholder left', (id, problem, context) => {
    for (const lang of ['ru', 'en'] as const) {
      const d = diagnose(problem, { host: HOST, lang, ...context });
      expect(d.id).toBe(id);
      for (const text of [d.title, d.cause, d.answered, ...d.steps.map((s) => s.text)]) {
        expect(text.trim().length, `${lang} ${id}`).toBeGreaterThan(0);
        expect(text, `${lang} ${id}`).not.toMatch(/\{\w+\}/);
      }
      expect(d.steps.length).toBeGreaterThan(0);
      expect(d.source).toBe(DIAGNOSIS_SOURCE[id]);
    }
  });

  it.each(Object.entries(BY_CODE))('code %s maps to an entry', (_code, problem) => {
    expect(DIAGNOSIS_IDS).toContain(diagnose(problem, { host: HOST }).id);
  });

  it('Russian and English have the same steps and links for every entry', () => {
    for (const id of DIAGNOSIS_IDS) {
      const ru = DIAGNOSIS_TEXTS.ru.entries[id].steps.map((s) => s.page);
      expect(
        DIAGNOSIS_TEXTS.en.entries[id].steps.map((s) => s.page),
        id,
      ).toEqual(ru);
    }
  });
});

describe('diagnose: links, raw answers, plural forms', () => {
  it('links go to the school’s own pages (fact sheet B.3, C.2)', () => {
    const d = diagnose(BY_CODE['read-only-key'], { host: 'school.example.com' });
    expect(d.steps.map((s) => s.href)).toContain('https://school.example.com/saas/account/api');
    const home = diagnose({ code: 'http', status: 404, raw: 'Wrong subdomain' }, { host: 'shcool.getcourse.ru' });
    expect(home.steps[0]).toEqual({ text: expect.any(String), href: 'https://shcool.getcourse.ru/' });
  });

  it('a host that is not a plain host name gets no link', () => {
    for (const host of ['evil.com/x', 'javascript:alert(1)', 'a b', '', 'x.ru@evil.com']) {
      const links = diagnose(BY_CODE['wrong-key'], { host })
        .steps.map((s) => s.href)
        .filter(Boolean);
      expect(links, host).toEqual([]);
    }
  });

  it('an unknown answer keeps what came back, verbatim', () => {
    const raw = '{"weird":"ответ", "x": [1,2]}';
    for (const lang of ['ru', 'en'] as const) {
      const d = diagnose({ code: 'unknown', status: 200, raw }, { lang });
      expect(d.id).toBe('unknown');
      expect(d.answered).toContain(raw);
      expect(d.cause).toMatch(lang === 'ru' ? /Неизвестный ответ — вот что пришло/ : /Unknown answer — here is what came back/);
    }
  });

  it('a code it does not know (a newer sender) is unknown, not an exception', () => {
    const d = diagnose({ code: 'from-the-future' as ProblemCode, raw: 'x' });
    expect(d.id).toBe('unknown');
    expect(d.answered).toContain('x');
  });

  it('counts seconds with Russian plural forms', () => {
    expect(diagnose({ code: 'timeout', seconds: 15 }).cause).toContain('за 15 секунд');
    expect(diagnose({ code: 'timeout', seconds: 1 }).cause).toContain('за 1 секунду');
    expect(diagnose({ code: 'timeout', seconds: 2 }).cause).toContain('за 2 секунды');
    expect(diagnose({ code: 'timeout', seconds: 1 }, { lang: 'en' }).cause).toContain('within 1 second:');
  });

  it('names the field an «undefined index» reports (fact sheet E.3)', () => {
    expect(diagnose({ code: 'refused', raw: 'Undefined index: deal_cost' }).cause).toContain('deal_cost');
  });

  it('an empty body is said so, not shown as nothing', () => {
    expect(diagnose({ code: 'not-json', status: 200, contentType: 'text/html', raw: '' }).answered).toBe(
      'HTTP 200, text/html, пустой ответ',
    );
  });
});

describe('explainProblem (the popup’s one paragraph)', () => {
  it('keeps GetCourse’s words and the next step', () => {
    const text = explainProblem('ru', BY_CODE['wrong-key']);
    expect(text).toContain('GetCourse не принял ключ');
    expect(text).toContain('Неавторизованное API-обращение');
    expect(text).toContain('Что сделать: 1)');
    expect(explainProblem('ru', { code: 'plan-closed', raw: '917: Функционал недоступен' })).toContain('недоступен на тарифе');
    expect(explainProblem('ru', { code: 'not-json', status: 200, raw: '' })).toContain('недоступен на тарифе');
    expect(explainProblem('en', BY_CODE['wrong-key'])).toContain('GetCourse rejected the key');
  });
});
