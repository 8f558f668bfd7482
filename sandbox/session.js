// @ts-check
/**
 * "The admin logged in to this browser" (ref E.1: the connected user needs admin and account-settings
 * rights; ref B.3, C.2: the API key page `/saas/account/api` is where those rights show). Only the API key
 * page looks at the session; every admin page answer hands out the session cookie.
 *
 * ASSUMPTION (see sandbox/README.md#assumptions, A35): the sandbox cannot log a browser in, so a top-level
 * navigation counts as the logged-in browser and its answer sets the cookie; other requests need the cookie.
 */
import { redirect } from './http-util.js';
import { accessDeniedPage, LOGIN_PATH } from './pages/session-pages.js';

/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./state.js').SessionRole} SessionRole */
/** @typedef {import('./types.js').School} School */
/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */

export const SESSION_COOKIE = 'gc_sandbox_session';
/** @type {readonly SessionRole[]} */
export const SESSION_ROLES = Object.freeze(['admin', 'no-rights', 'logged-out']);
const API_KEYS_PATHS = new Set(['/saas/account/api', '/pl/saas/account/api']); // ref B.3 [DOC], C.2 [3P]

/**
 * @param {SandboxState} state
 * @param {unknown} role
 */
export function setSessionRole(state, role) {
  if (!SESSION_ROLES.includes(/** @type {SessionRole} */ (role)))
    throw new RangeError(`session role must be one of ${SESSION_ROLES.join(', ')}, got ${JSON.stringify(role)}`);
  state.sessionRole = /** @type {SessionRole} */ (role);
}

/** The cookie's value: one per school, so a cookie of one school's host means nothing on another's. @param {School} school */
function sessionValue(school) {
  return `${school.name}-${school.accountId}`;
}

/**
 * `Set-Cookie` for the school's session. A host-only cookie (no `Domain`), like a school host's own.
 * On HTTPS it is `SameSite=None; Secure` so the extension's background `fetch(…, {credentials: 'include'})`
 * from its own origin (a cross-site request) still sends it; browsers refuse `SameSite=None` without
 * `Secure`, so plain HTTP gets neither and the browser's default applies. No `Partitioned`: a partitioned
 * cookie set in a tab would not reach the extension's requests.
 * @param {School} school
 * @param {boolean} https
 */
export function sessionCookieHeader(school, https) {
  return `${SESSION_COOKIE}=${sessionValue(school)}; Path=/; ${https ? 'Secure; HttpOnly; SameSite=None' : 'HttpOnly'}`;
}

/**
 * Every admin page answer (pages, their redirects, 403, 404, the login page) sets the session cookie.
 * @param {Reply} reply
 * @param {School} school
 * @param {boolean} https
 * @returns {Reply}
 */
export function withSessionCookie(reply, school, https) {
  return { ...reply, headers: { ...reply.headers, 'set-cookie': sessionCookieHeader(school, https) } };
}

/** @param {RequestInfo} request @param {School} school */
function hasSessionCookie(request, school) {
  const cookies = (request.headers.cookie ?? '').split(';').map((c) => c.trim());
  return cookies.includes(`${SESSION_COOKIE}=${sessionValue(school)}`);
}

/**
 * A browser's request that is not a navigation: a `fetch` / XHR such as the extension's background check.
 * Browsers send `Sec-Fetch-Mode` together with `Sec-Fetch-Dest` (Fetch Metadata). Node's `fetch` sends
 * `sec-fetch-mode: cors` alone (and cannot send `navigate`), curl sends neither: such clients are not a
 * browser's background request, so they are served like a navigation, as before sessions existed.
 * @param {RequestInfo} request
 */
function isBrowserSubrequest(request) {
  const mode = request.headers['sec-fetch-mode'];
  return mode !== undefined && mode !== 'navigate' && request.headers['sec-fetch-dest'] !== undefined;
}

/**
 * The API key page as the session allows: null = serve the page (an admin); a redirect to the login page
 * when nobody is logged in (ref C.2 `/cms/system/login`); HTTP 403 for an employee without admin and
 * account-settings rights (ref E.1). Other paths: null (they ignore the role).
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null}
 */
export function apiKeysPageGate(state, request, school) {
  const path = request.url.pathname.replace(/\/+$/, '');
  if (!API_KEYS_PATHS.has(path)) return null;
  const loggedIn = state.sessionRole !== 'logged-out' && (hasSessionCookie(request, school) || !isBrowserSubrequest(request));
  // ASSUMPTION (see sandbox/README.md#assumptions, A36): the login redirect keeps the page in `return`.
  if (!loggedIn) return redirect(`${LOGIN_PATH}?return=${encodeURIComponent(request.url.pathname + request.url.search)}`);
  if (state.sessionRole === 'no-rights') return accessDeniedPage(school);
  return null;
}
