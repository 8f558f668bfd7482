// @ts-check
/**
 * Request routing: webhook receiver and control endpoints first (any host), then the GetCourse host check
 * (ref A.8 `Wrong subdomain`), then the import / export API (through the test override, if set) and the
 * admin pages (through the session check of the API key page; every page answer sets the session cookie).
 */
import { flatHeaders, formFields, readBody, text } from './http-util.js';
import { matchHost, schoolForKey } from './hosts.js';
import { handleImport } from './import-api.js';
import { handleExport } from './export-api.js';
import { notFoundPage, routePage } from './pages/index.js';
import { receiveWebhook, WEBHOOK_PREFIX } from './webhook-receiver.js';
import { CONTROL_PREFIX, handleControl } from './control.js';
import { apiKeysPageGate, withSessionCookie } from './session.js';
import { replacementReply } from './api-override.js';
import { delay } from './delays.js';

/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */
/** @typedef {import('./hosts.js').HostMatch} HostMatch */
/** @typedef {import('./import-api.js').ApiOutcome} ApiOutcome */

/**
 * @param {SandboxState} state
 * @param {boolean} https whether this listener is the TLS one
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createRequestHandler(state, https) {
  return (req, res) => {
    void handle(state, https, req)
      .catch((error) => text(500, `sandbox error: ${error instanceof Error ? error.message : String(error)}`))
      .then((reply) => send(req, res, reply));
  };
}

/**
 * @param {SandboxState} state
 * @param {boolean} https
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Reply>}
 */
async function handle(state, https, req) {
  /** @type {RequestInfo} */
  const request = {
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', 'http://sandbox.invalid'),
    headers: flatHeaders(req.headers),
    body: await readBody(req),
    https,
  };
  const path = request.url.pathname;
  if (path.startsWith(WEBHOOK_PREFIX) || isAlbatoHost(request.headers.host)) return receiveWebhook(state, request);
  if (path.startsWith(CONTROL_PREFIX)) return handleControl(state, request);
  const host = matchHost(request.headers.host, state.schools);
  if (path.startsWith('/pl/api/')) return answerApi(state, request, host);
  if (host.kind === 'wrong-subdomain') return text(404, 'Wrong subdomain'); // ref A.8
  // Logged on arrival, so a test can count what a browser (a page, or the extension's background
  // with the admin's cookies) asked of the school's pages.
  state.pageCalls.push({
    host: request.headers.host ?? '',
    method: request.method,
    path,
    query: Object.fromEntries(request.url.searchParams),
    at: state.now(),
  });
  const school = host.kind === 'school' ? host.school : state.schools.school;
  return withSessionCookie(apiKeysPageGate(state, request, school) ?? routePage(request, school), school, request.https);
}

/**
 * A `/pl/api/*` call, logged on arrival; the test override (if any) replaces or delays the answer.
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {HostMatch} host
 * @returns {Promise<Reply>}
 */
async function answerApi(state, request, host) {
  const override = state.apiResponse;
  const replacement = replacementReply(override);
  const outcome = replacement ? { ...caller(state, request, host), reply: replacement } : apiOutcome(state, request, host);
  const reply = logApiCall(state, request, outcome);
  if (override?.delayMs) await delay(state, override.delayMs);
  return override?.drop ? { ...reply, dropped: true } : reply;
}

/**
 * ASSUMPTION (see sandbox/README.md#assumptions, A33): Albato's webhook hosts (ref E.2) answer
 * like the webhook receiver, so browsers that resolve them here test the URLs Albato hands out.
 * @param {string | undefined} hostHeader
 */
export function isAlbatoHost(hostHeader) {
  return /^h\.albato\.(ru|com)$/.test((hostHeader ?? '').toLowerCase().replace(/:\d+$/, ''));
}

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {HostMatch} host
 * @returns {ApiOutcome}
 */
function apiOutcome(state, request, host) {
  const path = request.url.pathname.replace(/\/+$/, '');
  if (host.kind !== 'wrong-subdomain') {
    if (path === '/pl/api/users') return handleImport(state, request, host, 'users');
    if (path === '/pl/api/deals') return handleImport(state, request, host, 'deals');
    if (path.startsWith('/pl/api/account/')) {
      const outcome = handleExport(state, request, host, path.slice('/pl/api/account/'.length));
      if (outcome) return outcome;
    }
  }
  // ref A.8: unknown subdomain → 404 `Wrong subdomain`; a path not served → 404 HTML page.
  const reply = host.kind === 'wrong-subdomain' ? text(404, 'Wrong subdomain') : notFoundPage(request.url.pathname);
  return { ...caller(state, request, host), reply };
}

/**
 * Who an API call is from, for the log, when no handler worked it out.
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {HostMatch} host
 * @returns {Omit<ApiOutcome, 'reply'>}
 */
function caller(state, request, host) {
  const fields = formFields(request);
  const { school, keyKind } = schoolForKey(host.kind === 'school' ? host : { kind: 'local' }, state.schools, fields.get('key') ?? '');
  return { school, action: fields.get('action') ?? '', keyKind };
}

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {ApiOutcome} outcome
 * @returns {Reply}
 */
function logApiCall(state, request, outcome) {
  state.apiCalls.push({
    school: outcome.school.name,
    path: request.url.pathname,
    action: outcome.action,
    keyKind: outcome.keyKind,
    status: outcome.reply.status,
    at: state.now(),
  });
  return outcome.reply;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 */
function send(req, res, reply) {
  if (res.headersSent || res.destroyed) return;
  if (reply.dropped) {
    res.socket?.destroy();
    return;
  }
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, {
    'content-type': reply.contentType,
    'content-length': body.length,
    'cache-control': 'no-store',
    ...reply.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
