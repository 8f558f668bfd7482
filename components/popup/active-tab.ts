/**
 * The tab the popup is about: the active tab of the current window; when the popup itself runs
 * in a tab (pinned, or in tests), the most recently used tab (any window) whose URL we may read instead.
 * Without the `tabs` permission, `tab.url` is only filled for hosts the extension has access to,
 * which is exactly the set of schools it can help with.
 */
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  url: string;
}

export async function findSubjectTab(): Promise<TabInfo | null> {
  const own = browser.runtime.getURL('/');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.url && !active.url.startsWith(own)) return { id: active.id, url: active.url };
  const candidates = (await browser.tabs.query({}))
    .filter((tab) => tab.id !== undefined && tab.url && !tab.url.startsWith(own))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const best = candidates[0];
  return best ? { id: best.id!, url: best.url! } : null;
}
