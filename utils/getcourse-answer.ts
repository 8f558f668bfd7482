/**
 * Reading GetCourse's answers, which are never to be trusted as they come: HTTP 200 carries
 * most failures in the body (fact sheet 0.1), at the top level or, for imports, inside `result`
 * (A.7); plans without API access answer an empty HTML body (A.8); custom-domain schools
 * redirect (0.7). Pure functions that never throw: status + content type + body in, data or a
 * Problem with its catalogue entry out.
 */
import { z } from 'zod';
import type { Problem } from './problem';
import { pickDiagnosis, type DiagnosisId } from './diagnosis-rules';

/** Export-API envelope (fact sheet B.1/B.2); `success` may come as a boolean, number or string. */
const truthy = z.union([z.boolean(), z.number(), z.string()]).transform((v) => v === true || v === 1 || v === 'true' || v === '1');

export const exportEnvelope = z.object({
  success: truthy,
  info: z.unknown().optional(),
  error: z.union([z.boolean(), z.string(), z.number()]).optional().nullable(),
  error_message: z.string().optional().nullable(),
  error_code: z.union([z.number(), z.string()]).optional().nullable(),
});

/** Any JSON object: the envelope's fields are then read one by one, each distrusted. */
const jsonObject = z.record(z.string(), z.unknown());

export const customField = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  context_type: z.string(),
  type: z.string().optional(),
});

const RAW_LIMIT = 300;
export const shorten = (text: string) => (text.length > RAW_LIMIT ? `${text.slice(0, RAW_LIMIT)}…` : text);

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
  /** the answer's headers, lower-cased names, for showing a webhook's answer (not read by the API readers) */
  headers?: [string, string][];
}

/** GetCourse's login form (C.2 `/cms/system/login`) or any page asking for a password. */
const LOGIN_MARKERS = /\/cms\/system\/login|\/pl\/2fa|type=["']?password/i;
const LOGIN_SCAN = 200_000;
const HTML_START = /^<(!doctype|html|head|body|meta|title|script|div|form|p\b)/i;

/** Parses an answer that should be a JSON API envelope; anything else becomes a Problem. */
export function readJsonAnswer(answer: HttpAnswer): { ok: true; json: unknown } | { ok: false; problem: Problem } {
  const status = answer?.status;
  const body = typeof answer?.body === 'string' ? answer.body : answer?.body == null ? '' : String(answer.body);
  const contentType = typeof answer?.contentType === 'string' ? answer.contentType : '';
  const trimmed = body.trim();
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) {
    return { ok: false, problem: { code: 'unknown', raw: shorten(`HTTP ${String(status)} ${trimmed}`) } };
  }
  if (status >= 300 && status < 400) return { ok: false, problem: { code: 'redirect', status } };
  if (status === 0) return { ok: false, problem: { code: 'redirect', status } }; // opaque redirect (redirect: 'manual')
  const looksHtml = HTML_START.test(trimmed) || /html/i.test(contentType);
  const isLoginPage = looksHtml && LOGIN_MARKERS.test(trimmed.slice(0, LOGIN_SCAN));
  if (isLoginPage && (status < 300 || status === 401 || status === 403)) {
    return { ok: false, problem: { code: 'login-page', status, contentType: shorten(contentType), raw: shorten(trimmed) } };
  }
  if (status === 429 || status >= 500) return { ok: false, problem: { code: 'http', status, raw: shorten(trimmed) } };
  if (status >= 400 || status < 200) {
    // 404 `Wrong subdomain` (fact sheet A.8) and other plain-text refusals are kept verbatim.
    return { ok: false, problem: { code: looksHtml ? 'not-json' : 'http', status, raw: shorten(trimmed) } };
  }
  // A.8: a plan without import answers 200 with an empty text/html body.
  if (trimmed === '' || (looksHtml && !trimmed.startsWith('{')))
    return { ok: false, problem: { code: 'not-json', status, contentType: shorten(contentType), raw: shorten(trimmed) } };
  try {
    return { ok: true, json: JSON.parse(trimmed) };
  } catch {
    return { ok: false, problem: { code: 'malformed', status, raw: shorten(trimmed) } };
  }
}

/** A.7: `success` comes as a boolean, number or "true"/"false"; anything else is "unclear". */
function flag(value: unknown): boolean | undefined {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0' || text === '') return false;
  return undefined;
}

interface EnvelopeFields {
  error?: unknown;
  error_message?: unknown;
  error_code?: unknown;
}

function errorCode(value: unknown): number | undefined {
  const code = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(code) && code > 0 ? code : undefined;
}

function errorText(envelope: EnvelopeFields): string {
  if (typeof envelope.error_message === 'string' && envelope.error_message.trim()) return envelope.error_message.trim();
  if (typeof envelope.error === 'string' && envelope.error.trim()) return envelope.error.trim(); // A.7: top-level `error` string
  return '';
}

const hasError = (envelope: EnvelopeFields) =>
  errorText(envelope) !== '' || errorCode(envelope.error_code) !== undefined || envelope.error === true;

/** For `raw`: JSON.stringify can overflow the stack on deeply nested input, so it is guarded. */
const safeJson = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return Array.isArray(value) ? '[…]' : typeof value;
  }
};

/** Known refusals by code first, then by text (fact sheet B.2, A.8); the rest stays verbatim. */
export function problemFromEnvelope(envelope: EnvelopeFields): Problem {
  const code = errorCode(envelope.error_code);
  const text = errorText(envelope);
  const raw = shorten(code && text ? `${code}: ${text}` : text || (code ? String(code) : safeJson(envelope)));
  if (code === 901 || code === 904 || /Неавторизованное API-обращение|Access denied|отсутс?твует параметр key/i.test(text))
    return { code: 'wrong-key', raw };
  if (/Действие запрещено/i.test(text)) return { code: 'read-only-key', raw }; // A.8, 0.5
  if (code === 917 || /Функционал недоступен|Достигнут лимит/i.test(text)) return { code: 'plan-closed', raw };
  if (code === 903 || /Слишком много запросов/i.test(text)) return { code: 'rate-limited', raw };
  if (/undefined index/i.test(text)) return { code: 'missing-field', raw }; // E.1
  return { code: 'refused', raw };
}

/**
 * The refusal an envelope carries, or null when it says success at every level (0.1): the
 * top-level `success`, then, for imports, `result.success` with `result.error_message` (A.7).
 * An error text, `error: true` or an error code counts as a refusal even where `success` says
 * true: R.4 records GetCourse refusing an import without e-mail or phone inside an envelope that
 * looks successful, and a successful answer carries `error_message: ""` and `error: false` (R.4's
 * recorded deal and fields answers), so a non-empty text is never part of a success.
 */
export function envelopeProblem(json: unknown): Problem | null {
  const parsed = jsonObject.safeParse(json);
  if (!parsed.success) return { code: 'malformed', raw: shorten(safeJson(json)) };
  const envelope = parsed.data;
  const result = jsonObject.safeParse(envelope.result);
  const inner = result.success ? result.data : null;
  const top = flag(envelope.success);
  // The level that says why (a text or a code) names the refusal, the top level first; a reason
  // given only inside `result` is the refusal whatever the top level says, or if it says nothing.
  const refusing = [envelope, inner].filter((level): level is Record<string, unknown> => level !== null && hasError(level));
  const reason = refusing.find((level) => errorText(level) !== '' || errorCode(level.error_code) !== undefined) ?? refusing[0];
  if (reason) return problemFromEnvelope(reason);
  if (top === false) return problemFromEnvelope(envelope);
  if (top === undefined) return { code: 'malformed', raw: shorten(safeJson(json)) };
  if (inner && flag(inner.success) === false) return problemFromEnvelope(inner);
  return null;
}

export type GetCourseReading =
  { ok: true; envelope: Record<string, unknown>; info: unknown; result: unknown } | { ok: false; problem: Problem; entry: DiagnosisId };

/** Any HTTP answer → the envelope's data, or a Problem with its catalogue entry. Never throws. */
export function readGetCourseAnswer(answer: HttpAnswer): GetCourseReading {
  const failed = (problem: Problem): GetCourseReading => ({ ok: false, problem, entry: pickDiagnosis(problem) });
  try {
    const read = readJsonAnswer(answer);
    if (!read.ok) return failed(read.problem);
    const problem = envelopeProblem(read.json);
    if (problem) return failed(problem);
    const envelope = read.json as Record<string, unknown>;
    return { ok: true, envelope, info: envelope.info, result: envelope.result };
  } catch (error) {
    // Not expected; if it happens, the admin still sees what came back.
    const body = typeof answer?.body === 'string' ? answer.body : String(error);
    return failed({ code: 'unknown', raw: shorten(body.trim()) });
  }
}
