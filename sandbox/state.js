// @ts-check
/**
 * The whole mutable state of one running sandbox: two schools, call logs, export budget, webhook answer,
 * who is logged in to the browser and the API answer override.
 */
import { seedSchool, seedTrialSchool } from './seed.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').SchoolName} SchoolName */
/** @typedef {'readWrite' | 'readOnly' | 'wrong' | 'missing'} KeyKind */

/** @typedef {{ method: string, path: string, query: Record<string, string>, headers: Record<string, string>, body: string, at: number }} WebhookCall */
/** @typedef {{ school: SchoolName, path: string, action: string, keyKind: KeyKind, status: number, at: number }} ApiCall */
/** @typedef {{ host: string, method: string, path: string, query: Record<string, string>, at: number }} PageCall  an admin-page request (not API, webhook or control) */
/** @typedef {{ status: number, body: string, delayMs: number, contentType: string }} WebhookResponse */
/** @typedef {'admin' | 'no-rights' | 'logged-out'} SessionRole  who is logged in to the browser (ref E.1 rights) */
/** @typedef {{ status?: number, body?: string, contentType?: string, delayMs?: number, drop?: boolean }} ApiResponseOverride */

/**
 * @typedef {{
 *   schools: Record<SchoolName, School>, now: () => number, enforceHttps: boolean,
 *   apiCalls: ApiCall[], webhookCalls: WebhookCall[], pageCalls: PageCall[], webhookResponse: WebhookResponse,
 *   exportRequests: Record<SchoolName, number[]>, pendingDelays: Map<ReturnType<typeof setTimeout>, () => void>,
 *   sessionRole: SessionRole, apiResponse: ApiResponseOverride | null
 * }} SandboxState
 */

/**
 * What the webhook receiver answers until told otherwise.
 * ASSUMPTION (see sandbox/README.md#assumptions): Albato's real answer is not known (ref E.2 [NOT FOUND]).
 * @returns {WebhookResponse}
 */
export function defaultWebhookResponse() {
  return { status: 200, body: '{"success":true}', delayMs: 0, contentType: 'application/json' };
}

/**
 * @param {{ now: () => number, enforceHttps: boolean }} options
 * @returns {SandboxState}
 */
export function createState(options) {
  return {
    schools: { school: seedSchool(), trial: seedTrialSchool() },
    now: options.now,
    enforceHttps: options.enforceHttps,
    apiCalls: [],
    webhookCalls: [],
    pageCalls: [],
    webhookResponse: defaultWebhookResponse(),
    exportRequests: { school: [], trial: [] },
    pendingDelays: new Map(),
    sessionRole: 'admin',
    apiResponse: null,
  };
}

/**
 * Back to the seed: schools, logs, export budget, webhook answer, an admin logged in and no API override
 * (pending delayed answers are left to finish).
 * @param {SandboxState} state
 */
export function resetState(state) {
  state.schools = { school: seedSchool(), trial: seedTrialSchool() };
  state.apiCalls = [];
  state.webhookCalls = [];
  state.pageCalls = [];
  state.webhookResponse = defaultWebhookResponse();
  state.exportRequests = { school: [], trial: [] };
  state.sessionRole = 'admin';
  state.apiResponse = null;
}
