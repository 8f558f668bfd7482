/** The GetCourse sandbox as the e2e suites use it: served over HTTPS under school host names. */
import { startSandbox } from '../../sandbox/index.js';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export async function startE2eSandbox(): Promise<Sandbox> {
  return startSandbox();
}

/** `https://school.getcourse.ru:<port>/path`: resolved to 127.0.0.1 by the test browsers. */
export function schoolUrl(sandbox: Sandbox, path: string, school: 'school' | 'trial' = 'school'): string {
  return `https://${sandbox.schools[school].host}:${sandbox.httpsPort}${path}`;
}

/** `https://academy-school.example:<port>/path`: the paid school on its own domain (ref R.5), outside the manifest's match patterns. */
export function ownDomainUrl(sandbox: Sandbox, path = ''): string {
  return `https://${sandbox.schools.school.ownDomain}:${sandbox.httpsPort}${path}`;
}
