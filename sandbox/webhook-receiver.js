// @ts-check
/**
 * Stand-in for an Albato webhook URL (ref E.2): any method on `/__albato/…` is recorded (method, path,
 * decoded query, lower-cased headers, raw body) and answered with the configured response.
 */
import { defaultWebhookResponse } from './state.js';
import { queryObject, stripUndefined } from './http-util.js';
import { delay } from './delays.js';

/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./state.js').WebhookResponse} WebhookResponse */
/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */

export const WEBHOOK_PREFIX = '/__albato/';

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @returns {Promise<Reply>}
 */
export async function receiveWebhook(state, request) {
  state.webhookCalls.push({
    method: request.method,
    path: request.url.pathname,
    query: queryObject(request.url.searchParams),
    headers: { ...request.headers },
    body: request.body,
    at: state.now(),
  });
  const answer = state.webhookResponse;
  if (answer.delayMs > 0) await delay(state, answer.delayMs);
  return { status: answer.status, contentType: answer.contentType, body: answer.body };
}

/**
 * Each call describes the whole answer; whatever it leaves out takes the default.
 * @param {SandboxState} state
 * @param {Partial<WebhookResponse>} answer
 */
export function setWebhookResponse(state, answer) {
  const status = answer.status ?? 200;
  if (!Number.isInteger(status) || status < 200 || status > 599)
    throw new RangeError(`webhook status must be an integer 200–599, got ${status}`);
  const delayMs = answer.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`webhook delayMs must be ≥ 0, got ${delayMs}`);
  state.webhookResponse = { ...defaultWebhookResponse(), ...stripUndefined(answer), status, delayMs };
}
