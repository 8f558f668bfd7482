/**
 * Keep watch (issue 21): what the background's watch and the extension's pages say to each other
 * about a school's watch. The rules are the background's (entrypoints/background/watch/).
 */
import type { CheckStepId } from './check-steps';
import type { ProblemCode } from './problem';

/** How often a watched school is checked, as the alarm's period in minutes. */
export const WATCH_PERIOD_MINUTES = { '6h': 6 * 60, daily: 24 * 60, weekly: 7 * 24 * 60 } as const;
export type WatchPeriod = keyof typeof WATCH_PERIOD_MINUTES;
export const WATCH_PERIODS = Object.keys(WATCH_PERIOD_MINUTES) as [WatchPeriod, ...WatchPeriod[]];

/**
 * The connection check's steps a watch judges: those that cost the school nothing (the address,
 * the key, write access inferred without writing, the plan, the logged-in admin's rights). The
 * export budget (`limits`) is never a watch's finding.
 */
export const WATCH_STEPS = ['address', 'key', 'write', 'plan', 'rights'] as const satisfies readonly CheckStepId[];
export type WatchStepId = (typeof WATCH_STEPS)[number];

export type Judged = 'pass' | 'fail';

export interface WatchChange {
  at: number;
  step: WatchStepId;
  to: Judged;
  problem?: ProblemCode;
}

/** A school at a glance: healthy, broken since when and where, or nothing judged yet. */
export type SchoolHealth =
  { kind: 'healthy' } | { kind: 'broken'; since: number; step: WatchStepId; problem?: ProblemCode } | { kind: 'unknown' };

/** What a page shows of one school's watch. */
export interface WatchView {
  schoolId: string;
  /** null: not watched */
  period: WatchPeriod | null;
  health: SchoolHealth;
  lastRunAt: number | null;
  /** when the alarm wakes the worker next; null when not watched */
  nextRunAt: number | null;
  /** the last 20 state changes, newest last */
  changes: WatchChange[];
  /** the watch needs the key remembered on this device: a key kept for the session is gone after a restart */
  keyRemembered: boolean;
}
