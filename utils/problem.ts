/**
 * A failure as data, defined once: the code list, the shape, and the schemas that read it back
 * from storage. The popup and the in-page views turn it into a translated explanation
 * (components/shared/diagnosis.ts). Its own module, so pure modules (answer reading, the diagnosis rules, the
 * connection check) can name it without importing the message contract.
 */
import { z } from 'zod';

export const PROBLEM_CODES = [
  'wrong-key',
  'plan-closed',
  'rate-limited',
  'not-json',
  'redirect',
  'http',
  'network',
  'timeout',
  'malformed',
  'unknown',
  'bad-request',
  'forbidden',
  /** a webhook test needs the host permission for this origin (raw = the origin) */
  'needs-permission',
  /** a webhook test target that is not https (or otherwise refused before sending) */
  'insecure-target',
  /** one request at a time: another one from the same place is still running */
  'busy',
  /** `Действие запрещено` on a write: the key is read-only (fact sheet A.8, B.3) */
  'read-only-key',
  /** the logged-in user lacks admin / account-settings rights (fact sheet E.1) */
  'no-rights',
  /** HTTP 200 whose envelope says success false with a text we don't recognise (0.1, A.7) */
  'refused',
  /** an HTML login page came back instead of JSON (C.2) */
  'login-page',
  /** «undefined index»: a required field is missing (E.1, E.3) */
  'missing-field',
  /** the browser says it is offline */
  'offline',
  /** the TLS handshake failed (certificate, protocol) */
  'tls',
  /** the host name does not resolve or refuses connections */
  'unreachable',
  /** the school sent this browser to its login page: nobody is logged in to it here */
  'not-logged-in',
  /** a test import whose params fail the import schema (raw = `field code, …`); nothing was sent */
  'invalid-params',
  /** a test import that may change existing data, sent without the admin confirming it (raw = the risk codes) */
  'not-confirmed',
  /** an in-page request without a fresh click token of the admin's (missing, used, stale, another tab or action) */
  'not-clicked',
  /** an in-page test call to GetCourse itself (raw = the origin): never sent */
  'getcourse-target',
  /** an in-page test call to a host neither typed by the admin nor saved in the process (raw = the origin) */
  'untyped-target',
  /** too many in-page requests from this tab in a minute (seconds = until the next one is accepted) */
  'too-many',
  /** this page already opened the access page for another origin, or has it open (raw = that origin) */
  'access-asked',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Why a request that went out is not in the school's history: storage.local is full (Chrome's
 * quota) or refused the write for another reason. Its answer is still given; the note rides on
 * what the views show (the answer, or the problem) so the popup and the in-page view can say it.
 */
export type HistoryNotKept = 'storage-full' | 'storage-failed';

export interface Problem {
  code: ProblemCode;
  /** exactly what GetCourse or the network said, for the admin and for support */
  raw?: string;
  status?: number;
  seconds?: number;
  /** the content type that came back, when it explains the failure (e.g. text/html) */
  contentType?: string;
  /** a test import or call that failed and could not be kept in the history either */
  historyNotKept?: HistoryNotKept;
}

/**
 * A problem as stored (a connection report's step, a history entry). A code this version does
 * not know (written by a later one, or one since retired) reads back as `unknown` with the rest
 * kept, so the entry is not lost; `historyNotKept` is never stored (it says the entry is missing).
 */
export const storedProblemSchema = z.object({
  code: z.enum(PROBLEM_CODES).catch('unknown'),
  raw: z.string().optional(),
  status: z.number().optional(),
  seconds: z.number().optional(),
  contentType: z.string().optional(),
}) satisfies z.ZodType<Omit<Problem, 'historyNotKept'>>;
