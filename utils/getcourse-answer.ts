/**
 * Reading GetCourse's answers, which are never to be trusted as they come: HTTP 200 carries
 * most failures in the body (fact sheet 0.1), plans without API access answer an empty HTML
 * body (A.8), custom-domain schools redirect (0.7). Pure functions: status + body in, data or a
 * Problem out.
 */
import { z } from 'zod';
import type { Problem } from './messages';

/** Export-API envelope (fact sheet B.1/B.2); `success` may come as a boolean, number or string. */
const truthy = z.union([z.boolean(), z.number(), z.string()]).transform((v) => v === true || v === 1 || v === 'true' || v === '1');

export const exportEnvelope = z.object({
  success: truthy,
  info: z.unknown().optional(),
  error: z.union([z.boolean(), z.string(), z.number()]).optional().nullable(),
  error_message: z.string().optional().nullable(),
  error_code: z.union([z.number(), z.string()]).optional().nullable(),
});

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
}

/** Parses an answer that should be a JSON API envelope; anything else becomes a Problem. */
export function readJsonAnswer(answer: HttpAnswer): { ok: true; json: unknown } | { ok: false; problem: Problem } {
  const { status, body } = answer;
  if (status >= 300 && status < 400) return { ok: false, problem: { code: 'redirect', status } };
  if (status === 0) return { ok: false, problem: { code: 'redirect', status } }; // opaque redirect (redirect: 'manual')
  const trimmed = body.trim();
  const looksHtml = /^<(!doctype|html|head|body)/i.test(trimmed) || answer.contentType.includes('text/html');
  if (status === 429 || status >= 500) return { ok: false, problem: { code: 'http', status, raw: shorten(trimmed) } };
  if (status >= 400) {
    // 404 `Wrong subdomain` (fact sheet A.8) and other plain-text refusals are kept verbatim.
    return { ok: false, problem: { code: looksHtml ? 'not-json' : 'http', status, raw: shorten(trimmed) } };
  }
  if (trimmed === '' || (looksHtml && !trimmed.startsWith('{'))) return { ok: false, problem: { code: 'not-json', status, raw: shorten(trimmed) } };
  try {
    return { ok: true, json: JSON.parse(trimmed) };
  } catch {
    return { ok: false, problem: { code: 'malformed', status, raw: shorten(trimmed) } };
  }
}

/** Known export-API refusals by code first, then by text (fact sheet B.2, A.8). */
export function problemFromEnvelope(envelope: z.infer<typeof exportEnvelope>): Problem {
  const code = Number(envelope.error_code ?? NaN);
  const text = envelope.error_message || (typeof envelope.error === 'string' ? envelope.error : '') || JSON.stringify(envelope);
  const raw = shorten(code ? `${code}: ${text}` : text);
  if (code === 901 || code === 904 || /Неавторизованное API-обращение|Access denied/i.test(text)) return { code: 'wrong-key', raw };
  if (code === 917 || /Функционал недоступен/i.test(text)) return { code: 'plan-closed', raw };
  if (code === 903 || /Слишком много запросов/i.test(text)) return { code: 'rate-limited', raw };
  return { code: 'unknown', raw };
}
