// @ts-check
/**
 * Control endpoints for tools outside the process (Firefox tests, scripts). Not part of GetCourse:
 * `GET /__sandbox/calls`, `POST /__sandbox/reset`, `POST /__sandbox/webhook-response`,
 * `POST /__sandbox/session`, `POST /__sandbox/api-response`, `POST /__sandbox/break` (breaks.js:
 * `{ "deleteKey": "…" }`, `{ "keyAccess": { "key": "…", "access": "readOnly" } }`,
 * `{ "plan": { "school": "school", "plan": "trial" } }`).
 */
import { json } from './http-util.js';
import { resetState } from './state.js';
import { setWebhookResponse } from './webhook-receiver.js';
import { setSessionRole } from './session.js';
import { setApiResponse } from './api-override.js';
import { deleteKey, setKeyAccess, setPlan } from './breaks.js';

/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */

export const CONTROL_PREFIX = '/__sandbox/';

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @returns {Reply}
 */
export function handleControl(state, request) {
  const path = request.url.pathname;
  if (path === '/__sandbox/calls' && request.method === 'GET') return json(200, { webhook: state.webhookCalls, api: state.apiCalls });
  if (request.method !== 'POST') return json(404, { ok: false, error: 'unknown control endpoint' });
  if (path === '/__sandbox/reset') {
    resetState(state);
    return json(200, { ok: true });
  }
  if (path === '/__sandbox/webhook-response') {
    return applyJson(request, '{}', (answer) => {
      setWebhookResponse(state, typeof answer === 'object' && answer !== null ? answer : {});
      return { webhookResponse: state.webhookResponse };
    });
  }
  if (path === '/__sandbox/session') {
    return applyJson(request, '{}', (body) => {
      setSessionRole(state, typeof body === 'object' && body !== null ? /** @type {{ role?: unknown }} */ (body).role : undefined);
      return { sessionRole: state.sessionRole };
    });
  }
  if (path === '/__sandbox/break') return applyJson(request, '{}', (body) => applyBreak(state, body));
  if (path === '/__sandbox/api-response') {
    return applyJson(request, 'null', (override) => {
      setApiResponse(state, override);
      return { apiResponse: state.apiResponse };
    });
  }
  return json(404, { ok: false, error: 'unknown control endpoint' });
}

/**
 * Parses the JSON body (an empty body reads as `emptyBody`) and applies it: 200 with what is now set,
 * or 400 with the reason for bad JSON or a value the setter refuses.
 * @param {RequestInfo} request
 * @param {string} emptyBody
 * @param {(body: any) => Record<string, unknown>} apply
 * @returns {Reply}
 */
function applyJson(request, emptyBody, apply) {
  try {
    return json(200, { ok: true, ...apply(JSON.parse(request.body || emptyBody)) });
  } catch (error) {
    return json(400, { ok: false, error: String(error) });
  }
}

/**
 * One break of breaks.js, named by its field; what it changed comes back.
 * @param {SandboxState} state
 * @param {any} body
 * @returns {Record<string, unknown>}
 */
function applyBreak(state, body) {
  if (typeof body?.deleteKey === 'string') return { deleted: deleteKey(state, body.deleteKey) };
  if (typeof body?.keyAccess?.key === 'string') return { changed: setKeyAccess(state, body.keyAccess.key, body.keyAccess.access) };
  if (typeof body?.plan?.school === 'string') {
    setPlan(state, body.plan.school, body.plan.plan);
    return { plan: body.plan.plan };
  }
  throw new RangeError('a break is one of deleteKey, keyAccess, plan');
}
