/**
 * Sends one test import (user or deal) to a school and reads GetCourse's answer at both levels
 * (fact sheet 0.1, A.7). Background only: it holds the key. An import is not idempotent (a second
 * try may create a second order), so a failed or timed-out call is reported, never retried; one
 * import per school at a time; params are validated again here, and anything the admin was
 * shown as a risk must come back confirmed.
 */
import { readGetCourseAnswer } from '@/utils/getcourse-answer';
import { IMPORT_ACCEPT, IMPORT_ACTION, importRequestBody, importUrl } from '@/utils/getcourse-encoding';
import { checkImport, importRisks, issuesLine, risksConfirmed, type ImportEndpoint, type ImportRiskCode } from '@/utils/import-params';
import type { Problem } from '@/utils/problem';
import { fetchAnswer } from './fetch-answer';

/** GetCourse answers imports at once (no documented response time, A.9); longer is a problem to report. */
export const IMPORT_TIMEOUT_MS = 15_000;
/** How much of the answer is kept for "what GetCourse said". */
const RAW_KEEP = 4000;

export interface TestImportRequest {
  /** https origin of the school (A.1: HTTPS only; the key travels in the body) */
  origin: string;
  key: string;
  endpoint: ImportEndpoint;
  /** the form's params; validated again with the same schema */
  params: unknown;
  /** the risks the admin confirmed (utils/import-params.ts `importRisks`); every current risk must be here */
  confirmedRisks?: readonly ImportRiskCode[];
}

export interface TestImportResult {
  userId: number | null;
  /** A.6: `added` (new), `active`, `in_base`, or whatever else GetCourse says */
  userStatus: string | null;
  dealId: number | null;
  /** A.7: '' unless `return_deal_number` was asked → null */
  dealNumber: string | null;
  /** only when `return_payment_link` was asked and the link is http(s) */
  paymentLink: string | null;
}

export type TestImportOutcome =
  { ok: true; result: TestImportResult; ms: number; raw: string } | { ok: false; problem: Problem; ms: number };

export interface TestImportOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  now?: () => number;
}

const inFlight = new Set<string>();

export async function sendTestImport(request: TestImportRequest, options: TestImportOptions = {}): Promise<TestImportOutcome> {
  const { signal, timeoutMs = IMPORT_TIMEOUT_MS, now = () => performance.now() } = options;
  const refuse = (problem: Problem): TestImportOutcome => ({ ok: false, problem, ms: 0 });
  const origin = httpsOrigin(request.origin);
  if (!origin) return refuse({ code: 'insecure-target', raw: request.origin.slice(0, 300) });
  const checked = checkImport(request.endpoint, request.params);
  if (!checked.ok) return refuse({ code: 'invalid-params', raw: issuesLine(checked.issues) });
  const risks = importRisks(checked.params);
  if (!risksConfirmed(risks, request.confirmedRisks)) {
    return refuse({
      code: 'not-confirmed',
      raw: risks
        .filter((r) => !request.confirmedRisks?.includes(r.code))
        .map((r) => r.code)
        .join(', '),
    });
  }
  if (inFlight.has(origin)) return refuse({ code: 'busy' });

  inFlight.add(origin);
  const started = now();
  try {
    // A.1: POST form-urlencoded, key in the body; fetchAnswer follows no redirect (0.7) and sends no cookies.
    const body = importRequestBody(IMPORT_ACTION, request.key, checked.params).toString();
    const fetched = await fetchAnswer(
      importUrl(origin, request.endpoint),
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: IMPORT_ACCEPT }, body },
      { timeoutMs, signal },
    );
    const ms = Math.round(now() - started);
    if (!fetched.ok) return { ok: false, problem: fetched.problem, ms };
    const reading = readGetCourseAnswer(fetched.answer);
    if (!reading.ok) return { ok: false, problem: reading.problem, ms };
    return { ok: true, result: readResult(reading.result), ms, raw: fetched.answer.body.trim().slice(0, RAW_KEEP) };
  } finally {
    inFlight.delete(origin);
  }
}

function httpsOrigin(value: unknown): string | null {
  try {
    const url = new URL(String(value));
    return url.protocol === 'https:' && !url.username && !url.password ? url.origin : null;
  } catch {
    return null;
  }
}

/** A.7's `result`, each field distrusted: ids as numbers, '' as "not given". */
export function readResult(result: unknown): TestImportResult {
  const r = typeof result === 'object' && result !== null ? (result as Record<string, unknown>) : {};
  return {
    userId: idOf(r.user_id),
    userStatus: typeof r.user_status === 'string' && r.user_status.trim() ? r.user_status.trim().slice(0, 50) : null,
    dealId: idOf(r.deal_id),
    dealNumber:
      (typeof r.deal_number === 'number' || typeof r.deal_number === 'string') && String(r.deal_number).trim()
        ? String(r.deal_number).trim().slice(0, 64)
        : null,
    paymentLink: linkOf(r.payment_link),
  };
}

function idOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function linkOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
