/**
 * Test calls to a webhook URL from the popup's webhook test (issue 6), where "Test this URL" in
 * the process editor also ends (page-calls.ts): the background rebuilds the GetCourse-shaped
 * request from the template (utils/call-url-request.ts), refuses anything but https,
 * needs the host permission the admin granted from a click (never asks by itself), sends once
 * (no retry: a webhook call is not idempotent) and reports status, time and the start of the body.
 */
import { browser } from 'wxt/browser';
import { buildCallRequest, checkCallTarget, LOCALHOST_CALLS_ALLOWED, permissionPattern } from '@/utils/call-url-request';
import type { TestCallUrlReply } from '@/utils/messages';
import { fetchAnswer } from './fetch-answer';
import { keepInHistory } from './history';
import type { ProcessKind } from '@/utils/process-url';

/** Albato answers at once; a call still pending after this is reported as a timeout. */
export const CALL_TIMEOUT_MS = 10_000;
const BODY_LIMIT = 500;

/**
 * Places (the popup of a school) with a call in flight. Lost on a service-worker restart,
 * which also ends the fetch: the guard only has to hold while this worker lives.
 */
const inFlight = new Set<string>();

export interface TestCall {
  template: string;
  method: 'GET' | 'POST';
  kind: ProcessKind;
}

/** One call at a time per place (a school's popup: `popup:<origin>`). */
export async function sendTestCall(
  message: TestCall,
  place: string,
  now: () => number = () => performance.now(),
): Promise<TestCallUrlReply> {
  const built = buildCallRequest(message.template, message.method, message.kind);
  if (!built.ok) return { ok: false, problem: { code: 'insecure-target', raw: message.template.slice(0, 300) } };
  const { request } = built;
  const target = checkCallTarget(request.url, LOCALHOST_CALLS_ALLOWED);
  if (!target.ok) return { ok: false, problem: { code: 'insecure-target', raw: request.url.slice(0, 300) } };
  if (!(await browser.permissions.contains({ origins: [permissionPattern(target.origin)] }))) {
    return { ok: false, problem: { code: 'needs-permission', raw: target.origin } };
  }
  if (inFlight.has(place)) return { ok: false, problem: { code: 'busy' } };
  inFlight.add(place);
  try {
    const started = now();
    const fetched = await fetchAnswer(request.url, { method: request.method }, CALL_TIMEOUT_MS);
    const ms = Math.round(now() - started);
    if (!fetched.ok) return { ok: false, problem: fetched.problem };
    const { status, contentType, body, headers = [] } = fetched.answer;
    // redirect: 'manual' gives an opaque answer with status 0; GetCourse's own follow-up is unknown.
    if (status === 0 || (status >= 300 && status < 400)) return { ok: false, problem: { code: 'redirect', status } };
    return {
      ok: true,
      answer: {
        url: request.url,
        method: request.method,
        status,
        ms,
        contentType,
        headers,
        body: body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}…` : body,
      },
    };
  } finally {
    inFlight.delete(place);
  }
}

/**
 * Sends a test call and keeps it in the school's history (issue 6), whatever came back. A call
 * that went out keeps its answer even when the history cannot be written: the reply says so.
 */
export async function sendAndRecord(call: TestCall, place: string, host: string): Promise<TestCallUrlReply> {
  return recordCall(host, call, await sendTestCall(call, place));
}

/**
 * Keeps a test call, or the reason it was not sent, in the school's history; the reply says when
 * the history could not be written (storage full), and keeps the answer all the same.
 */
export async function recordCall(host: string, call: TestCall, reply: TestCallUrlReply): Promise<TestCallUrlReply> {
  const request = { kind: 'webhook' as const, template: call.template, method: call.method, sample: call.kind };
  if (reply.ok) {
    const { answer } = reply;
    const notKept = await keepInHistory(host, {
      target: answer.url,
      outcome: answer.status < 400 ? 'ok' : 'fail',
      status: answer.status,
      ms: answer.ms,
      summary: `HTTP ${answer.status} ${answer.body.slice(0, 200)}`.trim(),
      request,
    });
    return notKept ? { ok: true, answer: { ...answer, historyNotKept: notKept } } : reply;
  }
  const notKept = await keepInHistory(host, {
    target: call.template.slice(0, 4096),
    outcome: 'fail',
    summary: [reply.problem.code, reply.problem.raw].filter(Boolean).join(': ').slice(0, 500),
    problem: reply.problem,
    request,
  });
  return notKept ? { ok: false, problem: { ...reply.problem, historyNotKept: notKept } } : reply;
}
