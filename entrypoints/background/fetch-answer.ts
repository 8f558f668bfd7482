/** One HTTP call from the background, with a timeout and no redirects followed (fact sheet 0.7, H). */
import type { Problem } from '@/utils/problem';
import type { HttpAnswer } from '@/utils/getcourse-answer';

export const DEFAULT_TIMEOUT_MS = 15_000;

/*
 * Browsers hide why a fetch failed ("Failed to fetch", "NetworkError when attempting to fetch
 * resource."); only `navigator.onLine` tells "offline" apart. Runtimes that do give detail put a
 * system code in `error.cause` (Node: ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED, …), and some
 * browsers name net::ERR_* codes in the message: those tell TLS and unreachable hosts apart.
 */
const TLS_FAILURE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HANDSHAKE/i;
const HOST_UNREACHABLE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|NAME_NOT_RESOLVED|CONNECTION_REFUSED|ADDRESS_UNREACHABLE/i;

function describeError(error: unknown): { message: string; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? (error as { cause?: unknown }).cause : undefined;
  const causeCode = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : '';
  const causeMessage = cause instanceof Error ? cause.message : '';
  return { message, detail: [causeCode, causeMessage].filter(Boolean).join(': ') };
}

export function problemFromFetchError(
  error: unknown,
  timeoutMs: number,
  online = typeof navigator === 'undefined' ? true : navigator.onLine,
): Problem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { code: 'timeout', seconds: Math.round(timeoutMs / 1000) };
  const { message, detail } = describeError(error);
  const raw = detail ? `${message} (${detail})` : message;
  if (!online) return { code: 'offline', raw };
  const text = `${message} ${detail}`;
  if (TLS_FAILURE.test(text)) return { code: 'tls', raw };
  if (HOST_UNREACHABLE.test(text)) return { code: 'unreachable', raw };
  return { code: 'network', raw };
}

export interface FetchOptions {
  timeoutMs?: number;
  /** the caller's cancellation (e.g. the popup closed): reported as `cancelled`, not as a timeout */
  signal?: AbortSignal;
  /**
   * Send the browser's cookies for this host. Only the rights check (the admin logged in to this
   * browser) and the processes-by-type look-up (admin pages, process-kinds-remote.ts) do; API
   * calls never do: they carry the key and nothing of the admin's session.
   */
  withCookies?: boolean;
}

export type FetchResult = { ok: true; answer: HttpAnswer } | { ok: false; problem: Problem };

export async function fetchAnswer(url: string, init: RequestInit, options: number | FetchOptions = {}): Promise<FetchResult> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, signal, withCookies = false } = typeof options === 'number' ? { timeoutMs: options } : options;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      credentials: withCookies ? 'include' : 'omit',
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    const body = response.type === 'opaqueredirect' ? '' : await response.text();
    const headers = [...response.headers.entries()].slice(0, 40).map(([name, value]): [string, string] => [name, value.slice(0, 300)]);
    return { ok: true, answer: { status: response.status, contentType: response.headers.get('content-type') ?? '', body, headers } };
  } catch (error) {
    if (signal?.aborted) return { ok: false, problem: { code: 'unknown', raw: 'cancelled' } };
    return { ok: false, problem: problemFromFetchError(error, timeoutMs) };
  }
}
