// @vitest-environment node
import { startSandbox } from '../../sandbox/index.js';
import { loadCertificate } from '../../sandbox/tls.js';
import { encodeParams, exportCall, formBody, importCall, postForm, rawRequest, type RawAnswer, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();
const { cert } = loadCertificate();

/** What a browser sends (Fetch Metadata): a tab's navigation, and the extension background's `fetch`. */
const NAVIGATION = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'none', 'sec-fetch-user': '?1' };
const BACKGROUND_FETCH = { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty', 'sec-fetch-site': 'none' };
const LOGIN_REDIRECT = '/cms/system/login?return=%2Fsaas%2Faccount%2Fapi';

/** A GET to the school's own host over HTTPS, as the e2e browsers reach it. */
function schoolGet(path: string, headers: Record<string, string> = {}, host = 'school.getcourse.ru'): Promise<RawAnswer> {
  return rawRequest(`${sandbox.httpsUrl}${path}`, { host, servername: host, ca: cert, headers });
}

/** The `name=value` of the session cookie a page hands out. */
async function sessionCookie(host = 'school.getcourse.ru'): Promise<string> {
  const answer = await schoolGet('/pl/sales/offer/index', NAVIGATION, host);
  return String(answer.headers['set-cookie']?.[0]).split(';')[0]!;
}

type Request = 'navigation' | 'fetch with cookie' | 'fetch without cookie';

async function openKeysPage(request: Request, path = '/saas/account/api'): Promise<RawAnswer> {
  if (request === 'navigation') return schoolGet(path, NAVIGATION);
  if (request === 'fetch without cookie') return schoolGet(path, BACKGROUND_FETCH);
  return schoolGet(path, { ...BACKGROUND_FETCH, cookie: `other=1; ${await sessionCookie()}` });
}

function expectKeysPage(answer: RawAnswer): void {
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('<table class="table api-keys-table">');
}
function expectAccessDenied(answer: RawAnswer): void {
  expect(answer.status).toBe(403);
  expect(answer.headers['content-type']).toContain('text/html');
  expect(answer.body).toContain('Доступ запрещен');
  expect(answer.body).toContain('нет прав');
  expect(answer.body).not.toContain('api-keys-table');
}
function expectLoginRedirect(answer: RawAnswer, path = '/saas/account/api'): void {
  expect(answer.status).toBe(302);
  expect(answer.headers.location).toBe(`/cms/system/login?return=${encodeURIComponent(path)}`);
}

describe('the API key page and the browser session (ref B.3, C.2, E.1)', () => {
  const expected = {
    admin: { navigation: expectKeysPage, 'fetch with cookie': expectKeysPage, 'fetch without cookie': expectLoginRedirect },
    'no-rights': { navigation: expectAccessDenied, 'fetch with cookie': expectAccessDenied, 'fetch without cookie': expectLoginRedirect },
    'logged-out': {
      navigation: expectLoginRedirect,
      'fetch with cookie': expectLoginRedirect,
      'fetch without cookie': expectLoginRedirect,
    },
  } as const;
  const cases = Object.entries(expected).flatMap(([role, byRequest]) =>
    Object.entries(byRequest).map(([request, check]) => [role as keyof typeof expected, request as Request, check] as const),
  );

  it.each(cases)('%s, %s (A35–A37)', async (role, request, check) => {
    sandbox.setSessionRole(role);
    for (const path of ['/saas/account/api', '/pl/saas/account/api']) {
      const answer = await openKeysPage(request, path);
      if (check === expectLoginRedirect) expectLoginRedirect(answer, path);
      else check(answer);
    }
  });

  it('starts as admin and is admin again after reset()', async () => {
    sandbox.setSessionRole('logged-out');
    sandbox.reset();
    expectKeysPage(await openKeysPage('fetch with cookie'));
  });

  it('serves clients that are not browsers (node fetch, no Sec-Fetch-Dest) like a navigation (A35)', async () => {
    expectKeysPage(await schoolGet('/saas/account/api'));
    const response = await fetch(`${sandbox.httpUrl}/saas/account/api`);
    expect(response.status).toBe(200);
    sandbox.setSessionRole('no-rights');
    expect((await fetch(`${sandbox.httpUrl}/saas/account/api`)).status).toBe(403);
  });

  it('takes only its own school’s cookie as a session', async () => {
    const trialCookie = await sessionCookie('trial.getcourse.ru');
    expect(trialCookie).not.toBe(await sessionCookie());
    expectLoginRedirect(await schoolGet('/saas/account/api', { ...BACKGROUND_FETCH, cookie: trialCookie }));
    expectLoginRedirect(await schoolGet('/saas/account/api', { ...BACKGROUND_FETCH, cookie: 'gc_sandbox_session=forged' }));
  });

  it('leads to a login page without the admin menu, with accountUserId -1 (ref C.1, C.2; A36)', async () => {
    sandbox.setSessionRole('logged-out');
    const answer = await schoolGet(LOGIN_REDIRECT, NAVIGATION);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<form class="login-form" method="post" action="/cms/system/login?return=%2Fsaas%2Faccount%2Fapi">');
    expect(answer.body).toContain('name="password"');
    expect(answer.body).toContain('"accountUserId":"-1"');
    expect(answer.body).not.toContain('gcAccountUserMenu');
  });

  it('leaves the other admin pages to anyone (the role gates the API key page only)', async () => {
    for (const role of ['no-rights', 'logged-out'] as const) {
      sandbox.setSessionRole(role);
      expect((await schoolGet('/pl/sales/offer/index', BACKGROUND_FETCH)).status).toBe(200);
    }
  });

  it('validates the role (RangeError) and sets it over the control endpoint (400 on bad input)', async () => {
    expect(() => sandbox.setSessionRole('root' as never)).toThrow(RangeError);
    const set = await fetch(`${sandbox.httpUrl}/__sandbox/session`, { method: 'POST', body: JSON.stringify({ role: 'no-rights' }) });
    expect(await set.json()).toEqual({ ok: true, sessionRole: 'no-rights' });
    expectAccessDenied(await openKeysPage('navigation'));
    for (const body of ['{"role":"root"}', '{}', 'null', 'not json']) {
      expect((await fetch(`${sandbox.httpUrl}/__sandbox/session`, { method: 'POST', body })).status).toBe(400);
    }
    expectAccessDenied(await openKeysPage('navigation'));
  });
});

describe('the session cookie (A35)', () => {
  it('comes with every admin page answer: Secure, HttpOnly, SameSite=None on HTTPS, host-only', async () => {
    sandbox.setSessionRole('no-rights');
    const attributes = 'gc_sandbox_session=school-512345; Path=/; Secure; HttpOnly; SameSite=None';
    for (const path of ['/pl/sales/offer/index', '/saas/account/api', '/cms/system/login', '/pl/nothing/here']) {
      expect((await schoolGet(path, NAVIGATION)).headers['set-cookie']).toEqual([attributes]);
    }
    sandbox.setSessionRole('logged-out');
    expect((await schoolGet('/saas/account/api', BACKGROUND_FETCH)).headers['set-cookie']).toEqual([attributes]);
    expect(sandbox.sessionCookieName).toBe('gc_sandbox_session');
  });

  it('drops Secure and SameSite=None on plain HTTP, and is never set by the API', async () => {
    expect((await rawRequest(`${sandbox.httpUrl}/pl/sales/offer/index`)).headers['set-cookie']).toEqual([
      'gc_sandbox_session=school-512345; Path=/; HttpOnly',
    ]);
    expect((await fetch(`${sandbox.httpUrl}/pl/api/account/groups?key=${sandbox.keys.readWrite}`)).headers.get('set-cookie')).toBeNull();
  });
});

describe('API answer override (sandbox control)', () => {
  it('replaces every /pl/api/* answer on any host, runs nothing and still logs the call', async () => {
    const login = '<!DOCTYPE html><html><body><form action="/cms/system/login"><input name="password"></form></body></html>';
    sandbox.setApiResponse({ status: 200, contentType: 'text/html; charset=utf-8', body: login });
    const response = await postForm(`${sandbox.httpUrl}/pl/api/users`, {
      action: 'add',
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'override@example.com' } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(login);
    expect(sandbox.school().users.some((u) => u.email === 'override@example.com')).toBe(false);
    for (const host of ['school.getcourse.io', 'nobody.getcourse.ru']) {
      expect((await rawRequest(`${sandbox.httpUrl}/pl/api/account/fields?key=${sandbox.keys.readWrite}`, { host })).body).toBe(login);
    }
    expect(sandbox.apiCalls()).toEqual([
      { school: 'school', path: '/pl/api/users', action: 'add', keyKind: 'readWrite', status: 200, at: expect.any(Number) },
      expect.objectContaining({ path: '/pl/api/account/fields', keyKind: 'readWrite', status: 200 }),
      expect.objectContaining({ path: '/pl/api/account/fields', status: 200 }),
    ]);
  });

  it('defaults the parts left out to 200, an empty body and text/html', async () => {
    sandbox.setApiResponse({ status: 502 });
    const response = await fetch(`${sandbox.httpUrl}/pl/api/account/groups?key=${sandbox.keys.readWrite}`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
    sandbox.setApiResponse({ body: '{"success":' });
    expect(await (await fetch(`${sandbox.httpUrl}/pl/api/account/groups`)).text()).toBe('{"success":');
    expect(sandbox.apiCalls().map((c) => c.status)).toEqual([502, 200]);
  });

  it('with only delayMs delays the real answer, which still does its work', async () => {
    sandbox.setApiResponse({ delayMs: 200 });
    const started = performance.now();
    const answer = importCall(sandbox, 'users', { user: { email: 'slow@example.com' } });
    await vi.waitFor(() => expect(sandbox.apiCalls()).toHaveLength(1));
    expect(await answer).toMatchObject({ success: true, result: { user_status: 'added' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(sandbox.school().users.some((u) => u.email === 'slow@example.com')).toBe(true);
  });

  it('is cleared by null and by reset()', async () => {
    sandbox.setApiResponse({ status: 500 });
    sandbox.setApiResponse(null);
    expect((await exportCall(sandbox.httpUrl, 'groups', { key: sandbox.keys.readWrite })).success).toBe(true);
    sandbox.setApiResponse({ status: 500 });
    sandbox.reset();
    expect((await exportCall(sandbox.httpUrl, 'groups', { key: sandbox.keys.readWrite })).success).toBe(true);
  });

  it('refuses bad values (RangeError / TypeError) and unknown fields', () => {
    expect(() => sandbox.setApiResponse({ status: 42 })).toThrow(RangeError);
    expect(() => sandbox.setApiResponse({ status: 200.5 })).toThrow(RangeError);
    expect(() => sandbox.setApiResponse({ delayMs: -1 })).toThrow(RangeError);
    expect(() => sandbox.setApiResponse({ delay: 100 } as never)).toThrow(RangeError);
    expect(() => sandbox.setApiResponse({ body: 5 } as never)).toThrow(TypeError);
    expect(() => sandbox.setApiResponse({ contentType: '' })).toThrow(TypeError);
    expect(() => sandbox.setApiResponse('slow' as never)).toThrow(TypeError);
  });

  it('is set and cleared over POST /__sandbox/api-response (400 on bad input)', async () => {
    const control = (body: string) => fetch(`${sandbox.httpUrl}/__sandbox/api-response`, { method: 'POST', body });
    const set = await control(JSON.stringify({ status: 503, body: 'down', contentType: 'text/plain' }));
    expect(await set.json()).toEqual({ ok: true, apiResponse: { status: 503, body: 'down', contentType: 'text/plain' } });
    expect((await fetch(`${sandbox.httpUrl}/pl/api/account/groups`)).status).toBe(503);
    for (const bad of ['{"status":"x"}', '{"delayMs":-5}', '[1]', 'not json']) expect((await control(bad)).status).toBe(400);
    expect((await fetch(`${sandbox.httpUrl}/pl/api/account/groups`)).status).toBe(503);
    expect(await (await control('null')).json()).toEqual({ ok: true, apiResponse: null });
    expect((await fetch(`${sandbox.httpUrl}/pl/api/account/groups`)).status).toBe(200);
    await control('{"status":500}');
    await control('');
    expect((await fetch(`${sandbox.httpUrl}/pl/api/account/groups`)).status).toBe(200);
  });

  it('does not keep the process waiting on a delayed API answer after close()', async () => {
    const other = await startSandbox();
    other.setApiResponse({ delayMs: 60_000 });
    const { headers, body } = formBody({ action: 'add', key: other.keys.readWrite, params: encodeParams({ user: {} }) });
    const pending = fetch(`${other.httpUrl}/pl/api/users`, { method: 'POST', headers, body }).then(
      (r) => r.status,
      () => 'closed',
    );
    await vi.waitFor(() => expect(other.apiCalls()).toHaveLength(1));
    const started = performance.now();
    await other.close();
    expect(await pending).toBeDefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
