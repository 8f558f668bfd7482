/**
 * Which tabs the content script has reported from. Kept in `storage.session` (trusted contexts
 * only by default, gone when the browser closes) so a restarted MV3 worker still knows, and so
 * the popup can tell "reload the tab" (content script not injected yet, e.g. right after install)
 * from "not a GetCourse admin page".
 */
import { browser } from 'wxt/browser';
import type { PageKind } from '../page-detect';
import type { PageSeenReply, TabStatusReply } from '../messages';

const keyFor = (tabId: number) => `page-seen:${tabId}`;

export async function rememberPageSeen(tabId: number, pageKind: PageKind | null): Promise<PageSeenReply> {
  await browser.storage.session.set({ [keyFor(tabId)]: { pageKind, at: Date.now() } });
  return { ok: true };
}

export async function tabStatus(tabId: number): Promise<TabStatusReply> {
  const stored = (await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)] as { pageKind: PageKind | null } | undefined;
  return { ok: true, contentScriptSeen: Boolean(stored), pageKind: stored?.pageKind ?? null };
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(keyFor(tabId));
}
