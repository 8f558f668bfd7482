// @ts-check
/**
 * Import API: `POST /pl/api/users` and `POST /pl/api/deals` (ref A.1–A.8). HTTP 200 with a JSON envelope
 * for almost everything (ref 0.1); the checks run in the order a real call would meet them.
 */
import { formFields, json } from './http-util.js';
import { schoolForKey } from './hosts.js';
import { isObject, readIdentity, replaceGroups, upsertUser } from './import-users.js';
import { addDeal } from './import-deals.js';

/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */
/** @typedef {import('./hosts.js').HostMatch} HostMatch */
/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./state.js').KeyKind} KeyKind */
/** @typedef {import('./types.js').School} School */
/** @typedef {{ reply: Reply, school: School, action: string, keyKind: KeyKind }} ApiOutcome */

export const IMPORT_ERRORS = Object.freeze({
  unauthorized: 'Неавторизованное API-обращение', // ref A.7, A.8
  accessDenied: 'Access denied', // ref A.8, getcourse.io hosts
  forbidden: 'Действие запрещено', // ref 0.5, A.8
  emptyAction: 'Пустой параметр action', // ref 0.7, A.8
  httpsOnly: 'Доступ возможен только по https', // ref A.8
  // ASSUMPTION (see sandbox/README.md#assumptions): exact wording unverified (ref A.8 gives two variants).
  noParams: 'Не указаны параметры',
});

/** Actions each import endpoint knows (ref A.1). */
const ACTIONS = /** @type {const} */ ({ users: ['add', 'update'], deals: ['add'] });

/**
 * A call that failed before reaching the action: plain string in top-level `error` (ref A.7).
 * ASSUMPTION (see sandbox/README.md#assumptions): every top-level failure uses this one shape.
 * @param {string} message
 * @returns {Reply}
 */
export function topLevelError(message) {
  return json(200, { success: false, error: message });
}

/**
 * The `params` field: base64 of UTF-8 JSON (ref 0.2, A.1). A `+` turned into a space by a body that was
 * not percent-encoded, line breaks and the URL-safe alphabet are tolerated.
 * @param {string | undefined} raw
 * @returns {Record<string, unknown> | null}
 */
export function decodeParams(raw) {
  if (raw === undefined) return null;
  const base64 = raw
    .replace(/ /g, '+')
    .replace(/[\r\n\t]/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  if (base64 === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 === 1) return null;
  try {
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64')));
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {HostMatch} host
 * @param {'users' | 'deals'} endpoint
 * @returns {ApiOutcome}
 */
export function handleImport(state, request, host, endpoint) {
  const fields = formFields(request);
  // ref A.8: a GET (or a redirect that turned the POST into one) carries no action.
  const action = request.method === 'POST' ? (fields.get('action') ?? '').trim() : '';
  const { school, keyKind } = schoolForKey(host, state.schools, fields.get('key') ?? '');
  /** @param {Reply} reply @returns {ApiOutcome} */
  const outcome = (reply) => ({ reply, school, action, keyKind });

  if (state.enforceHttps && !request.https) return outcome(topLevelError(IMPORT_ERRORS.httpsOnly));
  if (action === '') return outcome(topLevelError(IMPORT_ERRORS.emptyAction));
  if (keyKind === 'wrong' || keyKind === 'missing') {
    // ASSUMPTION (see sandbox/README.md#assumptions): `Access denied` (getcourse.io) comes in the same top-level shape.
    return outcome(topLevelError(host.kind === 'school' && host.io ? IMPORT_ERRORS.accessDenied : IMPORT_ERRORS.unauthorized));
  }
  // ref 0.6, A.8: a plan without import answers 200 with an empty HTML body and writes nothing.
  if (school.plan === 'trial') return outcome({ status: 200, contentType: 'text/html; charset=utf-8', body: '' });
  // ref 0.5, B.3: a read-only key is refused before `params` are read, so the write probe (A34) on it
  // answers `Действие запрещено` whatever the params.
  if (keyKind === 'readOnly') return outcome(topLevelError(IMPORT_ERRORS.forbidden));
  if (!(/** @type {readonly string[]} */ (ACTIONS[endpoint]).includes(action))) return outcome(topLevelError(IMPORT_ERRORS.forbidden));
  const params = decodeParams(fields.get('params'));
  if (!params) return outcome(topLevelError(IMPORT_ERRORS.noParams));
  return outcome(json(200, { success: true, action, result: runAction(school, endpoint, action, params, state.now()) }));
}

/**
 * The `result` block of the envelope (ref A.7), booleans for the flags.
 * @param {Partial<{ error: string, userId: number, userStatus: string, dealId: number, dealNumber: number | '', paymentLink: string }>} r
 */
function result(r) {
  return {
    success: r.error === undefined,
    error: r.error !== undefined,
    error_message: r.error ?? '',
    user_id: r.userId ?? '',
    user_status: r.userStatus ?? '',
    deal_id: r.dealId ?? '',
    deal_number: r.dealNumber ?? '',
    payment_link: r.paymentLink ?? '',
  };
}

/**
 * @param {School} school
 * @param {'users' | 'deals'} endpoint
 * @param {string} action
 * @param {Record<string, unknown>} params
 * @param {number} now
 */
function runAction(school, endpoint, action, params, now) {
  if (endpoint === 'deals') return result(addDeal(school, params, now));
  if (action === 'update') {
    const replaced = replaceGroups(school, params, now);
    return result('error' in replaced ? replaced : { userId: replaced.user.id, userStatus: replaced.user.status });
  }
  // ref R.4: `add` with neither e-mail nor phone stops here, inside a success-looking envelope, before
  // anything is written — what the write probe of ref B.4 [INF] relies on (A34).
  const identity = readIdentity(params.user);
  if ('error' in identity) return result(identity);
  const system = isObject(params.system) ? params.system : {};
  const { user, created } = upsertUser(school, isObject(params.user) ? params.user : {}, identity, system, now);
  // ref A.6, R.4 `user_status`: `added` for a new user. ASSUMPTION (see sandbox/README.md#assumptions): an
  // existing one reports its own status (`active` / `in_base`).
  return result({ userId: user.id, userStatus: created ? 'added' : user.status });
}
