/**
 * What the process editor's in-page "Test this URL" may make the background do (README, Security):
 * a school's own page script can fill the URL field and press our buttons, and the background
 * answers with status, headers and the start of the body, from the admin's address. So, besides
 * the click token (click-tokens.ts), a call from the page goes only
 * - to a host the admin typed in the field (the content script follows the admin's own edits and
 *   names the host they left, `typedHost`) or one the modal showed as saved for this very process
 *   (`cs-to-bg/call-urls-seen`, remembered per school and process);
 * - never to GetCourse itself: `*.getcourse.ru`, `*.getcourse.io`, the school's own page and every
 *   saved school's origin — checked before the host permission, so the answer does not tell a page
 *   which own domains the admin granted;
 * - at most CALLS_PER_MINUTE a minute per tab (one at a time per tab: call-url-test.ts).
 * "Allow access…" follows the same rules for the origin of the call the admin sent, and opens the
 * access page once per tab and page: another origin is refused until the page is reloaded, and the
 * same origin brings back the page already open instead of opening another, for a minute.
 * State is in memory, like the tokens: a restarted worker forgets the counts and the page asked
 * for, which a page cannot cause and which still leaves every request behind an admin's click.
 */
import { browser } from 'wxt/browser';
import { buildCallRequest, checkCallTarget, LOCALHOST_CALLS_ALLOWED } from '../call-url-request';
import type { RequestAccessMessage, TestCallUrlMessage } from '../contract';
import type { DoneReply, Problem, TestCallUrlReply } from '../messages';
import type { SchoolAddress } from '../school';
import { listCallUrls, rememberCallUrls } from './call-url-store';
import { openAccessPage, recordCall, sendAndRecord } from './call-url-test';
import { forgetTabTokens, overRate, redeemClickToken, resetClickTokens } from './click-tokens';
import { listSchools } from './school-store';

/** An admin tries a URL, fixes it, tries again: six a minute leaves room for that and no more. */
export const CALLS_PER_MINUTE = 6;
/** How long a second "Allow access…" for the same origin brings back the page already open. */
export const ACCESS_PAGE_REOPEN_MS = 60_000;

const callsAt = new Map<number, number[]>();
const accessAsked = new Map<number, { origin: string; at: number; pageTabId: number | undefined }>();

const GETCOURSE_HOST = /(^|\.)getcourse\.(ru|io)$/i;

const refuse = (problem: Problem): { ok: false; problem: Problem } => ({ ok: false, problem });

function hostnameOf(origin: string): string {
  return new URL(origin).hostname;
}

/** The origin a template would be sent to, when it is one a test call may reach at all. */
function targetOrigin(template: string, kind: 'user' | 'deal'): string | null {
  const built = buildCallRequest(template, 'GET', kind);
  if (!built.ok) return null;
  const target = checkCallTarget(built.request.url, LOCALHOST_CALLS_ALLOWED);
  return target.ok ? target.origin : null;
}

async function isGetCourse(hostname: string, school: SchoolAddress): Promise<boolean> {
  if (GETCOURSE_HOST.test(hostname) || hostname === hostnameOf(school.origin)) return true;
  return (await listSchools()).some((saved) => hostnameOf(saved.origin) === hostname);
}

/** Host names of the URLs this process's modals showed as saved. */
async function seenHostnames(school: SchoolAddress, processId: string): Promise<Set<string>> {
  const seen = (await listCallUrls(school.host)).filter((entry) => entry.processId === processId);
  return new Set(
    seen
      .map((entry) => targetOrigin(entry.url, entry.kind ?? 'user'))
      .filter((origin): origin is string => origin !== null)
      .map(hostnameOf),
  );
}

/**
 * Whether a page's call may go to `origin`. Host names, not origins: the host permission does
 * not carry a port either (call-url-request.ts, permissionPattern).
 */
async function pageTargetProblem(
  origin: string,
  typedHost: string | undefined,
  school: SchoolAddress,
  processId: string,
): Promise<Problem | null> {
  const hostname = hostnameOf(origin);
  if (await isGetCourse(hostname, school)) return { code: 'getcourse-target', raw: origin };
  if (typedHost !== undefined && typedHost.toLowerCase() === hostname) return null;
  if ((await seenHostnames(school, processId)).has(hostname)) return null;
  return { code: 'untyped-target', raw: origin };
}

/** `cs-to-bg/test-call-url`: the token, the rate, the target; then sent like any test call. */
export async function testCallFromPage(
  message: TestCallUrlMessage,
  tabId: number,
  school: SchoolAddress,
  processId: string,
  now = Date.now(),
): Promise<TestCallUrlReply> {
  if (!redeemClickToken(message.token, tabId, 'test-call', now)) return refuse({ code: 'not-clicked' });
  const wait = overRate(callsAt, tabId, CALLS_PER_MINUTE, now);
  if (wait !== null) return refuse({ code: 'too-many', seconds: wait });
  const call = { template: message.template, method: message.method, kind: message.kind };
  const origin = targetOrigin(message.template, message.kind);
  // A template that is no https URL is refused (and kept in the history) by sendTestCall itself.
  const problem = origin === null ? null : await pageTargetProblem(origin, message.typedHost, school, processId);
  if (problem) {
    return recordCall(school.host, call, refuse(problem));
  }
  return sendAndRecord(call, `tab:${tabId}`, school.host);
}

/** Brings back the access page opened before; false when it is gone (closed by the admin). */
async function bringBack(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    await browser.tabs.update(tabId, { active: true });
    return true;
  } catch {
    return false;
  }
}

/** `cs-to-bg/request-access`: the access page for the origin of the call the admin sent, once per page. */
export async function accessFromPage(
  message: RequestAccessMessage,
  tabId: number,
  school: SchoolAddress,
  processId: string,
  now = Date.now(),
): Promise<DoneReply> {
  if (!redeemClickToken(message.token, tabId, 'request-access', now)) return refuse({ code: 'not-clicked' });
  const origin = targetOrigin(message.template, 'user');
  if (origin === null) return refuse({ code: 'insecure-target', raw: message.template.slice(0, 300) });
  const problem = await pageTargetProblem(origin, message.typedHost, school, processId);
  if (problem) return refuse(problem);
  const asked = accessAsked.get(tabId);
  if (asked && asked.origin !== origin) return refuse({ code: 'access-asked', raw: asked.origin });
  if (asked && now - asked.at < ACCESS_PAGE_REOPEN_MS && (await bringBack(asked.pageTabId))) return { ok: true };
  accessAsked.set(tabId, { origin, at: now, pageTabId: await openAccessPage(origin, tabId) });
  return { ok: true };
}

/** `cs-to-bg/call-urls-seen`: added to what this process showed before (every «Вызвать URL» block of it counts). */
export async function rememberSeenCallUrls(host: string, processId: string, urls: string[]): ReturnType<typeof rememberCallUrls> {
  const before = (await listCallUrls(host)).filter((entry) => entry.processId === processId).map((entry) => entry.url);
  return rememberCallUrls(host, processId, [...urls, ...before]);
}

/** A content script started in the tab: a new page, which may ask for access once again. */
export function newPageInTab(tabId: number): void {
  accessAsked.delete(tabId);
}

export function forgetTabCalls(tabId: number): void {
  callsAt.delete(tabId);
  accessAsked.delete(tabId);
  forgetTabTokens(tabId);
}

/** A worker starting afresh: no tokens, counts or pages asked for. */
export function resetPageCalls(): void {
  callsAt.clear();
  accessAsked.clear();
  resetClickTokens();
}
