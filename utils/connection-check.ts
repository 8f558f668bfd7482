/**
 * "Check connection": the steps, in the order the admin sees them, and how each GetCourse answer
 * decides a step. Pure (answers in, outcomes out), so every rule is table-tested without a
 * network; entrypoints/background/connection-check.ts does the calls.
 *
 * Steps (issue 5): the address is a GetCourse school over HTTPS → the key is accepted and can
 * read → it can write → the plan allows the API → the admin logged in to this browser has the
 * rights Albato needs → the export API's request budget.
 */
import { customField, readGetCourseAnswer, type HttpAnswer } from './getcourse-answer';
import type { CheckStepId } from './check-steps';
import type { Problem } from './problem';
import { isProcessKind, type ProcessKind } from './process-url';

export type StepStatus = 'pass' | 'fail' | 'skipped';

/** Why a step passed or was skipped, in data the popup translates. */
export type StepNote =
  | { kind: 'api-answers' }
  | { kind: 'fields'; user: number; deal: number }
  /** write access inferred from GetCourse's validation answer to an import without e-mail or phone (B.4 [INF], R.4) */
  | { kind: 'write-inferred' }
  | { kind: 'plan-open' }
  | { kind: 'rights-ok' }
  | { kind: 'budget'; used: number; limit: number }
  | { kind: 'after-failure'; step: CheckStepId }
  | { kind: 'budget-low'; used: number; limit: number }
  /** the rights check needs cookies of this browser for the school's host, which only a granted host gives */
  | { kind: 'no-session-access' };

export interface StepResult {
  id: CheckStepId;
  status: StepStatus;
  /** wall time of the step's request, when it made one */
  ms?: number;
  note?: StepNote;
  problem?: Problem;
}

/** A custom field as the export API lists it (B.1), without GetCourse's own `gc_system_*` fields. */
export interface SchoolField {
  title: string;
  context: ProcessKind;
}

/** What a check found, without the key (its masked form only): what the popup shows and copies. */
export interface CheckReport {
  schoolId: string;
  origin: string;
  at: number;
  keyMask: string;
  steps: StepResult[];
  fields: SchoolField[] | null;
  /** the same key (by its masked form) passed an earlier check: a refusal now suggests it was deleted (B.3) */
  keyAcceptedBefore: boolean;
}

export type Outcome = { status: 'pass'; note: StepNote; fields?: SchoolField[] } | { status: 'fail'; problem: Problem };

const fail = (problem: Problem): Outcome => ({ status: 'fail', problem });

/**
 * Address: an import call without a key. A GetCourse API at this host refuses it in its own
 * envelope (A.7: `{"success":false,"error":"Неавторизованное API-обращение"}`, A.8 `Access
 * denied` on .io); anything else (HTML, 404 `Wrong subdomain`, a redirect) says what is wrong with
 * the address before the key is ever sent.
 */
export function readAddressProbe(answer: HttpAnswer): Outcome {
  const read = readGetCourseAnswer(answer);
  if (read.ok || read.problem.code === 'wrong-key') return { status: 'pass', note: { kind: 'api-answers' } };
  return fail(read.problem);
}

/** Key and read access: `/pl/api/account/fields` (B.1, B.4), which also lists the custom fields. */
export function readKeyProbe(answer: HttpAnswer): Outcome {
  const read = readGetCourseAnswer(answer);
  if (!read.ok) return fail(read.problem);
  const listed = customField.array().safeParse(read.info);
  if (!listed.success) return fail({ code: 'malformed', raw: answer.body.slice(0, 300) });
  const fields: SchoolField[] = listed.data
    .filter((field) => !field.title.startsWith('gc_system_') && isProcessKind(field.context_type))
    .map((field) => ({ title: field.title, context: field.context_type as ProcessKind }));
  return {
    status: 'pass',
    note: {
      kind: 'fields',
      user: fields.filter((f) => f.context === 'user').length,
      deal: fields.filter((f) => f.context === 'deal').length,
    },
    fields,
  };
}

/** The write probe's params: a user with neither e-mail nor phone, which no import can save (R.4). */
export const WRITE_PROBE_PARAMS = { user: {} } as const;

/**
 * GetCourse's refusal of a user with no identifier (R.4: «Не указан ни эл. адрес, ни телефон»),
 * in the general shape "не указан(ы) ни <e-mail>, ни <phone>", so a reworded e-mail (`email`,
 * `e-mail`, `эл. почта`) still counts. The sandbox's earlier guess `Не указан email пользователя`
 * does not: R.4 says it is contradicted, and since a phone alone identifies a user (R.4), a text
 * naming only the e-mail is not GetCourse's answer to this probe but some other refusal, which
 * is shown verbatim rather than read as proof of write access.
 */
const NO_IDENTIFIER = /не\s+указан\S*\s+ни\s+(?:эл(?:ектронн\S*)?\.?\s*(?:адрес|почт)\S*|e-?mail)\s*,?\s*ни\s+(?:номер\S*\s+)?телефон/i;

/**
 * Write access without writing (B.4, [INF] — sandbox/README.md A34): a read-write key gets the
 * R.4 validation refusal (nothing saved) — at whichever level of the envelope it comes, including
 * one that says success (R.4); a read-only key gets `Действие запрещено` (0.5); a plan without
 * import answers 200 with an empty body (0.6, A.8).
 */
export function readWriteProbe(answer: HttpAnswer): Outcome {
  const read = readGetCourseAnswer(answer);
  // Accepted outright would mean GetCourse saved a user without any identifier: report it verbatim.
  if (read.ok) return fail({ code: 'unknown', raw: answer.body.slice(0, 300) });
  if (read.problem.code === 'refused' && NO_IDENTIFIER.test(read.problem.raw ?? ''))
    return { status: 'pass', note: { kind: 'write-inferred' } };
  return fail(read.problem);
}

/** Problems that mean "the plan closes the API" (A.8 917, 0.6 empty import answer). */
export function isPlanProblem(problem: Problem): boolean {
  return problem.code === 'plan-closed' || (problem.code === 'not-json' && problem.status === 200 && (problem.raw ?? '') === '');
}

/**
 * Rights of the admin logged in to this browser: the API-key page (B.3) opens only for admins
 * with account settings (E.1). Only the status and whether a login form came back are looked at;
 * the page itself is not kept.
 */
export function readRightsProbe(answer: HttpAnswer): Outcome {
  const { status, body } = answer;
  if (status === 0 || (status >= 300 && status < 400)) return fail({ code: 'not-logged-in', status: status || undefined });
  if (status === 401 || status === 403) return fail({ code: 'no-rights', status });
  if (status === 200) {
    if (/name=["'](?:[^"']*\[)?password\]?["']/i.test(body)) return fail({ code: 'not-logged-in', status });
    return { status: 'pass', note: { kind: 'rights-ok' } };
  }
  return fail({ code: 'http', status, raw: body.slice(0, 300) });
}

/** Fact sheet 0.3, A.9: 100 export-API requests per 2 hours per account, status polls included. */
export const EXPORT_BUDGET = { limit: 100, windowMs: 2 * 60 * 60 * 1000 } as const;
/** Below this many left, the check stops spending export requests: Albato needs them more. */
export const BUDGET_RESERVE = 10;

export function exportCallsUsed(calls: readonly number[], now: number): number {
  return calls.filter((at) => now - at < EXPORT_BUDGET.windowMs && at <= now).length;
}
