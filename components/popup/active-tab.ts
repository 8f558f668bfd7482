/**
 * Which school the popup acts on: the one in the tab the admin is looking at, or none — then the
 * popup asks. Never a school from some other tab: acting on a school the admin is not looking at
 * (another window's GetCourse tab, say) would run a check or an import there unasked.
 *
 * The tab looked at is the active tab of the popup's window. When the popup itself runs in a tab
 * (the e2e suites open it so), it is the tab that opened that one; when nothing opened it (a pinned
 * popup, or Chromium's e2e opening it directly), the tab used last before it, the extension's own
 * pages aside. The opener comes first because Firefox reports every window's selected tab as used
 * just now, so "used last" picks the wrong one there. Either way it is that one tab: if its
 * address can't be read (without the `tabs` permission the browser gives a tab's URL only for hosts
 * the extension has access to) or is not a school's, nothing else is tried.
 */
import { browser } from 'wxt/browser';
import { permissionPattern } from '@/utils/call-url-request';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';

export interface TabInfo {
  id: number;
  /** absent when the browser does not give the extension this tab's address */
  url?: string;
}

/** Why the popup cannot tell the school from the tab, so it asks. */
export type AskReason = 'no-tab' | 'unreadable' | 'not-a-school' | 'unsaved-own-domain';

export type PopupSubject = { kind: 'tab'; tab: { id: number; url: string }; school: SchoolAddress } | { kind: 'ask'; reason: AskReason };

/**
 * The school of the tab looked at: a technical domain (`*.getcourse.ru` / `.io`) is a school by its
 * address; any other host only when it is a saved school's own domain the admin granted
 * (`ownDomainSchools`: those schools' origins). Otherwise, why the popup must ask.
 */
export function popupSubject(tab: TabInfo | null, ownDomainSchools: readonly string[]): PopupSubject {
  if (!tab) return { kind: 'ask', reason: 'no-tab' };
  if (!tab.url) return { kind: 'ask', reason: 'unreadable' };
  const school = schoolFromUrl(tab.url);
  if (!school) return { kind: 'ask', reason: 'not-a-school' };
  if (school.domainKind === 'custom' && !ownDomainSchools.includes(school.origin)) return { kind: 'ask', reason: 'unsaved-own-domain' };
  return { kind: 'tab', tab: { id: tab.id, url: tab.url }, school };
}

/** The tab the admin is looking at (see above), or null when there is none. */
export async function findSubjectTab(): Promise<TabInfo | null> {
  const popupTab = await browser.tabs.getCurrent();
  const tab = !popupTab
    ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
    : popupTab.openerTabId !== undefined
      ? await browser.tabs.get(popupTab.openerTabId).catch(() => undefined) // the opener may be closed by now: then ask
      : await tabUsedLastBefore(popupTab.id);
  if (tab?.id === undefined) return null;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

async function tabUsedLastBefore(popupTabId: number | undefined) {
  const own = browser.runtime.getURL('/');
  const [tab] = (await browser.tabs.query({}))
    .filter((t) => t.id !== popupTabId && !t.url?.startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tab;
}

/** Saved schools on their own domain whose origin the admin granted: the own domains the popup may name from a tab. */
export async function grantedOwnDomainSchools(savedOrigins: readonly string[]): Promise<string[]> {
  const own = savedOrigins.filter((origin) => schoolFromUrl(origin)?.domainKind === 'custom');
  const granted = await Promise.all(own.map((origin) => browser.permissions.contains({ origins: [permissionPattern(origin)] })));
  return own.filter((_origin, i) => granted[i]);
}
