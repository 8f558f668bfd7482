/**
 * Runs "Check connection" for a saved school, step by step, reporting each step as it ends
 * (utils/connection-check.ts decides the steps from GetCourse's answers). Every call has a
 * timeout and stops when the popup goes away; the key is read here and never leaves the
 * background; API calls carry no cookies, only the rights check does (it asks about the admin
 * logged in to this browser and reads nothing but the answer's status and whether a login form
 * came back).
 */
import { browser } from 'wxt/browser';
import { CHECK_STEPS, type CheckStepId } from '@/utils/check-steps';
import {
  BUDGET_RESERVE,
  EXPORT_BUDGET,
  exportCallsUsed,
  isPlanProblem,
  readAddressProbe,
  readKeyProbe,
  readRightsProbe,
  readWriteProbe,
  WRITE_PROBE_PARAMS,
  type CheckReport,
  type Outcome,
  type SchoolField,
  type StepResult,
} from '@/utils/connection-check';
import { permissionPattern } from '@/utils/call-url-request';
import { importRequestBody } from '@/utils/getcourse-encoding';
import type { Problem } from '@/utils/messages';
import { exportCallsOf, lastCheckOf } from './storage/items';
import { fetchAnswer, type FetchResult } from './fetch-answer';
import { keyFor, listSchools, maskKey } from './school-store';
import { schoolFields } from './process-store';

/** Per request. GetCourse answers these calls at once; a longer wait is a problem to report. */
export const CHECK_TIMEOUT_MS = 10_000;

export type CheckStart = { ok: true; report: Promise<CheckReport> } | { ok: false; problem: Problem };

/**
 * Schools with a check running. Only work in progress lives here: a worker that restarts has
 * dropped the popup's connection and the check with it, so there is nothing to lose.
 */
const running = new Set<string>();

const API_HEADERS = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json; q=1.0, */*; q=0.1' };

export interface CheckOptions {
  signal: AbortSignal;
  onStep: (step: StepResult) => void;
  now?: () => number;
  clock?: () => number;
  timeoutMs?: number;
}

/** Starts a check unless one is running for this school, or the school has no key in this browser. */
export async function startConnectionCheck(schoolId: string, options: CheckOptions): Promise<CheckStart> {
  const school = (await listSchools()).find((s) => s.id === schoolId);
  if (!school) return { ok: false, problem: { code: 'bad-request', raw: 'unknown school' } };
  const key = await keyFor(school.id);
  if (!key) return { ok: false, problem: { code: 'wrong-key', raw: 'no key saved for this school in this browser' } };
  if (running.has(school.origin)) return { ok: false, problem: { code: 'busy' } };
  running.add(school.origin);
  const report = runSteps(school.id, school.origin, key, options).finally(() => running.delete(school.origin));
  return { ok: true, report };
}

async function runSteps(schoolId: string, origin: string, key: string, options: CheckOptions): Promise<CheckReport> {
  const { signal, onStep, now = () => performance.now(), clock = () => Date.now(), timeoutMs = CHECK_TIMEOUT_MS } = options;
  const host = new URL(origin).host;
  const previous = await lastCheckOf(schoolId).get();
  const keyAcceptedBefore = Boolean(previous?.keyAccepted && previous.keyMask === maskKey(key));
  const steps: StepResult[] = [];
  let fields: SchoolField[] | null = null;
  const outcomes = new Map<CheckStepId, Outcome>();

  const finish = (id: CheckStepId, result: Omit<StepResult, 'id'>) => {
    const step = { id, ...result };
    steps.push(step);
    if (!signal.aborted) onStep(step);
  };
  const timed = async (id: CheckStepId, call: () => Promise<FetchResult>, read: (answer: FetchResult & { ok: true }) => Outcome) => {
    const started = now();
    const fetched = await call();
    const ms = Math.round(now() - started);
    const outcome: Outcome = fetched.ok ? read(fetched) : { status: 'fail', problem: fetched.problem };
    outcomes.set(id, outcome);
    if (outcome.status === 'pass') finish(id, { status: 'pass', ms, note: outcome.note });
    else finish(id, { status: 'fail', ms, problem: outcome.problem });
    return outcome;
  };
  const skip = (id: CheckStepId, after: CheckStepId) => finish(id, { status: 'skipped', note: { kind: 'after-failure', step: after } });
  const post = (path: string, body: URLSearchParams) => () =>
    fetchAnswer(`${origin}${path}`, { method: 'POST', headers: API_HEADERS, body: body.toString() }, { timeoutMs, signal });

  // 1. The address, before the key is sent anywhere: a keyless import call (A.7, A.8).
  const address = await timed('address', post('/pl/api/users', new URLSearchParams({ action: 'add' })), (f) => readAddressProbe(f.answer));
  if (address.status === 'fail') {
    for (const id of CHECK_STEPS.slice(1)) if (!signal.aborted) skip(id, 'address');
    return save();
  }

  // 2. Key and read access (B.4), within the export budget (A.9). `action=get` as two clients send it (R.4).
  const budget = exportCallsOf(host);
  const used = exportCallsUsed(await budget.get(), clock());
  let keyOutcome: Outcome | null = null;
  if (EXPORT_BUDGET.limit - used <= BUDGET_RESERVE) {
    finish('key', { status: 'skipped', note: { kind: 'budget-low', used, limit: EXPORT_BUDGET.limit } });
  } else {
    await budget.update((calls) => [...calls.filter((at) => clock() - at < EXPORT_BUDGET.windowMs), clock()].slice(-1000));
    keyOutcome = await timed('key', post('/pl/api/account/fields', new URLSearchParams({ action: 'get', key })), (f) =>
      readKeyProbe(f.answer),
    );
    if (keyOutcome.status === 'pass' && keyOutcome.fields) {
      fields = keyOutcome.fields;
      // The process editor checks {object.<title>} against these (issue 4) without the admin
      // having to open both custom-field pages first.
      for (const context of ['user', 'deal'] as const)
        await schoolFields(
          host,
          context,
          fields.filter((f) => f.context === context).map((f) => f.title),
        );
    }
  }
  const keyRefused = keyOutcome?.status === 'fail' && keyOutcome.problem.code === 'wrong-key';

  // 3. Write access without writing (B.4 [INF], sandbox A34).
  let writeOutcome: Outcome | null = null;
  if (keyRefused) skip('write', 'key');
  else
    writeOutcome = await timed('write', post('/pl/api/users', importRequestBody('add', key, WRITE_PROBE_PARAMS)), (f) =>
      readWriteProbe(f.answer),
    );

  // 4. The plan, from what the two calls said (0.6, A.8, B.4: exports may work where imports don't).
  const planProblem = [keyOutcome, writeOutcome].map((o) => (o?.status === 'fail' ? o.problem : null)).find((p) => p && isPlanProblem(p));
  if (planProblem) finish('plan', { status: 'fail', problem: planProblem });
  else if (keyRefused) skip('plan', 'key');
  else if (writeOutcome?.status === 'pass') finish('plan', { status: 'pass', note: { kind: 'plan-open' } });
  else skip('plan', writeOutcome ? 'write' : 'key');

  // 5. Rights of the admin logged in to this browser (E.1): the API-key page (B.3), with cookies.
  if (!(await browser.permissions.contains({ origins: [permissionPattern(origin)] }))) {
    finish('rights', { status: 'skipped', note: { kind: 'no-session-access' } });
  } else {
    await timed(
      'rights',
      () => fetchAnswer(`${origin}/saas/account/api`, { method: 'GET' }, { timeoutMs, signal, withCookies: true }),
      (f) => readRightsProbe(f.answer),
    );
  }

  // 6. Requests left in the export budget after this check; a 903 from GetCourse overrides our count.
  const usedNow = exportCallsUsed(await budget.get(), clock());
  const refusedForLimit = keyOutcome?.status === 'fail' && keyOutcome.problem.code === 'rate-limited' ? keyOutcome.problem : null;
  if (refusedForLimit) finish('limits', { status: 'fail', problem: refusedForLimit });
  else finish('limits', { status: 'pass', note: { kind: 'budget', used: usedNow, limit: EXPORT_BUDGET.limit } });
  return save();

  async function save(): Promise<CheckReport> {
    const report: CheckReport = { schoolId, origin, at: clock(), keyMask: maskKey(key), steps, fields, keyAcceptedBefore };
    const keyAccepted =
      outcomes.get('key')?.status === 'pass' ||
      (outcomes.get('key') === undefined && previous?.keyAccepted === true && previous.keyMask === report.keyMask);
    if (!signal.aborted)
      await lastCheckOf(schoolId).set({ origin, at: report.at, keyMask: report.keyMask, keyAccepted, keyAcceptedBefore, steps, fields });
    return report;
  }
}

/** The last check of a school as the popup shows it again after reopening. */
export async function lastCheck(schoolId: string): Promise<CheckReport | null> {
  const stored = await lastCheckOf(schoolId).get();
  if (!stored) return null;
  const { keyAccepted: _accepted, ...rest } = stored;
  // A step's note is stored as a loose record (its shapes are the check's own); the problem is typed by its schema.
  return { schoolId, ...rest, steps: rest.steps as StepResult[] };
}
