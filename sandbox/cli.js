#!/usr/bin/env node
// @ts-check
/**
 * `node sandbox/cli.js --port N [--https-port M] [--enforce-https]` (or `npm run sandbox -- --port N`):
 * starts the sandbox on 127.0.0.1, prints ONE JSON line with its addresses and keys, serves until
 * SIGINT / SIGTERM, then closes cleanly.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'https-port': { type: 'string', default: '0' },
    'enforce-https': { type: 'boolean', default: false },
  },
  strict: true,
});

/** @param {string} name @param {string | undefined} raw */
function portArg(name, raw) {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--${name} must be a port number 0–65535, got ${raw}\n`);
    process.exit(2);
  }
  return port;
}

const sandbox = await startSandbox({
  port: portArg('port', values.port),
  httpsPort: portArg('https-port', values['https-port']),
  enforceHttps: values['enforce-https'],
});
process.stdout.write(
  `${JSON.stringify({ baseUrl: sandbox.httpUrl, httpsUrl: sandbox.httpsUrl, webhookUrl: `${sandbox.httpUrl}${sandbox.webhookPath}`, schools: sandbox.schools, keys: sandbox.keys })}\n`,
);

let closing = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (closing) return;
  closing = true;
  await sandbox.close();
  process.stderr.write(`sandbox closed (${signal})\n`);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
