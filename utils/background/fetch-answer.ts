/** One HTTP call from the background, with a timeout and no redirects followed (fact sheet 0.7, H). */
import type { Problem } from '../messages';
import type { HttpAnswer } from '../getcourse-answer';

export const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchAnswer(url: string, init: RequestInit, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<{ ok: true; answer: HttpAnswer } | { ok: false; problem: Problem }> {
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    const body = response.type === 'opaqueredirect' ? '' : await response.text();
    return { ok: true, answer: { status: response.status, contentType: response.headers.get('content-type') ?? '', body } };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, problem: { code: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, problem: { code: 'network', raw: error instanceof Error ? error.message : String(error) } };
  }
}
