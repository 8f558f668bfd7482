import {
  buildCallRequest,
  checkCallTarget,
  formatSampleDate,
  permissionPattern,
  queryPairs,
  SAMPLE_CUSTOM_VALUE,
} from '@/utils/call-url-request';
import type { ProcessKind } from '@/utils/process-url';

const WEBHOOK = 'https://h.albato.ru/wh/38/1lfAbCd/token/';

function built(template: string, kind: ProcessKind, method: 'GET' | 'POST' = 'GET') {
  const result = buildCallRequest(template, method, kind);
  if (!result.ok) throw new Error(`not built: ${result.reason}`);
  return result.request;
}

describe('buildCallRequest: variables filled as GetCourse would (D.1, D.2, A28–A32)', () => {
  it('user process: documented variables get the sample user, Cyrillic percent-encoded as UTF-8', () => {
    const request = built(`${WEBHOOK}?email={object.email}&name={object.first_name}&city={object.city}`, 'user');
    expect(request.url).toBe(
      `${WEBHOOK}?email=test%2Balbato%40example.com&name=%D0%A2%D0%B5%D1%81%D1%82&city=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0`,
    );
    expect(queryPairs(request.url)).toEqual([
      ['email', 'test+albato@example.com'],
      ['name', 'Тест'],
      ['city', 'Москва'],
    ]);
    expect(request.filled.map((f) => [f.raw, f.value, f.custom])).toEqual([
      ['{object.email}', 'test+albato@example.com', false],
      ['{object.first_name}', 'Тест', false],
      ['{object.city}', 'Москва', false],
    ]);
    expect(request).toMatchObject({ method: 'GET', body: null });
  });

  it('order process: cost with currency keeps its space and currency, the plain cost is a number', () => {
    const request = built(`${WEBHOOK}?cost={object.cost_money}&value={object.cost_money_value}&email={object.user.email}`, 'deal', 'POST');
    expect(queryPairs(request.url)).toEqual([
      ['cost', '1 500 руб.'],
      ['value', '1500'],
      ['email', 'test+albato@example.com'],
    ]);
    expect(request.url).toContain('cost=1%20500%20%D1%80%D1%83%D0%B1.');
    expect(request.method).toBe('POST');
    expect(request.body).toBeNull();
  });

  it('custom fields by title get the sample text; a variable of the other kind comes out empty (A29)', () => {
    const request = built(`${WEBHOOK}?city={object.Город проживания}&cost={object.cost_money}`, 'user');
    expect(queryPairs(request.url)).toEqual([
      ['city', SAMPLE_CUSTOM_VALUE],
      ['cost', ''],
    ]);
    expect(request.filled[0]).toMatchObject({ raw: '{object.Город проживания}', custom: true });
  });

  it('bare {email} names are filled in user processes only (D.2)', () => {
    expect(queryPairs(built(`${WEBHOOK}?e={email}`, 'user').url)).toEqual([['e', 'test+albato@example.com']]);
    expect(queryPairs(built(`${WEBHOOK}?e={email}`, 'deal').url)).toEqual([['e', '{email}']]);
  });

  it("dates follow format='…' with PHP letters; other letters and escapes stay (A30)", () => {
    expect(formatSampleDate('Y-m-d H:i:s')).toBe('2026-01-15 12:30:45');
    expect(formatSampleDate('d.m.y \\at G:i')).toBe('15.01.26 at 12:30');
    const request = built(`${WEBHOOK}?at={object.created_at format='d.m.Y'}&paid={object.payed_at}`, 'deal');
    expect(queryPairs(request.url)).toEqual([
      ['at', '15.01.2026'],
      ['paid', '2026-01-15 12:30:45'],
    ]);
  });

  it('UTM variables of the creating session and the order are filled (D.2)', () => {
    const request = built(`${WEBHOOK}?s={object.user.create_session.utm_source}&d={object.deal_utm_source}`, 'deal');
    expect(queryPairs(request.url)).toEqual([
      ['s', 'albato_test'],
      ['d', 'albato_test'],
    ]);
  });

  it('text the admin wrote literally is normalised like a URL parser does', () => {
    const request = built(`${WEBHOOK}?note=Новый заказ&x={object.id}`, 'deal');
    expect(request.url).toBe(`${WEBHOOK}?note=%D0%9D%D0%BE%D0%B2%D1%8B%D0%B9%20%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7&x=0`);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['h.albato.ru/wh/1/x', 'invalid-url'],
    ['{object.email}', 'invalid-url'],
  ])('refuses %j (%s)', (template, reason) => {
    expect(buildCallRequest(template, 'GET', 'user')).toEqual({ ok: false, reason });
  });
});

describe('checkCallTarget: https only, localhost only in the sandbox build', () => {
  it.each([
    ['https://h.albato.ru/wh/1/x/', false, { ok: true, origin: 'https://h.albato.ru' }],
    ['https://hooks.example.com:8443/a', false, { ok: true, origin: 'https://hooks.example.com:8443' }],
    ['http://h.albato.ru/wh/1/x/', false, { ok: false, reason: 'not-https' }],
    ['http://localhost:8080/__albato/wh/', false, { ok: false, reason: 'not-https' }],
    ['http://localhost:8080/__albato/wh/', true, { ok: true, origin: 'http://localhost:8080' }],
    ['http://127.0.0.1:9/x', true, { ok: true, origin: 'http://127.0.0.1:9' }],
    ['http://192.168.0.2/x', true, { ok: false, reason: 'not-https' }],
    ['ftp://h.albato.ru/x', true, { ok: false, reason: 'not-https' }],
    ['javascript:alert(1)', true, { ok: false, reason: 'not-https' }],
    ['https://user:pass@h.albato.ru/wh/1/', false, { ok: false, reason: 'credentials' }],
    ['not a url', false, { ok: false, reason: 'invalid-url' }],
    ['https://*.albato.ru/', false, { ok: false, reason: 'invalid-url' }],
    ['https://h.albato.ru*/', false, { ok: false, reason: 'invalid-url' }],
    ['https://хуки.рф/wh/', false, { ok: true, origin: 'https://xn--h1ad0ah.xn--p1ai' }],
    ['https://[::1]:8443/x', false, { ok: true, origin: 'https://[::1]:8443' }],
  ] as const)('%s (localhost allowed: %s)', (url, allowLocalhost, verdict) => {
    expect(checkCallTarget(url, allowLocalhost)).toEqual(verdict);
  });
});

describe('permissionPattern: one host, every port (Firefox match patterns have no port)', () => {
  it.each([
    ['https://h.albato.ru', 'https://h.albato.ru/*'],
    ['https://h.albato.ru:8443', 'https://h.albato.ru/*'],
    ['http://localhost:5173', 'http://localhost/*'],
  ])('%s → %s', (origin, pattern) => expect(permissionPattern(origin)).toBe(pattern));
});
