// @ts-check
/**
 * A local GetCourse stand-in for tests and demos: import/export API, admin pages, an Albato-like webhook
 * receiver, over HTTP and HTTPS on 127.0.0.1. Deterministic and in memory. See sandbox/README.md.
 */
import http from 'node:http';
import https from 'node:https';
import { createState, resetState } from './state.js';
import { createRequestHandler } from './server.js';
import { setWebhookResponse } from './webhook-receiver.js';
import { cancelDelays } from './delays.js';
import { SESSION_COOKIE, setSessionRole } from './session.js';
import { setApiResponse } from './api-override.js';
import { deleteKey, setKeyAccess, setPlan } from './breaks.js';
import { KEYS, WEBHOOK_PATH } from './seed.js';
import { loadCertificate } from './tls.js';
import { OWN_DOMAINS } from './hosts.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').SchoolName} SchoolName */
/** @typedef {import('./state.js').WebhookCall} WebhookCall */
/** @typedef {import('./state.js').ApiCall} ApiCall */
/** @typedef {import('./state.js').PageCall} PageCall */
/** @typedef {import('./state.js').WebhookResponse} WebhookResponse */
/** @typedef {import('./state.js').SessionRole} SessionRole */
/** @typedef {import('./state.js').ApiResponseOverride} ApiResponseOverride */

/** @typedef {{ port?: number, httpsPort?: number, enforceHttps?: boolean, now?: () => number }} SandboxOptions */

/**
 * @typedef {{
 *   httpUrl: string, httpsUrl: string, httpPort: number, httpsPort: number,
 *   schools: {
 *     school: { host: string, ownDomain: string, plan: 'paid', keys: { readWrite: string, readOnly: string } },
 *     trial: { host: string, plan: 'trial', keys: { readWrite: string } },
 *   },
 *   keys: { readWrite: string, readOnly: string, trialSchool: string, wrong: string },
 *   webhookPath: string,
 *   webhookCalls: () => WebhookCall[],
 *   apiCalls: () => ApiCall[],
 *   pageCalls: () => PageCall[],
 *   setWebhookResponse: (answer: Partial<WebhookResponse>) => void,
 *   sessionCookieName: string,
 *   setSessionRole: (role: SessionRole) => void,
 *   setApiResponse: (override: ApiResponseOverride | null) => void,
 *   deleteKey: (key: string) => boolean,
 *   setKeyAccess: (key: string, access: 'readWrite' | 'readOnly') => boolean,
 *   setPlan: (schoolName: string, plan: 'paid' | 'trial') => void,
 *   reset: () => void,
 *   school: (name?: SchoolName) => School,
 *   close: () => Promise<void>,
 * }} Sandbox
 */

const BIND_HOST = '127.0.0.1';
/** The paid school's own domain (hosts.js), where it serves its admin pages and API too. */
const PAID_OWN_DOMAIN = /** @type {string} */ (Object.keys(OWN_DOMAINS).find((host) => OWN_DOMAINS[host] === 'school'));

/**
 * @param {http.Server} server
 * @param {number} port
 * @returns {Promise<number>} the bound port
 */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, BIND_HOST, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** @param {http.Server} server @returns {Promise<void>} */
function shut(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the sandbox on 127.0.0.1 (HTTP and HTTPS).
 * @param {SandboxOptions} [options]
 * @returns {Promise<Sandbox>}
 */
export async function startSandbox(options = {}) {
  const state = createState({ now: options.now ?? Date.now, enforceHttps: options.enforceHttps ?? false });
  const httpServer = http.createServer(createRequestHandler(state, false));
  const httpsServer = https.createServer(loadCertificate(), createRequestHandler(state, true));
  let httpPort = 0;
  let httpsPort = 0;
  try {
    httpPort = await listen(httpServer, options.port ?? 0);
    httpsPort = await listen(httpsServer, options.httpsPort ?? 0);
  } catch (error) {
    await Promise.all([shut(httpServer), shut(httpsServer)]);
    throw error;
  }
  return {
    httpUrl: `http://${BIND_HOST}:${httpPort}`,
    httpsUrl: `https://${BIND_HOST}:${httpsPort}`,
    httpPort,
    httpsPort,
    schools: {
      school: {
        host: 'school.getcourse.ru',
        ownDomain: PAID_OWN_DOMAIN,
        plan: 'paid',
        keys: { readWrite: KEYS.schoolReadWrite, readOnly: KEYS.schoolReadOnly },
      },
      trial: { host: 'trial.getcourse.ru', plan: 'trial', keys: { readWrite: KEYS.trialReadWrite } },
    },
    keys: { readWrite: KEYS.schoolReadWrite, readOnly: KEYS.schoolReadOnly, trialSchool: KEYS.trialReadWrite, wrong: KEYS.wrong },
    webhookPath: WEBHOOK_PATH,
    webhookCalls: () => structuredClone(state.webhookCalls),
    apiCalls: () => structuredClone(state.apiCalls),
    pageCalls: () => structuredClone(state.pageCalls),
    setWebhookResponse: (answer) => setWebhookResponse(state, answer),
    sessionCookieName: SESSION_COOKIE,
    setSessionRole: (role) => setSessionRole(state, role),
    setApiResponse: (override) => setApiResponse(state, override),
    deleteKey: (key) => deleteKey(state, key),
    setKeyAccess: (key, access) => setKeyAccess(state, key, access),
    setPlan: (schoolName, plan) => setPlan(state, schoolName, plan),
    reset: () => resetState(state),
    school: (name = 'school') => state.schools[name],
    close: async () => {
      cancelDelays(state);
      await Promise.all([shut(httpServer), shut(httpsServer)]);
    },
  };
}
