// @vitest-environment node
/**
 * The background's test calls against the sandbox's webhook receiver over real HTTPS: who may
 * ask, what is refused before sending, what goes out and how answers come back. Calls are sent
 * from the extension's own page (the popup's webhook tab, where the editor's "Test this URL" ends
 * too); the editor only asks for a call to be opened there (tests/in-page-requests.test.ts).
 * The admin's grant of a host is `permissions.request` on the fake browser (tests/setup).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { HISTORY_LIMIT } from '@/entrypoints/background/storage/items';
import { useSandbox } from './sandbox/sandbox-helpers';

// The sandbox's throwaway certificate (sandbox/tls) is self-signed; trust it in this process only.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const sandbox = useSandbox();
const editor = (tabId = 7) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://school.getcourse.ru/pl/tasks/mission/process?id=101',
  tab: { id: tabId },
});

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

const webhook = () => `https://127.0.0.1:${sandbox.httpsPort}${sandbox.webhookPath}`;
const SCHOOL = 'https://school.getcourse.ru';
const popup = (school = SCHOOL) => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/popup.html')}#${school}` });
/** As the popup's webhook tab sends it, after the admin's Send click. */
async function test(template: string, extra: object = {}, sender: object = popup()): Promise<any> {
  return deliver({ type: UI_TO_BG.testWebhook, origin: SCHOOL, template, method: 'GET', kind: 'user', ...extra }, sender);
}

describe('test this URL (background)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://127.0.0.1/*'] });
  });

  it('sends the GetCourse-shaped call once and reports status, time and the body', async () => {
    const reply = await test(`${webhook()}?email={object.email}&city={object.city}&f={object.Город проживания}`);
    expect(reply).toMatchObject({
      ok: true,
      answer: { method: 'GET', status: 200, contentType: 'application/json', body: '{"success":true}' },
    });
    expect(reply.answer.ms).toBeGreaterThanOrEqual(0);
    expect(sandbox.webhookCalls()).toHaveLength(1);
    expect(sandbox.webhookCalls()[0]).toMatchObject({
      method: 'GET',
      body: '',
      query: { email: 'test+albato@example.com', city: 'Москва', f: 'Тестовое значение' },
    });
    expect(sandbox.webhookCalls()[0]!.headers.cookie).toBeUndefined();
  });

  it('POST carries nothing in the body (C.5)', async () => {
    await test(`${webhook()}?n={object.number}`, { method: 'POST', kind: 'deal' });
    expect(sandbox.webhookCalls()[0]).toMatchObject({ method: 'POST', body: '', query: { n: '0' } });
  });

  it('reports 4xx/5xx as answers and cuts long bodies to 500 characters', async () => {
    sandbox.setWebhookResponse({ status: 404, body: 'x'.repeat(2000), contentType: 'text/plain' });
    const reply = await test(webhook());
    expect(reply).toMatchObject({ ok: true, answer: { status: 404, contentType: 'text/plain' } });
    expect(reply.answer.body).toHaveLength(501);
    sandbox.setWebhookResponse({ status: 503, body: 'down' });
    expect(await test(webhook())).toMatchObject({ ok: true, answer: { status: 503, body: 'down' } });
  });

  it('explains an unreachable address instead of throwing', async () => {
    expect(await test('https://127.0.0.1:1/wh/1/x/')).toMatchObject({
      ok: false,
      problem: { code: expect.stringMatching(/^(network|unreachable)$/) },
    });
  });

  it('needs the host permission and never asks for it by itself', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    expect(await test('https://h.albato.ru/wh/38/1lfAbCd/token/?e={object.email}')).toEqual({
      ok: false,
      problem: { code: 'needs-permission', raw: 'https://h.albato.ru' },
    });
    expect(request).not.toHaveBeenCalled();
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it.each([
    ['http://h.albato.ru/wh/1/x/', 'insecure-target'],
    [`http://127.0.0.1:0/x`, 'insecure-target'],
    ['https://user:pw@h.albato.ru/wh/1/', 'insecure-target'],
    ['javascript:alert(1)', 'insecure-target'],
  ])('refuses %s before sending (%s)', async (template, code) => {
    expect(await test(template)).toMatchObject({ ok: false, problem: { code } });
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('sends only from extension pages, never for a content script', async () => {
    expect(await test(webhook(), {}, editor())).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    const offers = { ...editor(), url: 'https://school.getcourse.ru/pl/sales/offer/index' };
    expect(await test(webhook(), {}, offers)).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(await test(webhook(), { method: 'DELETE' })).toMatchObject({ ok: false, problem: { code: 'bad-request' } });
    expect(sandbox.webhookCalls()).toHaveLength(0);
  });

  it('one call at a time per school’s popup; another school is not blocked', async () => {
    sandbox.setWebhookResponse({ delayMs: 300 });
    const first = test(webhook());
    await vi.waitFor(() => expect(sandbox.webhookCalls()).toHaveLength(1));
    expect(await test(webhook())).toEqual({ ok: false, problem: { code: 'busy' } });
    const other = await test(webhook(), { origin: 'https://other.getcourse.ru' });
    expect(other).toMatchObject({ ok: true });
    expect(await first).toMatchObject({ ok: true });
    expect(sandbox.webhookCalls()).toHaveLength(2);
  });

  it('keeps every call in the school’s history, newest first, without keys; clears on request', async () => {
    await test(`${webhook()}?e={object.email}`);
    sandbox.setWebhookResponse({ status: 500, body: 'down' });
    await test(webhook());
    await test('http://h.albato.ru/wh/1/x/');
    const school = 'https://school.getcourse.ru';
    const { entries } = await deliver({ type: UI_TO_BG.listHistory, origin: school }, popup());
    expect(entries.map((e: any) => [e.outcome, e.status ?? e.problem?.code])).toEqual([
      ['fail', 'insecure-target'],
      ['fail', 500],
      ['ok', 200],
    ]);
    expect(entries[2]).toMatchObject({
      request: { kind: 'webhook', template: `${webhook()}?e={object.email}`, method: 'GET', sample: 'user' },
      summary: 'HTTP 200 {"success":true}',
    });
    expect(await deliver({ type: UI_TO_BG.listHistory, origin: school }, editor())).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: UI_TO_BG.clearHistory, origin: school }, popup())).toEqual({ ok: true });
    expect((await deliver({ type: UI_TO_BG.listHistory, origin: school }, popup())).entries).toEqual([]);
  });

  it(`history keeps the last ${HISTORY_LIMIT} calls`, async () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) await test(`http://h.albato.ru/wh/${i}/`);
    const { entries } = await deliver({ type: UI_TO_BG.listHistory, origin: 'https://school.getcourse.ru' }, popup());
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0].target).toBe(`http://h.albato.ru/wh/${HISTORY_LIMIT + 4}/`);
  });

  it('a POST carries its headers back; a host not granted is refused, not asked for', async () => {
    expect(await test(`${webhook()}?n={object.number}`, { method: 'POST', kind: 'deal' })).toMatchObject({
      ok: true,
      answer: { status: 200, method: 'POST', headers: expect.arrayContaining([['content-type', 'application/json']]) },
    });
    expect(sandbox.webhookCalls()[0]).toMatchObject({ method: 'POST', query: { n: '0' } });
    expect(sandbox.webhookCalls()).toHaveLength(1);
  });

  it('remembers the call URLs the process editor showed, for the popup to offer', async () => {
    expect(
      await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: ['https://h.albato.ru/wh/1/a/?e={object.email}'] }, editor()),
    ).toEqual({ ok: true });
    const offers = { ...editor(), url: 'https://school.getcourse.ru/pl/sales/offer/index' };
    expect(await deliver({ type: CS_TO_BG.callUrlsSeen, processId: '102', urls: ['https://x'] }, offers)).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(await deliver({ type: UI_TO_BG.listCallUrls, origin: 'https://school.getcourse.ru' }, popup())).toEqual({
      ok: true,
      urls: [{ processId: '101', url: 'https://h.albato.ru/wh/1/a/?e={object.email}', kind: null }],
    });
  });
});
