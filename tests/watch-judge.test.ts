/**
 * entrypoints/background/watch/judge.ts: what a scheduled check of a school means — a
 * notification only on a confirmed change, never for a blip, an offline browser or a step the run
 * could not judge.
 */
import {
  allowed,
  CHANGES_KEPT,
  CONFIRM_WITHIN_MS,
  EMPTY_WATCH_STATE,
  healthOf,
  judgeRun,
  NOTIFICATIONS_PER_HOUR,
  RETRY_AFTER_MS,
  type SchoolWatchState,
} from '@/entrypoints/background/watch/judge';
import type { StepResult } from '@/utils/connection-check';
import type { ProblemCode } from '@/utils/problem';

const T0 = Date.UTC(2026, 11, 7, 9, 0);
const MIN = 60_000;

const pass = (id: StepResult['id']): StepResult => ({ id, status: 'pass' });
const fail = (id: StepResult['id'], code: ProblemCode): StepResult => ({ id, status: 'fail', problem: { code } });
const skipped = (id: StepResult['id']): StepResult => ({ id, status: 'skipped', note: { kind: 'after-failure', step: 'key' } });

const ALL_PASS = [pass('address'), pass('key'), pass('write'), pass('plan'), pass('rights'), pass('limits')];
const KEY_DELETED = [pass('address'), fail('key', 'wrong-key'), skipped('write'), skipped('plan'), skipped('rights'), pass('limits')];

function run(state: SchoolWatchState, at: number, steps: StepResult[], offline = false) {
  return judgeRun(state, { at, steps, offline });
}

/** A school watched once, all steps passing. */
const healthy = () => run(EMPTY_WATCH_STATE, T0, ALL_PASS).next;

describe('the first run of a watch', () => {
  it('sets the state without telling', () => {
    const first = run(EMPTY_WATCH_STATE, T0, KEY_DELETED);
    expect(first.notify).toBeNull();
    expect(first.retryAt).toBeNull();
    expect(first.next.steps.key).toEqual({ status: 'fail', since: T0, problem: 'wrong-key' });
    expect(first.next.steps.write).toBeUndefined(); // skipped: not judged
    expect(healthOf(first.next)).toEqual({ kind: 'broken', since: T0, step: 'key', problem: 'wrong-key' });
  });
});

describe('a failure counts only when a retry within minutes fails again', () => {
  it('a key deleted: the first sighting asks for a retry, the retry confirms it, once', () => {
    const seen = run(healthy(), T0 + 6 * 60 * MIN, KEY_DELETED);
    expect(seen.notify).toBeNull();
    expect(seen.retryAt).toBe(T0 + 6 * 60 * MIN + RETRY_AFTER_MS);
    expect(healthOf(seen.next)).toEqual({ kind: 'healthy' });

    const confirmed = run(seen.next, seen.retryAt!, KEY_DELETED);
    expect(confirmed.notify).toEqual({ at: seen.retryAt, step: 'key', to: 'fail', problem: 'wrong-key' });
    expect(confirmed.retryAt).toBeNull();
    expect(confirmed.next.steps.key).toEqual({ status: 'fail', since: T0 + 6 * 60 * MIN, problem: 'wrong-key' });

    const later = run(confirmed.next, seen.retryAt! + 6 * 60 * MIN, KEY_DELETED);
    expect(later.notify).toBeNull(); // the same state: nothing to say
    expect(later.next.changes).toHaveLength(1);
  });

  it('a failure the retry does not repeat is forgotten without a word', () => {
    const seen = run(healthy(), T0 + MIN, KEY_DELETED);
    const retried = run(seen.next, seen.retryAt!, ALL_PASS);
    expect(retried.notify).toBeNull();
    expect(retried.next.unconfirmed).toEqual({});
    expect(retried.next.changes).toEqual([]);
  });

  it('a retry later than the window starts over instead of confirming', () => {
    const seen = run(healthy(), T0 + MIN, KEY_DELETED);
    const late = run(seen.next, T0 + MIN + CONFIRM_WITHIN_MS + 1, KEY_DELETED);
    expect(late.notify).toBeNull();
    expect(late.retryAt).toBe(T0 + MIN + CONFIRM_WITHIN_MS + 1 + RETRY_AFTER_MS);
  });

  it('a clock set back between sighting and retry does not confirm', () => {
    const seen = run(healthy(), T0 + 60 * MIN, KEY_DELETED);
    const back = run(seen.next, T0 + 30 * MIN, KEY_DELETED);
    expect(back.notify).toBeNull();
    expect(back.next.unconfirmed.key?.at).toBe(T0 + 30 * MIN);
  });
});

describe('what a run cannot judge changes nothing', () => {
  it.each<ProblemCode>(['network', 'timeout', 'offline', 'busy', 'rate-limited', 'not-logged-in'])(
    'a %s answer is not a failure',
    (code) => {
      const blip = run(healthy(), T0 + MIN, [pass('address'), fail('key', code), skipped('write'), skipped('plan'), skipped('rights')]);
      expect(blip.notify).toBeNull();
      expect(blip.retryAt).toBeNull();
      expect(blip.next.steps.key?.status).toBe('pass');
    },
  );

  it('an offline browser: every step not judged, even failures in the results', () => {
    const offline = run(healthy(), T0 + MIN, KEY_DELETED, true);
    expect(offline.notify).toBeNull();
    expect(offline.retryAt).toBeNull();
    expect(offline.next.steps).toEqual(healthy().steps);
    expect(offline.next.lastRunAt).toBe(T0 + MIN);
  });

  it('a blip between sighting and retry keeps the failure waiting for its retry', () => {
    const seen = run(healthy(), T0 + MIN, KEY_DELETED);
    const blip = run(seen.next, T0 + 2 * MIN, KEY_DELETED, true);
    expect(blip.next.unconfirmed.key?.at).toBe(T0 + MIN);
    expect(run(blip.next, T0 + 4 * MIN, KEY_DELETED).notify?.step).toBe('key');
  });

  it('rights without a session (skipped) stay as they were: "not judged", never "failed"', () => {
    const noSession = ALL_PASS.map((s) =>
      s.id === 'rights' ? { ...s, status: 'skipped' as const, note: { kind: 'no-session-access' as const } } : s,
    );
    const judged = run(EMPTY_WATCH_STATE, T0, noSession);
    expect(judged.next.steps.rights).toBeUndefined();
    expect(healthOf(judged.next)).toEqual({ kind: 'healthy' });
  });

  it('rights while nobody is logged in to the school here: not judged, so a later session does not read as a repair', () => {
    const noSession = ALL_PASS.map((s) => (s.id === 'rights' ? fail('rights', 'not-logged-in') : s));
    const first = run(EMPTY_WATCH_STATE, T0, noSession);
    expect(first.next.steps.rights).toBeUndefined();
    expect(run(first.next, T0 + MIN, ALL_PASS).notify).toBeNull();
  });

  it('the export budget is never a watch finding', () => {
    const judged = run(healthy(), T0 + MIN, [...ALL_PASS.slice(0, 5), fail('limits', 'rate-limited')]);
    expect(judged.next.steps).not.toHaveProperty('limits');
    expect(judged.notify).toBeNull();
  });
});

describe('a return to passing', () => {
  it('counts at once, and is told once', () => {
    const seen = run(healthy(), T0 + MIN, KEY_DELETED);
    const broken = run(seen.next, seen.retryAt!, KEY_DELETED).next;
    const fixed = run(broken, T0 + 60 * MIN, ALL_PASS);
    expect(fixed.notify).toEqual({ at: T0 + 60 * MIN, step: 'key', to: 'pass' });
    expect(healthOf(fixed.next)).toEqual({ kind: 'healthy' });
    expect(run(fixed.next, T0 + 120 * MIN, ALL_PASS).notify).toBeNull();
  });
});

describe('one notification per school per run, and a history of 20', () => {
  it('two steps confirmed failing at once: the first in the check’s order is told', () => {
    const both = [pass('address'), pass('key'), fail('write', 'read-only-key'), fail('plan', 'plan-closed'), pass('rights')];
    const seen = run(healthy(), T0 + MIN, both);
    const confirmed = run(seen.next, seen.retryAt!, both);
    expect(confirmed.notify?.step).toBe('write');
    expect(confirmed.next.changes.map((c) => c.step)).toEqual(['write', 'plan']);
  });

  it(`keeps the last ${CHANGES_KEPT} changes`, () => {
    let state = healthy();
    let at = T0;
    for (let i = 0; i < 15; i++) {
      at += 60 * MIN;
      const seen = run(state, at, KEY_DELETED);
      state = run(seen.next, seen.retryAt!, KEY_DELETED).next;
      at = seen.retryAt! + 60 * MIN;
      state = run(state, at, ALL_PASS).next;
    }
    expect(state.changes).toHaveLength(CHANGES_KEPT);
    expect(state.changes.at(-1)).toMatchObject({ step: 'key', to: 'pass', at });
  });
});

describe('the hourly cap for all schools', () => {
  it(`allows ${NOTIFICATIONS_PER_HOUR} in any hour, then one more as the oldest leaves the hour`, () => {
    const shown = Array.from({ length: NOTIFICATIONS_PER_HOUR }, (_, i) => T0 + i * MIN);
    expect(allowed(shown.slice(0, -1), T0 + 10 * MIN)).toBe(true);
    expect(allowed(shown, T0 + 10 * MIN)).toBe(false);
    expect(allowed(shown, T0 + 60 * MIN + 1)).toBe(true);
  });

  it('ignores times from a clock that was ahead', () => {
    const future = Array.from({ length: NOTIFICATIONS_PER_HOUR }, () => T0 + 24 * 60 * MIN);
    expect(allowed(future, T0)).toBe(true);
  });
});
