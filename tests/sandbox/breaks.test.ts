// @vitest-environment node
/**
 * sandbox/breaks.js: a school broken on purpose answers as GetCourse does for that state — a deleted
 * key like a wrong one, a key made read-only with «Действие запрещено» on a write, a school moved to
 * the trial plan with the plan's answers — in-process and through `POST /__sandbox/break`; `reset`
 * undoes every break.
 */
import { exportCall, importCall, postForm, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();

const USER = { user: { email: 'watch@example.com' } };
const fieldsWith = (key: string) => exportCall(sandbox.httpUrl, 'fields', { key });

describe('breaking a school on purpose', () => {
  it('a deleted key is refused like a wrong one, and reset brings it back', async () => {
    expect((await fieldsWith(sandbox.keys.readWrite)).success).toBe(true);
    expect(sandbox.deleteKey(sandbox.keys.readWrite)).toBe(true);
    const refused = await fieldsWith(sandbox.keys.readWrite);
    expect(refused.success).toBe(false);
    expect(refused).toEqual(await fieldsWith(sandbox.keys.wrong));
    expect(sandbox.deleteKey(sandbox.keys.readWrite)).toBe(false); // gone already
    sandbox.reset();
    expect((await fieldsWith(sandbox.keys.readWrite)).success).toBe(true);
  });

  it('a key made read-only still reads, and its write is refused as a read-only key’s', async () => {
    expect(sandbox.setKeyAccess(sandbox.keys.readWrite, 'readOnly')).toBe(true);
    expect((await fieldsWith(sandbox.keys.readWrite)).success).toBe(true);
    const write = await importCall(sandbox, 'users', USER);
    expect(write).toEqual(await importCall(sandbox, 'users', USER, { key: sandbox.keys.readOnly }));
    expect(() => sandbox.setKeyAccess(sandbox.keys.readWrite, 'admin' as never)).toThrow(/readWrite or readOnly/);
  });

  it('a school moved to the trial plan answers as the trial school does', async () => {
    sandbox.setPlan('school', 'trial');
    const onTrial = await fieldsWith(sandbox.keys.readWrite);
    expect(onTrial).toEqual({ ...(await fieldsWith(sandbox.keys.trialSchool)) });
    expect(onTrial.success).toBe(false);
    expect(() => sandbox.setPlan('nowhere', 'trial')).toThrow(/no school/);
  });

  it('a dropped connection: the call arrives and is logged, and no answer comes back', async () => {
    sandbox.setApiResponse({ drop: true });
    await expect(fieldsWith(sandbox.keys.readWrite)).rejects.toThrow();
    expect(sandbox.apiCalls().map((c) => c.path)).toEqual(['/pl/api/account/fields']);
    expect(() => sandbox.setApiResponse({ drop: 'yes' } as never)).toThrow(/drop must be/);
    sandbox.setApiResponse(null);
    expect((await fieldsWith(sandbox.keys.readWrite)).success).toBe(true);
  });

  it('through the control endpoint, for tools outside the process', async () => {
    const post = async (body: unknown) => {
      const response = await fetch(`${sandbox.httpUrl}/__sandbox/break`, { method: 'POST', body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await post({ deleteKey: sandbox.keys.readOnly })).toEqual({ status: 200, body: { ok: true, deleted: true } });
    expect((await fieldsWith(sandbox.keys.readOnly)).success).toBe(false);
    expect(await post({ plan: { school: 'school', plan: 'trial' } })).toEqual({ status: 200, body: { ok: true, plan: 'trial' } });
    expect((await post({ plan: { school: 'school', plan: 'free' } })).status).toBe(400);
    expect((await post({ something: 1 })).status).toBe(400);
    expect((await postForm(`${sandbox.httpUrl}/__sandbox/reset`, {})).status).toBe(200);
    expect((await fieldsWith(sandbox.keys.readOnly)).success).toBe(true);
  });
});
