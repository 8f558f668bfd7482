/**
 * "Test this URL" from the process editor: the background rebuilds the GetCourse-shaped request
 * from the template the page showed (utils/call-url-request.ts), refuses anything but https,
 * needs the host permission the admin granted from a click (never asks by itself), sends once
 * (no retry: a webhook call is not idempotent) and reports status, time and the start of the body.
 */
import { browser } from 'wxt/browser';
import { buildCallRequest, checkCallTarget, LOCALHOST_CALLS_ALLOWED, permissionPattern } from '../call-url-request';
import type { TestCallUrlMessage, TestCallUrlReply } from '../messages';
import { fetchAnswer } from './fetch-answer';

/** Albato answers at once; a call still pending after this is reported as a timeout. */
export const CALL_TIMEOUT_MS = 10_000;
const BODY_LIMIT = 500;

/**
 * Tabs with a call in flight. Lost on a service-worker restart, which also ends the fetch: the
 * guard only has to hold while this worker lives.
 */
const inFlight = new Set<number>();

export async function testCallUrl(message: TestCallUrlMessage, tabId: number, now: () => number = () => performance.now()): Promise<TestCallUrlReply> {
  const built = buildCallRequest(message.template, message.method, message.kind);
  if (!built.ok) return { ok: false, problem: { code: 'insecure-target', raw: message.template.slice(0, 300) } };
  const { request } = built;
  const target = checkCallTarget(request.url, LOCALHOST_CALLS_ALLOWED);
  if (!target.ok) return { ok: false, problem: { code: 'insecure-target', raw: request.url.slice(0, 300) } };
  if (!(await browser.permissions.contains({ origins: [permissionPattern(target.origin)] }))) {
    return { ok: false, problem: { code: 'needs-permission', raw: target.origin } };
  }
  if (inFlight.has(tabId)) return { ok: false, problem: { code: 'busy' } };
  inFlight.add(tabId);
  try {
    const started = now();
    const fetched = await fetchAnswer(request.url, { method: request.method }, CALL_TIMEOUT_MS);
    const ms = Math.round(now() - started);
    if (!fetched.ok) return { ok: false, problem: fetched.problem };
    const { status, contentType, body } = fetched.answer;
    // redirect: 'manual' gives an opaque answer with status 0; GetCourse's own follow-up is unknown.
    if (status === 0 || (status >= 300 && status < 400)) return { ok: false, problem: { code: 'redirect', status } };
    return { ok: true, answer: { url: request.url, method: request.method, status, ms, contentType, body: body.length > BODY_LIMIT ? `${body.slice(0, BODY_LIMIT)}…` : body } };
  } finally {
    inFlight.delete(tabId);
  }
}

/**
 * Opens the extension's own page that asks for the host permission: the request must come from a
 * click in an extension page (a content script cannot ask), and the admin sees the exact origin.
 */
export async function openAccessPage(origin: string, openerTabId: number): Promise<{ ok: true }> {
  const url = `${browser.runtime.getURL('/grant.html')}?origin=${encodeURIComponent(origin)}`;
  await browser.tabs.create({ url, openerTabId });
  return { ok: true };
}
