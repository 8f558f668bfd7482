/**
 * Runs "Check connection" for a saved school, step by step, reporting each step as it ends
 * (utils/connection-check.ts decides the steps from GetCourse's answers). Every call has a
 * timeout and stops when the popup goes away; the key is read here and never leaves the
 * background; API calls carry no cookies, only the rights check does (it asks about the admin
 * logged in to this browser and reads nothing but the answer's status and whether a login form
 * came back).
 */
import { PROCESS_KINDS } from '@/utils/process-url';
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
import type { Problem } from '@/utils/problem';
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

/** What every step of one check shares: where to call, how to time a call, where results go. */
interface CheckRun {
  schoolId: string;
  origin: string;
  host: string;
  key: string;
  signal: AbortSignal;
  clock: () => number;
  timeoutMs: number;
  previous: Awaited<ReturnType<ReturnType<typeof lastCheckOf>['get']>>;
  keyAcceptedBefore: boolean;
  steps: StepResult[];
  fields: SchoolField[] | null;
  outcomes: Map<CheckStepId, Outcome>;
  finish: (id: CheckStepId, result: Omit<StepResult, 'id'>) => void;
  timed: (id: CheckStepId, call: () => Promise<FetchResult>, read: (answer: FetchResult & { ok: true }) => Outcome) => Promise<Outcome>;
  skip: (id: CheckStepId, after: CheckStepId) => void;
  post: (path: string, body: URLSearchParams) => () => Promise<FetchResult>;
}

async function runSteps(schoolId: string, origin: string, key: string, options: CheckOptions): Promise<CheckReport> {
  const run = await startRun(schoolId, origin, key, options);
  const address = await checkAddress(run);
  if (address.status === 'fail') {
    for (const id of CHECK_STEPS.slice(1)) if (!run.signal.aborted) run.skip(id, 'address');
    return saveReport(run);
  }
  const budget = exportCallsOf(run.host);
  const keyOutcome = await checkKey(run, budget);
  const keyRefused = keyOutcome?.status === 'fail' && keyOutcome.problem.code === 'wrong-key';
  const writeOutcome = await checkWrite(run, keyRefused);
  judgePlan(run, keyOutcome, writeOutcome, keyRefused);
  await checkRights(run);
  await reportLimits(run, budget, keyOutcome);
  return saveReport(run);
}

async function startRun(schoolId: string, origin: string, key: string, options: CheckOptions): Promise<CheckRun> {
  const { signal, onStep, now = () => performance.now(), clock = () => Date.now(), timeoutMs = CHECK_TIMEOUT_MS } = options;
  const previous = await lastCheckOf(schoolId).get();
  const steps: StepResult[] = [];
  const outcomes = new Map<CheckStepId, Outcome>();
  const finish: CheckRun['finish'] = (id, result) => {
    const step = { id, ...result };
    steps.push(step);
    if (!signal.aborted) onStep(step);
  };
  const timed: CheckRun['timed'] = async (id, call, read) => {
    const started = now();
    const fetched = await call();
    const ms = Math.round(now() - started);
    const outcome: Outcome = fetched.ok ? read(fetched) : { status: 'fail', problem: fetched.problem };
    outcomes.set(id, outcome);
    if (outcome.status === 'pass') finish(id, { status: 'pass', ms, note: outcome.note });
    else finish(id, { status: 'fail', ms, problem: outcome.problem });
    return outcome;
  };
  return {
    schoolId,
    origin,
    host: new URL(origin).host,
    key,
    signal,
    clock,
    timeoutMs,
    previous,
    keyAcceptedBefore: Boolean(previous?.keyAccepted && previous.keyMask === maskKey(key)),
    steps,
    fields: null,
    outcomes,
    finish,
    timed,
    skip: (id, after) => finish(id, { status: 'skipped', note: { kind: 'after-failure', step: after } }),
    post: (path, body) => () =>
      fetchAnswer(`${origin}${path}`, { method: 'POST', headers: API_HEADERS, body: body.toString() }, { timeoutMs, signal }),
  };
}

/** 1. The address, before the key is sent anywhere: a keyless import call (A.7, A.8). */
function checkAddress(run: CheckRun): Promise<Outcome> {
  return run.timed('address', run.post('/pl/api/users', new URLSearchParams({ action: 'add' })), (f) => readAddressProbe(f.answer));
}

/** 2. Key and read access (B.4), within the export budget (A.9). `action=get` as two clients send it (R.4). */
async function checkKey(run: CheckRun, budget: ReturnType<typeof exportCallsOf>): Promise<Outcome | null> {
  const { clock, key } = run;
  const used = exportCallsUsed(await budget.get(), clock());
  if (EXPORT_BUDGET.limit - used <= BUDGET_RESERVE) {
    run.finish('key', { status: 'skipped', note: { kind: 'budget-low', used, limit: EXPORT_BUDGET.limit } });
    return null;
  }
  await budget.update((calls) => [...calls.filter((at) => clock() - at < EXPORT_BUDGET.windowMs), clock()].slice(-1000));
  const keyOutcome = await run.timed('key', run.post('/pl/api/account/fields', new URLSearchParams({ action: 'get', key })), (f) =>
    readKeyProbe(f.answer),
  );
  if (keyOutcome.status === 'pass' && keyOutcome.fields) {
    const fields = keyOutcome.fields;
    run.fields = fields;
    // The process editor checks {object.<title>} against these (issue 4) without the admin
    // having to open both custom-field pages first.
    for (const context of PROCESS_KINDS)
      await schoolFields(
        run.host,
        context,
        fields.filter((f) => f.context === context).map((f) => f.title),
      );
  }
  return keyOutcome;
}

/** 3. Write access without writing (B.4 [INF], sandbox A34). */
async function checkWrite(run: CheckRun, keyRefused: boolean): Promise<Outcome | null> {
  if (keyRefused) {
    run.skip('write', 'key');
    return null;
  }
  return run.timed('write', run.post('/pl/api/users', importRequestBody('add', run.key, WRITE_PROBE_PARAMS)), (f) =>
    readWriteProbe(f.answer),
  );
}

/** 4. The plan, from what the two calls said (0.6, A.8, B.4: exports may work where imports don't). */
function judgePlan(run: CheckRun, keyOutcome: Outcome | null, writeOutcome: Outcome | null, keyRefused: boolean): void {
  const planProblem = [keyOutcome, writeOutcome].map((o) => (o?.status === 'fail' ? o.problem : null)).find((p) => p && isPlanProblem(p));
  if (planProblem) run.finish('plan', { status: 'fail', problem: planProblem });
  else if (keyRefused) run.skip('plan', 'key');
  else if (writeOutcome?.status === 'pass') run.finish('plan', { status: 'pass', note: { kind: 'plan-open' } });
  else run.skip('plan', writeOutcome ? 'write' : 'key');
}

/** 5. Rights of the admin logged in to this browser (E.1): the API-key page (B.3), with cookies. */
async function checkRights(run: CheckRun): Promise<void> {
  const { origin, timeoutMs, signal } = run;
  if (!(await browser.permissions.contains({ origins: [permissionPattern(origin)] }))) {
    run.finish('rights', { status: 'skipped', note: { kind: 'no-session-access' } });
    return;
  }
  await run.timed(
    'rights',
    () => fetchAnswer(`${origin}/saas/account/api`, { method: 'GET' }, { timeoutMs, signal, withCookies: true }),
    (f) => readRightsProbe(f.answer),
  );
}

/** 6. Requests left in the export budget after this check; a 903 from GetCourse overrides our count. */
async function reportLimits(run: CheckRun, budget: ReturnType<typeof exportCallsOf>, keyOutcome: Outcome | null): Promise<void> {
  const usedNow = exportCallsUsed(await budget.get(), run.clock());
  const refusedForLimit = keyOutcome?.status === 'fail' && keyOutcome.problem.code === 'rate-limited' ? keyOutcome.problem : null;
  if (refusedForLimit) run.finish('limits', { status: 'fail', problem: refusedForLimit });
  else run.finish('limits', { status: 'pass', note: { kind: 'budget', used: usedNow, limit: EXPORT_BUDGET.limit } });
}

async function saveReport(run: CheckRun): Promise<CheckReport> {
  const { schoolId, origin, key, steps, fields, keyAcceptedBefore, previous, outcomes } = run;
  const report: CheckReport = { schoolId, origin, at: run.clock(), keyMask: maskKey(key), steps, fields, keyAcceptedBefore };
  const keyAccepted =
    outcomes.get('key')?.status === 'pass' ||
    (outcomes.get('key') === undefined && previous?.keyAccepted === true && previous.keyMask === report.keyMask);
  if (!run.signal.aborted)
    await lastCheckOf(schoolId).set({ origin, at: report.at, keyMask: report.keyMask, keyAccepted, keyAcceptedBefore, steps, fields });
  return report;
}

/** The last check of a school as the popup shows it again after reopening. */
export async function lastCheck(schoolId: string): Promise<CheckReport | null> {
  const stored = await lastCheckOf(schoolId).get();
  if (!stored) return null;
  const { keyAccepted: _accepted, ...rest } = stored;
  // A step's note is stored as a loose record (its shapes are the check's own); the problem is typed by its schema.
  return { schoolId, ...rest, steps: rest.steps as StepResult[] };
}
