// @vitest-environment node
import { startSandbox } from '../../sandbox/index.js';
import { loadCertificate } from '../../sandbox/tls.js';
import { encodeParams, postForm, rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

describe('Albato webhook receiver (ref E.2)', () => {
  it('has a path shaped like an Albato webhook (ref E.2)', () => {
    expect(sandbox.webhookPath).toMatch(/^\/__albato\/wh\/38\/1lf[A-Za-z0-9]{4}\/[A-Za-z0-9_-]{43}\/$/);
  });

  it('records a GET with its decoded query and lower-cased headers and answers 200 JSON by default (ref C.5, E.2)', async () => {
    const query = new URLSearchParams({ email: 'ivan@example.com', city: 'Город проживания: Москва', cost: '12 000,00' });
    const response = await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}?${query}`, { headers: { 'X-Test-Header': 'Yes' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe('{"success":true}');
    const [call] = sandbox.webhookCalls();
    expect(call).toMatchObject({
      method: 'GET',
      path: sandbox.webhookPath,
      query: { email: 'ivan@example.com', city: 'Город проживания: Москва', cost: '12 000,00' },
      body: '',
    });
    expect(call?.headers['x-test-header']).toBe('Yes');
    expect(typeof call?.at).toBe('number');
  });

  it('answers as Albato for requests to h.albato.ru / h.albato.com, whatever the path (A33)', async () => {
    const path = '/wh/38/1lfAbCd/token/?email=test%2Balbato%40example.com&city=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0';
    const answer = await rawRequest(`${sandbox.httpsUrl}${path}`, {
      host: 'h.albato.ru',
      servername: 'h.albato.ru',
      ca: loadCertificate().cert,
    });
    expect(answer).toMatchObject({ status: 200, body: '{"success":true}' });
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/wh/38/1lfAbCd/token/',
        query: { email: 'test+albato@example.com', city: 'Москва' },
      }),
    ]);
    expect((await rawRequest(`${sandbox.httpUrl}/h/5/abc`, { method: 'POST', host: 'h.albato.com' })).status).toBe(200);
    expect(sandbox.webhookCalls()).toHaveLength(2);
    // Other hosts keep their GetCourse behaviour.
    expect((await rawRequest(`${sandbox.httpUrl}/wh/38/x/`, { host: 'h.albato.example' })).status).toBe(404);
    expect(sandbox.webhookCalls()).toHaveLength(2);
  });

  it('records a JSON POST body verbatim (ref E.2)', async () => {
    const body = JSON.stringify({ email: 'o@example.com', name: 'Ольга' });
    await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(sandbox.webhookCalls()).toEqual([
      expect.objectContaining({ method: 'POST', body, headers: expect.objectContaining({ 'content-type': 'application/json' }) }),
    ]);
  });

  it('answers with the configured status, body, content type and delay (ref E.2 [NOT FOUND] answer)', async () => {
    sandbox.setWebhookResponse({ status: 500, body: 'boom', contentType: 'text/plain', delayMs: 150 });
    const started = performance.now();
    const response = await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}`, { method: 'POST', body: 'x=1' });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('boom');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    sandbox.setWebhookResponse({ status: 204, body: '' });
    expect((await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}`)).status).toBe(204);
    expect(() => sandbox.setWebhookResponse({ status: 42 })).toThrow(RangeError);
  });

  it('does not keep the process waiting on a delayed answer after close() (no timers left)', async () => {
    const other = await startSandbox();
    other.setWebhookResponse({ delayMs: 60_000 });
    const pending = fetch(`${other.httpUrl}${other.webhookPath}`).then(
      (r) => r.status,
      () => 'closed',
    );
    await vi.waitFor(() => expect(other.webhookCalls()).toHaveLength(1));
    const started = performance.now();
    await other.close();
    expect(await pending).toBeDefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('admin-page request log', () => {
  it('logs each request for a school page on arrival, and none for the API, the receiver or control endpoints', async () => {
    await fetch(`${sandbox.httpUrl}/pl/tasks/mission/find-by-type?objectTypeId=41`);
    await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}?a=1`);
    await fetch(`${sandbox.httpUrl}/pl/api/account/groups?key=x`);
    await fetch(`${sandbox.httpUrl}/__sandbox/calls`);
    expect(sandbox.pageCalls()).toEqual([
      {
        host: expect.any(String),
        method: 'GET',
        path: '/pl/tasks/mission/find-by-type',
        query: { objectTypeId: '41' },
        at: expect.any(Number),
      },
    ]);
    sandbox.reset();
    expect(sandbox.pageCalls()).toEqual([]);
  });
});

describe('control endpoints (sandbox only)', () => {
  it('GET /__sandbox/calls returns webhook and API calls as JSON', async () => {
    await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}?a=1`);
    await postForm(`${sandbox.httpUrl}/pl/api/users`, {
      action: 'add',
      key: sandbox.keys.readOnly,
      params: encodeParams({ user: { email: 'x@example.com' } }),
    });
    const calls = (await (await fetch(`${sandbox.httpUrl}/__sandbox/calls`)).json()) as {
      webhook: Array<{ query: Record<string, string> }>;
      api: unknown[];
    };
    expect(calls.webhook).toHaveLength(1);
    expect(calls.webhook[0]?.query).toEqual({ a: '1' });
    expect(calls.api).toEqual([
      { school: 'school', path: '/pl/api/users', action: 'add', keyKind: 'readOnly', status: 200, at: expect.any(Number) },
    ]);
  });

  it('POST /__sandbox/reset restores the seed and clears the logs', async () => {
    await postForm(`${sandbox.httpUrl}/pl/api/users`, {
      action: 'add',
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'gone@example.com' } }),
    });
    expect(sandbox.school().users.some((u) => u.email === 'gone@example.com')).toBe(true);
    const response = await fetch(`${sandbox.httpUrl}/__sandbox/reset`, { method: 'POST' });
    expect(await response.json()).toEqual({ ok: true });
    expect(sandbox.school().users.some((u) => u.email === 'gone@example.com')).toBe(false);
    expect(sandbox.apiCalls()).toEqual([]);
  });

  it('POST /__sandbox/webhook-response configures the receiver from outside the process', async () => {
    const set = await fetch(`${sandbox.httpUrl}/__sandbox/webhook-response`, {
      method: 'POST',
      body: JSON.stringify({ status: 404, body: 'no' }),
    });
    expect(set.status).toBe(200);
    expect((await fetch(`${sandbox.httpUrl}${sandbox.webhookPath}`)).status).toBe(404);
    expect((await fetch(`${sandbox.httpUrl}/__sandbox/webhook-response`, { method: 'POST', body: '{"status":"x"}' })).status).toBe(400);
  });

  it('sends no CORS headers anywhere', async () => {
    for (const path of ['/__sandbox/calls', sandbox.webhookPath, '/pl/api/account/groups?key=x']) {
      const response = await fetch(`${sandbox.httpUrl}${path}`, { headers: { origin: 'https://evil.example' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
