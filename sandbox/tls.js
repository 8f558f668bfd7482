// @ts-check
/**
 * The sandbox's THROWAWAY TLS certificate: made on this machine the first time the sandbox needs it
 * (`sandbox/tls/throwaway.pem`, key and certificate, not committed) and reused after, so no private
 * key sits in the repository or the sources zip. Never trust it outside local tests. Delete the file
 * to get a new one.
 * EC P-256, ten years, SAN: the hosts below (the paid school's own domain comes from hosts.js) and 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OWN_DOMAINS } from './hosts.js';

const FILE = fileURLToPath(new URL('./tls/throwaway.pem', import.meta.url));

/** Every host the browser reaches the sandbox as: the technical domains, Albato's webhook hosts, own domains, localhost. */
export const CERT_HOSTS = [
  '*.getcourse.ru',
  'getcourse.ru',
  '*.getcourse.io',
  'getcourse.io',
  'h.albato.ru',
  'h.albato.com',
  ...Object.keys(OWN_DOMAINS),
  'localhost',
];

/** @returns {{ cert: string, key: string }} PEM texts of the throwaway certificate and its key (made first if missing). */
export function loadCertificate() {
  if (!existsSync(FILE)) makeCertificate();
  const pem = readFileSync(FILE, 'utf8');
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n?/.exec(pem)?.[0];
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/.exec(pem)?.[0];
  if (!key || !cert) throw new Error(`${FILE} does not hold a key and a certificate: delete it and start again`);
  return { cert, key };
}

/**
 * `selfsigned` only answers asynchronously and the sandbox's callers want the certificate at once,
 * so a child process makes it (about 30 ms, once per machine). Test files run in parallel workers:
 * each writes its own file and links it into place only if none is there yet, so all of them read
 * the same certificate, whoever made it.
 */
function makeCertificate() {
  const selfsigned = pathToFileURL(createRequire(import.meta.url).resolve('selfsigned')).href;
  const script = `
    const { generate } = await import(${JSON.stringify(selfsigned)});
    const made = await generate(
      [{ name: 'commonName', value: 'school.getcourse.ru' }, { name: 'organizationName', value: 'GetCourse sandbox - THROWAWAY - tests only' }],
      {
        keyType: 'ec', curve: 'P-256', algorithm: 'sha256', notAfterDate: new Date(Date.now() + 3650 * 24 * 3600 * 1000),
        extensions: [
          { name: 'basicConstraints', cA: false, critical: true },
          { name: 'keyUsage', digitalSignature: true, critical: true },
          { name: 'extKeyUsage', serverAuth: true },
          { name: 'subjectAltName', altNames: [...${JSON.stringify(CERT_HOSTS)}.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }] },
        ],
      },
    );
    process.stdout.write(made.private + made.cert);
  `;
  const made = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`making the sandbox's certificate failed: ${made.stderr}`);
  mkdirSync(dirname(FILE), { recursive: true });
  const own = `${FILE}.${process.pid}.${Date.now()}`;
  writeFileSync(own, made.stdout, { mode: 0o600 });
  try {
    linkSync(own, FILE);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
  } finally {
    rmSync(own, { force: true });
  }
}
