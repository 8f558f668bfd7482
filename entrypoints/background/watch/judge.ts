/**
 * Keep watch (issue 21): what one scheduled check of a school means for the admin. Pure: the
 * school's watch state and one run's step results in, the next state and what to tell out.
 *
 * A watch judges only the connection check's steps that cost the school nothing (issue 21, part 1):
 * the address, the key, write access inferred without writing, the plan, and the logged-in admin's
 * rights when this browser has a session there. The export budget (`limits`) is the check's own
 * business and never a watch's finding.
 *
 * The rules, each from the text:
 * - A step is "not judged" when the run could not tell: the browser offline, a network blip or a
 *   timeout, another request of ours still running, the budget kept for the admin, nobody logged in
 *   to the school in this browser, or the step skipped (after an earlier failure, or no access to
 *   the school's pages for the rights). Not judged never counts as
 *   failed and never changes what the admin was told.
 * - A notification only on change: passed → failed, or failed → passed. The first run of a watch
 *   sets the state without telling (the admin has just seen it in the check).
 * - A failure counts only when a retry within minutes fails the same step again
 *   (`CONFIRM_WITHIN_MS`); the first sighting asks for that retry (`retryAt`). A return to passing
 *   counts at once: a blip cannot make a broken school pass.
 * - At most one notification per school per run: the first changed step in the check's order,
 *   failures before recoveries. The cap for all schools per hour is the notifier's (see `allowed`).
 */
import type { StepResult } from '@/utils/connection-check';
import type { CheckStepId } from '@/utils/check-steps';
import type { ProblemCode } from '@/utils/problem';
import { WATCH_STEPS, type Judged, type SchoolHealth, type WatchChange, type WatchStepId } from '@/utils/watch';

/** The retry that confirms a failure comes this long after it was first seen… */
export const RETRY_AFTER_MS = 2 * 60_000;
/** …and confirms it only if it comes within this long (a retry delayed past it starts over). */
export const CONFIRM_WITHIN_MS = 15 * 60_000;
/** How many state changes a school keeps (issue 21, part 3: "its last 20 state changes"). */
export const CHANGES_KEPT = 20;
/** At most this many notifications in any hour, for all schools together ("a cap per hour for all"). */
export const NOTIFICATIONS_PER_HOUR = 6;

/**
 * Problems that say nothing about the school: the run could not judge. `not-logged-in`: this
 * browser has no GetCourse session at the school, so its admin's rights cannot be read (issue 21:
 * "not judged", never "failed"); found by the e2e suite, where the first run had no session yet.
 */
const NOT_JUDGING: ReadonlySet<ProblemCode> = new Set(['offline', 'network', 'timeout', 'busy', 'rate-limited', 'not-logged-in']);

export interface StepState {
  status: Judged;
  /** when the step entered this status (for a failure: when it was first seen) */
  since: number;
  problem?: ProblemCode;
}

export interface SchoolWatchState {
  steps: Partial<Record<WatchStepId, StepState>>;
  /** failures seen once after a pass, waiting for the retry that confirms them */
  unconfirmed: Partial<Record<WatchStepId, { at: number; problem?: ProblemCode }>>;
  /** newest last, at most CHANGES_KEPT */
  changes: WatchChange[];
  lastRunAt: number | null;
}

export const EMPTY_WATCH_STATE: SchoolWatchState = { steps: {}, unconfirmed: {}, changes: [], lastRunAt: null };

export interface WatchRun {
  at: number;
  steps: readonly StepResult[];
  /** the browser said it was offline when the run started: nothing is judged */
  offline: boolean;
}

export interface Judgement {
  next: SchoolWatchState;
  /** the change to notify about, if any (one per school per run) */
  notify: WatchChange | null;
  /** when to run again to confirm a failure seen for the first time; null when nothing waits */
  retryAt: number | null;
}

const isWatchStep = (id: CheckStepId): id is WatchStepId => (WATCH_STEPS as readonly CheckStepId[]).includes(id);

/** What a run says about one step: passed, failed (with why), or nothing. */
export function readStep(result: StepResult | undefined, offline: boolean): { status: Judged; problem?: ProblemCode } | null {
  if (offline || !result || result.status === 'skipped') return null;
  if (result.status === 'pass') return { status: 'pass' };
  const code = result.problem?.code;
  if (code && NOT_JUDGING.has(code)) return null;
  return { status: 'fail', ...(code ? { problem: code } : {}) };
}

export function judgeRun(previous: SchoolWatchState, run: WatchRun): Judgement {
  const steps = { ...previous.steps };
  const unconfirmed: SchoolWatchState['unconfirmed'] = {};
  const changes: WatchChange[] = [];
  let retryAt: number | null = null;
  const byId = new Map(run.steps.filter((s) => isWatchStep(s.id)).map((s) => [s.id, s]));

  for (const step of WATCH_STEPS) {
    const seen = readStep(byId.get(step), run.offline);
    const known = previous.steps[step];
    const waiting = previous.unconfirmed[step];
    if (!seen) {
      if (waiting) unconfirmed[step] = waiting; // a blip between sighting and retry: still waiting
      continue;
    }
    if (!known) {
      steps[step] = { status: seen.status, since: run.at, ...(seen.problem ? { problem: seen.problem } : {}) };
      continue;
    }
    if (seen.status === 'pass') {
      if (known.status === 'fail') {
        steps[step] = { status: 'pass', since: run.at };
        changes.push({ at: run.at, step, to: 'pass' });
      }
      continue;
    }
    if (known.status === 'fail') {
      steps[step] = { ...known, ...(seen.problem ? { problem: seen.problem } : {}) };
      continue;
    }
    if (waiting && run.at - waiting.at <= CONFIRM_WITHIN_MS && run.at > waiting.at) {
      steps[step] = { status: 'fail', since: waiting.at, ...(seen.problem ? { problem: seen.problem } : {}) };
      changes.push({ at: run.at, step, to: 'fail', ...(seen.problem ? { problem: seen.problem } : {}) });
      continue;
    }
    unconfirmed[step] = { at: run.at, ...(seen.problem ? { problem: seen.problem } : {}) };
    retryAt = run.at + RETRY_AFTER_MS;
  }

  const notify = changes.find((c) => c.to === 'fail') ?? changes[0] ?? null;
  return {
    next: { steps, unconfirmed, changes: [...previous.changes, ...changes].slice(-CHANGES_KEPT), lastRunAt: run.at },
    notify,
    retryAt,
  };
}

/** Whether one more notification fits the hourly cap, given when the earlier ones were shown. */
export function allowed(shownAt: readonly number[], now: number): boolean {
  return shownAt.filter((at) => at > now - 60 * 60_000 && at <= now).length < NOTIFICATIONS_PER_HOUR;
}

/** A school at a glance (part 3): healthy, broken since when, or not yet judged. */
export function healthOf(state: SchoolWatchState): SchoolHealth {
  const broken = WATCH_STEPS.map((step) => [step, state.steps[step]] as const).find(([, s]) => s?.status === 'fail');
  if (broken) {
    const [step, s] = broken;
    return { kind: 'broken', since: s!.since, step, ...(s!.problem ? { problem: s!.problem } : {}) };
  }
  return WATCH_STEPS.some((step) => state.steps[step]?.status === 'pass') ? { kind: 'healthy' } : { kind: 'unknown' };
}
