// @ts-check
/**
 * A test-only override of every `/pl/api/*` answer (sandbox control, not GetCourse), for the states a
 * real network can put an extension in: an HTML page instead of JSON (a login page, a proxy's error),
 * an error status, a slow answer past the caller's timeout.
 *
 * - `status`, `body` or `contentType` given: the answer is replaced and the API does not run (nothing
 *   is written, the export budget is untouched); left-out parts default to 200, `''`, `text/html`.
 * - only `delayMs`: the API answers as usual, that much later.
 * - `drop: true`: the call is logged, then the connection is closed without an answer (after
 *   `delayMs` if given): a network that drops, for the watch's "not judged" (issue 21, part 6).
 */

import { stripUndefined } from './http-util.js';

/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./state.js').ApiResponseOverride} ApiResponseOverride */
/** @typedef {import('./http-util.js').Reply} Reply */

const FIELDS = ['status', 'body', 'contentType', 'delayMs', 'drop'];

/**
 * Validates and stores the override (`null` clears it). Unknown fields are refused so a typo does not
 * silently leave the real answer in place.
 * @param {SandboxState} state
 * @param {unknown} override
 */
export function setApiResponse(state, override) {
  if (override === null) {
    state.apiResponse = null;
    return;
  }
  if (typeof override !== 'object' || Array.isArray(override)) throw new TypeError('API response override must be an object or null');
  const given = stripUndefined(/** @type {Record<string, unknown>} */ (override));
  const unknown = Object.keys(given).filter((name) => !FIELDS.includes(name));
  if (unknown.length > 0) throw new RangeError(`unknown API response field(s): ${unknown.join(', ')} (known: ${FIELDS.join(', ')})`);
  const { status, body, contentType, delayMs, drop } = given;
  if (drop !== undefined && typeof drop !== 'boolean') throw new TypeError('API response drop must be true or false');
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599))
    throw new RangeError(`API response status must be an integer 200–599, got ${JSON.stringify(status)}`);
  if (delayMs !== undefined && (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0))
    throw new RangeError(`API response delayMs must be ≥ 0, got ${JSON.stringify(delayMs)}`);
  if (body !== undefined && typeof body !== 'string') throw new TypeError('API response body must be a string');
  if (contentType !== undefined && (typeof contentType !== 'string' || contentType === ''))
    throw new TypeError('API response contentType must be a non-empty string');
  state.apiResponse = Object.keys(given).length > 0 ? given : null;
}

/**
 * The answer that replaces the API's, or null when the override only delays (or there is none).
 * @param {ApiResponseOverride | null} override
 * @returns {Reply | null}
 */
export function replacementReply(override) {
  if (!override || (override.status === undefined && override.body === undefined && override.contentType === undefined)) return null;
  return { status: override.status ?? 200, contentType: override.contentType ?? 'text/html; charset=utf-8', body: override.body ?? '' };
}
