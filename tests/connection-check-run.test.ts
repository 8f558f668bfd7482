// @vitest-environment node
/**
 * "Check connection" run by the background against the sandbox over real HTTPS, through the port
 * the popup uses: each school state ends in its steps and problems. Node's fetch is not a browser,
 * so the sandbox treats it as the logged-in browser (sandbox A35) and the role alone decides the
 * rights step here; the e2e suites check the session cookie in real browsers.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { saveSchool } from '@/entrypoints/background/school-store';
import { schoolFields } from '@/entrypoints/background/process-store';
import { CHECK_PORT, CHECK_PORT_MESSAGES } from '@/utils/message-names';
import type { CheckPortMessage } from '@/utils/messages';
import { exportCallsOf } from '@/entrypoints/background/storage/items';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import type { CheckReport, StepResult } from '@/utils/connection-check';
import { useSandbox } from './sandbox/sandbox-helpers';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the sandbox's throwaway certificate, this process only

const sandbox = useSandbox();
const POPUP_URL = () => fakeBrowser.runtime.getURL('/popup.html');

/** A port pair as the browser would hand it to the background's onConnect listener. */
function connect(senderUrl = POPUP_URL()) {
  const received: CheckPortMessage[] = [];
  const toBackground: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: CHECK_PORT,
    sender: { id: fakeBrowser.runtime.id, url: senderUrl },
    postMessage: (message: CheckPortMessage) => void received.push(message),
    disconnect: () => undefined,
    onMessage: { addListener: (listener: (message: unknown) => void) => void toBackground.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
  };
  return {
    port,
    received,
    send: (message: unknown) => toBackground.forEach((listener) => listener(message)),
    close: () => onDisconnect.forEach((listener) => listener()),
  };
}

async function runCheck(schoolId: string): Promise<{ steps: StepResult[]; report: CheckReport }> {
  const client = connect();
  await (fakeBrowser.runtime as unknown as { onConnect: { trigger(port: unknown): Promise<unknown> } }).onConnect.trigger(client.port);
  client.send({ type: CHECK_PORT_MESSAGES.startCheck, schoolId });
  await vi.waitFor(() => expect(client.received.some((m) => m.type !== CHECK_PORT_MESSAGES.step)).toBe(true), { timeout: 15_000 });
  const done = client.received.find((m) => m.type === CHECK_PORT_MESSAGES.done);
  if (!done || done.type !== CHECK_PORT_MESSAGES.done) throw new Error(`no report: ${JSON.stringify(client.received)}`);
  return { steps: client.received.flatMap((m) => (m.type === CHECK_PORT_MESSAGES.step ? [m.step] : [])), report: done.report };
}

const origin = () => `https://127.0.0.1:${sandbox.httpsPort}`;
const summary = (steps: StepResult[]) => steps.map((s) => `${s.id}:${s.status}${s.problem ? `:${s.problem.code}` : ''}`);

beforeEach(async () => {
  fakeBrowser.reset();
  forgetMigrationRun();
  background.main();
  await fakeBrowser.permissions.request({ origins: ['https://127.0.0.1/*'] }); // the admin granted this "own domain"
});

async function school(key: string, at = origin()) {
  return (await saveSchool({ name: 'Школа', origin: at }, key)).id;
}

describe('check connection against the sandbox', () => {
  it('a read-write key on a paid school: every step passes, fields listed, one export request spent', async () => {
    const { steps, report } = await runCheck(await school(sandbox.keys.readWrite));
    expect(summary(steps)).toEqual(['address:pass', 'key:pass', 'write:pass', 'plan:pass', 'rights:pass', 'limits:pass']);
    expect(steps.find((s) => s.id === 'write')!.note).toEqual({ kind: 'write-inferred' });
    expect(steps.find((s) => s.id === 'limits')!.note).toEqual({ kind: 'budget', used: 1, limit: 100 });
    expect(report.fields!.some((f) => f.title === 'Город проживания' && f.context === 'user')).toBe(true);
    expect(report.fields!.some((f) => f.context === 'deal')).toBe(true);
    expect(report.fields!.some((f) => f.title.startsWith('gc_system_'))).toBe(false);
    expect(JSON.stringify(report)).not.toContain(sandbox.keys.readWrite);
    // The process editor's custom-field check learns the titles from here too.
    const known = await schoolFields(`127.0.0.1:${sandbox.httpsPort}`);
    expect(known.user).toContain('Город проживания');
    expect(known.deal!.length).toBe(report.fields!.filter((f) => f.context === 'deal').length);
    expect(report.keyMask).toMatch(/^.{4}….{4}$/);
    // The write probe wrote nothing; the keyless address call carried no key.
    expect(sandbox.apiCalls().map((c) => `${c.path} ${c.action} ${c.keyKind}`)).toEqual([
      '/pl/api/users add missing',
      '/pl/api/account/fields get readWrite',
      '/pl/api/users add readWrite',
    ]);
    expect(sandbox.school().users.some((u: { email: string }) => u.email === '')).toBe(false);
  });

  it('a wrong key: refused at the key step, write and plan skipped', async () => {
    const { steps } = await runCheck(await school(sandbox.keys.wrong));
    expect(summary(steps)).toEqual(['address:pass', 'key:fail:wrong-key', 'write:skipped', 'plan:skipped', 'rights:pass', 'limits:pass']);
  });

  it('a read-only key reads but cannot write; the plan is not judged from a read-only key', async () => {
    const { steps } = await runCheck(await school(sandbox.keys.readOnly));
    expect(summary(steps)).toEqual(['address:pass', 'key:pass', 'write:fail:read-only-key', 'plan:skipped', 'rights:pass', 'limits:pass']);
  });

  it('a trial school: the plan step fails with GetCourse’s own answer', async () => {
    const { steps } = await runCheck(await school(sandbox.keys.trialSchool));
    expect(summary(steps)).toEqual([
      'address:pass',
      'key:fail:plan-closed',
      'write:fail:not-json',
      'plan:fail:plan-closed',
      'rights:pass',
      'limits:pass',
    ]);
  });

  it.each([
    ['no-rights', 'rights:fail:no-rights'],
    ['logged-out', 'rights:fail:not-logged-in'],
  ] as const)('the logged-in user (%s) decides only the rights step', async (role, expected) => {
    sandbox.setSessionRole(role);
    const { steps } = await runCheck(await school(sandbox.keys.readWrite));
    expect(summary(steps)).toEqual(['address:pass', 'key:pass', 'write:pass', 'plan:pass', expected, 'limits:pass']);
  });

  it('HTML instead of JSON stops at the address before the key is sent; a slow answer times out', async () => {
    sandbox.setApiResponse({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><form action="/cms/system/login"></form></html>',
    });
    const id = await school(sandbox.keys.readWrite);
    expect(summary((await runCheck(id)).steps)).toEqual([
      'address:fail:login-page',
      'key:skipped',
      'write:skipped',
      'plan:skipped',
      'rights:skipped',
      'limits:skipped',
    ]);
    expect(sandbox.apiCalls().map((c) => c.keyKind)).toEqual(['missing']);
  });

  it('a key that passed before and is refused now is reported with that history', async () => {
    const id = await school(sandbox.keys.readWrite);
    expect((await runCheck(id)).report.keyAcceptedBefore).toBe(false);
    expect((await runCheck(id)).report.keyAcceptedBefore).toBe(true);
    sandbox.school().apiKeys.splice(0, sandbox.school().apiKeys.length); // the admin deleted every key
    const { steps, report } = await runCheck(id);
    expect(summary(steps)).toContain('key:fail:wrong-key');
    expect(report.keyAcceptedBefore).toBe(true);
  });

  it('an unreachable address stops at the first step; the key is never sent', async () => {
    const id = await school(sandbox.keys.readWrite, 'https://127.0.0.1:1');
    const { steps } = await runCheck(id);
    expect(summary(steps)[0]).toMatch(/^address:fail:(unreachable|network)$/);
    expect(steps.slice(1).every((s) => s.status === 'skipped')).toBe(true);
  });

  it('spends no export request when the budget is nearly gone', async () => {
    await exportCallsOf(`127.0.0.1:${sandbox.httpsPort}`).set(Array.from({ length: 90 }, () => Date.now()));
    const { steps } = await runCheck(await school(sandbox.keys.readWrite));
    expect(steps.find((s) => s.id === 'key')).toMatchObject({ status: 'skipped', note: { kind: 'budget-low', used: 90, limit: 100 } });
    expect(sandbox.apiCalls().some((c) => c.path === '/pl/api/account/fields')).toBe(false);
  });

  it('one check at a time per school; closing the popup cancels the running one', async () => {
    const id = await school(sandbox.keys.readWrite);
    sandbox.setApiResponse({ delayMs: 3_000 }); // long enough to close the popup mid-check
    const first = connect();
    const onConnect = (fakeBrowser.runtime as unknown as { onConnect: { trigger(port: unknown): Promise<unknown> } }).onConnect;
    await onConnect.trigger(first.port);
    first.send({ type: CHECK_PORT_MESSAGES.startCheck, schoolId: id });
    const second = connect();
    await onConnect.trigger(second.port);
    second.send({ type: CHECK_PORT_MESSAGES.startCheck, schoolId: id });
    await vi.waitFor(() => expect(second.received).toEqual([{ type: CHECK_PORT_MESSAGES.refused, problem: { code: 'busy' } }]));
    first.close();
    // Closing cancelled the pending request: a new check may start well before the 3 s answer.
    const started = Date.now();
    await vi.waitFor(
      async () => {
        const next = connect();
        await onConnect.trigger(next.port);
        next.send({ type: CHECK_PORT_MESSAGES.startCheck, schoolId: id });
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(next.received).not.toContainEqual({ type: CHECK_PORT_MESSAGES.refused, problem: { code: 'busy' } });
        next.close();
      },
      { timeout: 2_500, interval: 50 },
    );
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(first.received.some((m) => m.type === CHECK_PORT_MESSAGES.done)).toBe(false);
  });

  it('refuses ports from content scripts and malformed start messages', async () => {
    const onConnect = (fakeBrowser.runtime as unknown as { onConnect: { trigger(port: unknown): Promise<unknown> } }).onConnect;
    const fromPage = connect('https://school.getcourse.ru/pl/sales/offer/index');
    await onConnect.trigger(fromPage.port);
    expect(fromPage.received).toEqual([{ type: CHECK_PORT_MESSAGES.refused, problem: expect.objectContaining({ code: 'forbidden' }) }]);
    const popup = connect();
    await onConnect.trigger(popup.port);
    popup.send({ type: CHECK_PORT_MESSAGES.startCheck, schoolId: '../../etc' });
    expect(popup.received).toEqual([{ type: CHECK_PORT_MESSAGES.refused, problem: expect.objectContaining({ code: 'bad-request' }) }]);
    expect(sandbox.apiCalls()).toHaveLength(0);
  });
});
