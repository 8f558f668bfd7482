/**
 * Which tabs the content script has reported from. Kept in `storage.session` (trusted contexts
 * only by default, gone when the browser closes) so a restarted MV3 worker still knows, and so
 * the popup can tell "reload the tab" (content script not injected yet, e.g. right after install)
 * from "not a GetCourse admin page".
 */
import type { PageKind } from '@/utils/page-detect';
import type { PageSeenReply, TabStatusReply } from '@/utils/messages';
import { pageSeenIn } from './storage/items';

export async function rememberPageSeen(tabId: number, pageKind: PageKind | null): Promise<PageSeenReply> {
  await pageSeenIn(tabId).set({ pageKind, at: Date.now() });
  return { ok: true };
}

export async function tabStatus(tabId: number): Promise<TabStatusReply> {
  const seen = await pageSeenIn(tabId).get();
  return { ok: true, contentScriptSeen: seen !== null, pageKind: seen?.pageKind ?? null };
}

export function forgetTab(tabId: number): Promise<void> {
  return pageSeenIn(tabId).remove();
}
