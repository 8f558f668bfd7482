// @ts-check
/**
 * Control endpoints for tools outside the process (Firefox tests, scripts). Not part of GetCourse:
 * `GET /__sandbox/calls`, `POST /__sandbox/reset`, `POST /__sandbox/webhook-response`.
 */
import { json } from './http-util.js';
import { resetState } from './state.js';
import { setWebhookResponse } from './webhook-receiver.js';

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
  if (path === '/__sandbox/reset' && request.method === 'POST') {
    resetState(state);
    return json(200, { ok: true });
  }
  if (path === '/__sandbox/webhook-response' && request.method === 'POST') {
    try {
      const answer = JSON.parse(request.body || '{}');
      setWebhookResponse(state, typeof answer === 'object' && answer !== null ? answer : {});
      return json(200, { ok: true, webhookResponse: state.webhookResponse });
    } catch (error) {
      return json(400, { ok: false, error: String(error) });
    }
  }
  return json(404, { ok: false, error: 'unknown control endpoint' });
}
