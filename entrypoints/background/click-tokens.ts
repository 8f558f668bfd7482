/**
 * One-time click tokens (README, Security). The in-page views sit in open shadow roots, so a
 * school's own page script can fill the call-URL field and press our buttons; the content script
 * ignores such untrusted clicks, and this is the background's half of the same rule: a test call or
 * an access page is served only with a token the content script asked for inside the admin's own
 * (trusted) click, moments before.
 *
 * Why a token and not a flag in the request: the background cannot see the click, and a flag would
 * be as good as any page-driven code path that learns to set it. A token is issued per click, bound
 * to the tab and the one action the click was on, good for a few seconds and spent on first use, so
 * one click is at most one request, and the tokens a tab may ask for are counted per minute.
 * Kept in memory only: a restarted worker starts with none, which costs at most one more click.
 */
import type { ClickAction, ClickTokenReply } from '@/utils/messages';

/** From the click to the request is one message round trip: a few seconds is generous. */
export const CLICK_TOKEN_TTL_MS = 5_000;
/** An admin clicks Send or Allow access a few times a minute at most. */
export const CLICK_TOKENS_PER_MINUTE = 10;
const MINUTE = 60_000;

interface Issued {
  tabId: number;
  action: ClickAction;
  expires: number;
}

const tokens = new Map<string, Issued>();
/** When each tab was last given tokens, within the last minute. */
const issuedAt = new Map<number, number[]>();

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Counts `now` against `limit` per minute for one key; the seconds to wait when over it. */
export function overRate(log: Map<number, number[]>, key: number, limit: number, now: number): number | null {
  const recent = (log.get(key) ?? []).filter((at) => now - at < MINUTE);
  if (recent.length >= limit) {
    log.set(key, recent);
    return Math.max(1, Math.ceil((recent[0]! + MINUTE - now) / 1000));
  }
  recent.push(now);
  log.set(key, recent);
  return null;
}

export function issueClickToken(tabId: number, action: ClickAction, now = Date.now()): ClickTokenReply {
  for (const [token, issued] of tokens) if (issued.expires <= now) tokens.delete(token);
  const wait = overRate(issuedAt, tabId, CLICK_TOKENS_PER_MINUTE, now);
  if (wait !== null) return { ok: false, problem: { code: 'too-many', seconds: wait } };
  const token = randomToken();
  tokens.set(token, { tabId, action, expires: now + CLICK_TOKEN_TTL_MS });
  return { ok: true, token };
}

/**
 * Spends a token: true only for one issued to this tab for this action that has not expired. Any
 * token presented is gone afterwards, even one presented from the wrong tab.
 */
export function redeemClickToken(token: string | undefined, tabId: number, action: ClickAction, now = Date.now()): boolean {
  if (!token) return false;
  const issued = tokens.get(token);
  tokens.delete(token);
  return issued !== undefined && issued.tabId === tabId && issued.action === action && now < issued.expires;
}

export function forgetTabTokens(tabId: number): void {
  issuedAt.delete(tabId);
  for (const [token, issued] of tokens) if (issued.tabId === tabId) tokens.delete(token);
}

/** A worker starting afresh holds no tokens (module state survives only in tests). */
export function resetClickTokens(): void {
  tokens.clear();
  issuedAt.clear();
}
