/**
 * What the process editor's in-page "Test this URL" may make the background do (README, Security).
 * A school's own page script can fill the URL field, press our buttons, and hide, cover or move
 * them under the admin's own click (the 2025 "DOM-based extension clickjacking" class); it can read
 * whatever our open shadow roots show. So the page never sends a call: its Send opens the call, as
 * the preview showed it, on the extension's own page (the popup's webhook tab in a tab of its own),
 * where the admin sees the URL, presses Send, grants access to a new host from that click and reads
 * the answer — a surface the page can neither draw over nor read. What the page can still cause is
 * that tab opening, and only:
 * - with a click token asked inside the admin's own (trusted, intended) click (click-tokens.ts);
 * - for a host the admin typed in the field (the content script follows the admin's own edits and
 *   names the host they left, `typedHost`) or one the modal showed as saved for this very process
 *   (`cs-to-bg/call-urls-seen`, remembered per school and process);
 * - never for GetCourse itself: `*.getcourse.ru`, `*.getcourse.io`, the school's own page and every
 *   saved school's origin — checked before anything else is said, so the answer does not tell a
 *   page which own domains the admin granted;
 * - at most CONFIRMS_PER_MINUTE a minute per tab, into one confirmation tab per page tab (a second
 *   Send brings that tab back with the new call instead of opening another).
 * State is in memory, like the tokens: a restarted worker forgets the counts and the tab it opened,
 * which a page cannot cause and which still leaves every opening behind an admin's click.
 */
import { browser } from 'wxt/browser';
import { buildCallRequest, checkCallTarget, LOCALHOST_CALLS_ALLOWED } from '@/utils/call-url-request';
import type { ParsedOf } from '@/utils/contract';
import type { CS_TO_BG } from '@/utils/message-names';
import type { DoneReply } from '@/utils/messages';
import type { Problem } from '@/utils/problem';
import { pageCallQuery, type PageCall } from '@/utils/page-call-link';
import type { SchoolAddress } from '@/utils/school';
import { listCallUrls, rememberCallUrls } from './call-url-store';
import { forgetTabTokens, overRate, redeemClickToken, resetClickTokens } from './click-tokens';
import { listSchools } from './school-store';
import type { ProcessKind } from '@/utils/process-url';

/** An admin tries a URL, fixes it, tries again: six a minute leaves room for that and no more. */
export const CONFIRMS_PER_MINUTE = 6;

const confirmsAt = new Map<number, number[]>();
/** Page tab → the confirmation tab it opened (one each). */
const confirmTabs = new Map<number, number>();

const GETCOURSE_HOST = /(^|\.)getcourse\.(ru|io)$/i;

const refuse = (problem: Problem): { ok: false; problem: Problem } => ({ ok: false, problem });

function hostnameOf(origin: string): string {
  return new URL(origin).hostname;
}

/** The origin a template would be sent to, when it is one a test call may reach at all. */
function targetOrigin(template: string, kind: ProcessKind): string | null {
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

/** `cs-to-bg/confirm-call`: the token, the rate, the target; then the call opened for confirmation. */
export async function confirmCallFromPage(
  message: ParsedOf<typeof CS_TO_BG.confirmCall>,
  tabId: number,
  school: SchoolAddress,
  processId: string,
  now = Date.now(),
): Promise<DoneReply> {
  if (!redeemClickToken(message.token, tabId, 'confirm-call', now)) return refuse({ code: 'not-clicked' });
  const wait = overRate(confirmsAt, tabId, CONFIRMS_PER_MINUTE, now);
  if (wait !== null) return refuse({ code: 'too-many', seconds: wait });
  const origin = targetOrigin(message.template, message.kind);
  if (origin === null) return refuse({ code: 'insecure-target', raw: message.template.slice(0, 300) });
  const problem = await pageTargetProblem(origin, message.typedHost, school, processId);
  if (problem) return refuse(problem);
  await showConfirmation(tabId, { template: message.template, method: message.method, kind: message.kind, processId });
  return { ok: true };
}

/**
 * The popup page in a tab beside the school's, opened by it: the popup takes its school from the
 * tab that opened it (components/popup/active-tab.ts). The tab opened before is reused while open.
 */
async function showConfirmation(pageTabId: number, call: PageCall): Promise<void> {
  const url = `${browser.runtime.getURL('/popup.html')}${pageCallQuery(call)}`;
  const before = confirmTabs.get(pageTabId);
  if (before !== undefined) {
    try {
      await browser.tabs.update(before, { url, active: true });
      return;
    } catch {
      // closed by the admin meanwhile: a new one below
    }
  }
  const opened = await browser.tabs.create({ url, openerTabId: pageTabId });
  if (opened.id !== undefined) confirmTabs.set(pageTabId, opened.id);
}

/** `cs-to-bg/call-urls-seen`: added to what this process showed before (every «Вызвать URL» block of it counts). */
export async function rememberSeenCallUrls(host: string, processId: string, urls: string[]): ReturnType<typeof rememberCallUrls> {
  const before = (await listCallUrls(host)).filter((entry) => entry.processId === processId).map((entry) => entry.url);
  return rememberCallUrls(host, processId, [...urls, ...before]);
}

export function forgetTabCalls(tabId: number): void {
  confirmsAt.delete(tabId);
  confirmTabs.delete(tabId);
  forgetTabTokens(tabId);
}

/** A worker starting afresh: no tokens, counts or tabs opened. */
export function resetPageCalls(): void {
  confirmsAt.clear();
  confirmTabs.clear();
  resetClickTokens();
}
