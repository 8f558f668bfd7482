// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { loadCertificate } from '../../sandbox/tls.js';
import { encodeParams, formBody, rawRequest } from './sandbox-helpers';

describe('HTTPS with the throwaway certificate (ref A.1 "HTTPS only")', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ enforceHttps: true });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('is made on this machine, not committed, and reused: every load gives the same key and certificate', () => {
    const first = loadCertificate();
    expect(loadCertificate()).toEqual(first);
    expect(first.key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(new X509Certificate(first.cert).checkPrivateKey(createPrivateKey(first.key))).toBe(true);
    const tracked = spawnSync('git', ['ls-files', 'sandbox/tls'], { encoding: 'utf8' });
    expect(tracked.status).toBe(0);
    expect(tracked.stdout).toBe('');
  });

  it('says it is a throwaway in its subject', () => {
    expect(new X509Certificate(loadCertificate().cert).subject).toBe(
      'CN=school.getcourse.ru\nO=GetCourse sandbox - THROWAWAY - tests only',
    );
  });

  it('covers *.getcourse.ru, *.getcourse.io, Albato’s webhook hosts, the paid school’s own domain, localhost and 127.0.0.1 for about ten years', () => {
    const cert = new X509Certificate(loadCertificate().cert);
    expect(cert.subjectAltName).toContain('DNS:*.getcourse.ru');
    expect(cert.subjectAltName).toContain('DNS:*.getcourse.io');
    expect(cert.checkHost('school.getcourse.ru')).toBe('*.getcourse.ru');
    expect(cert.checkHost('trial.getcourse.io')).toBe('*.getcourse.io');
    expect(cert.checkHost('h.albato.ru')).toBe('h.albato.ru');
    expect(cert.checkHost('h.albato.com')).toBe('h.albato.com');
    expect(cert.checkHost('academy-school.example')).toBe('academy-school.example');
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkHost('example.com')).toBeUndefined();
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const years = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / (365 * 24 * 3600 * 1000);
    expect(years).toBeGreaterThan(9.9);
  });

  it('serves an import over HTTPS, verified against the certificate, while plain HTTP is refused (ref A.1, A.8)', async () => {
    const { cert } = loadCertificate();
    const { headers, body } = formBody({
      action: 'add',
      key: sandbox.keys.readWrite,
      params: encodeParams({ user: { email: 'tls@example.com' } }),
    });
    const answer = await rawRequest(`${sandbox.httpsUrl}/pl/api/users`, { method: 'POST', headers, body, ca: cert });
    expect(JSON.parse(answer.body)).toMatchObject({ success: true, result: { success: true, user_status: 'added' } });
    const viaName = await rawRequest(`${sandbox.httpsUrl}/pl/sales/offer/index`, {
      host: 'school.getcourse.ru',
      servername: 'school.getcourse.ru',
      ca: cert,
    });
    expect(viaName.status).toBe(200);
    const plain = await rawRequest(`${sandbox.httpUrl}/pl/api/users`, { method: 'POST', headers, body });
    expect(JSON.parse(plain.body)).toEqual({ success: false, error: 'Доступ возможен только по https' });
  });

  it('is not trusted without the certificate', async () => {
    await expect(rawRequest(`${sandbox.httpsUrl}/`)).rejects.toThrow();
  });
});

describe('CLI (npm run sandbox)', () => {
  it('prints exactly one JSON line, serves, and exits cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../sandbox/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, '--port', '0', '--https-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const lines = createInterface({ input: child.stdout });
      const [line] = (await once(lines, 'line')) as [string];
      const info = JSON.parse(line) as {
        baseUrl: string;
        httpsUrl: string;
        webhookUrl: string;
        schools: Record<string, { host: string }>;
        keys: Record<string, string>;
      };
      expect(info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(info.httpsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(info.webhookUrl).toMatch(new RegExp(`^${info.baseUrl}/__albato/wh/38/`));
      expect(info.schools.trial?.host).toBe('trial.getcourse.ru');
      expect(Object.keys(info.keys).sort()).toEqual(['readOnly', 'readWrite', 'trialSchool', 'wrong']);
      const groups = (await (await fetch(`${info.baseUrl}/pl/api/account/groups?key=${info.keys.readOnly}`)).json()) as {
        success: boolean;
      };
      expect(groups.success).toBe(true);
      let extra = '';
      child.stdout.on('data', (chunk: Buffer) => (extra += chunk.toString()));
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
      expect(extra).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
