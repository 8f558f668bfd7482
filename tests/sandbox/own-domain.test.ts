// @vitest-environment node
/**
 * The paid school on its own domain (ref C.1, R.5): a school that forces its own domain serves its
 * admin pages and API there, so the e2e suites can open the extension's pages on a non-GetCourse host.
 */
import { encodeParams, formBody, rawRequest, useSandbox } from './sandbox-helpers';

const sandbox = useSandbox();
const OWN = 'academy-school.example';

describe('own domain', () => {
  it('is the paid school’s, as the sandbox reports it', () => {
    expect(sandbox.schools.school.ownDomain).toBe(OWN);
  });

  it('serves the paid school’s admin pages (any port), not the trial school’s', async () => {
    const fields = await rawRequest(`${sandbox.httpUrl}/pl/logic/context/custom-fields?contextName=UserContext`, {
      host: `${OWN}:${sandbox.httpsPort}`,
    });
    expect(fields.status).toBe(200);
    expect(fields.body).toContain('id="CustomFormValue"');
    const keys = await rawRequest(`${sandbox.httpUrl}/saas/account/api`, { host: OWN });
    expect(keys.status).toBe(200);
    expect(keys.body).toContain('Анна Владимирова');
    expect(keys.body).not.toContain('Мария Лебедева');
  });

  it('answers the API as the paid school: its key works, the trial school’s is a wrong key (ref A.8)', async () => {
    const call = async (key: string, email: string) => {
      const { headers, body } = formBody({ action: 'add', key, params: encodeParams({ user: { email } }) });
      const answer = await rawRequest(`${sandbox.httpUrl}/pl/api/users`, { method: 'POST', host: OWN, headers, body });
      return JSON.parse(answer.body) as { success: boolean; error?: string };
    };
    expect((await call(sandbox.keys.readWrite, 'own@example.com')).success).toBe(true);
    expect(sandbox.school().users.some((u) => u.email === 'own@example.com')).toBe(true);
    expect(await call(sandbox.keys.trialSchool, 'trial-key@example.com')).toMatchObject({ success: false });
    expect(sandbox.school('trial').users.some((u) => u.email === 'trial-key@example.com')).toBe(false);
  });
});
