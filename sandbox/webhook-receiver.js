// @ts-check
/**
 * Stand-in for an Albato webhook URL (ref E.2): any method on `/__albato/…` is recorded (method, path,
 * decoded query, lower-cased headers, raw body) and answered with the configured response.
 */
import { defaultWebhookResponse } from './state.js';
import { queryObject } from './http-util.js';

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
 * A delay that `close()` can cut short (no timer outlives the sandbox).
 * @param {SandboxState} state
 * @param {number} ms
 * @returns {Promise<void>}
 */
function delay(state, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.pendingDelays.delete(timer);
      resolve();
    }, ms);
    state.pendingDelays.set(timer, resolve);
  });
}

/**
 * Ends every pending delay at once (used by `close()`).
 * @param {SandboxState} state
 */
export function cancelDelays(state) {
  for (const [timer, resolve] of state.pendingDelays) {
    clearTimeout(timer);
    resolve();
  }
  state.pendingDelays.clear();
}

/**
 * Each call describes the whole answer; whatever it leaves out takes the default.
 * @param {SandboxState} state
 * @param {Partial<WebhookResponse>} answer
 */
export function setWebhookResponse(state, answer) {
  const status = answer.status ?? 200;
  if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError(`webhook status must be an integer 200–599, got ${status}`);
  const delayMs = answer.delayMs ?? 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`webhook delayMs must be ≥ 0, got ${delayMs}`);
  state.webhookResponse = { ...defaultWebhookResponse(), ...stripUndefined(answer), status, delayMs };
}

/** @param {Partial<WebhookResponse>} value @returns {Partial<WebhookResponse>} */
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
