/**
 * Typed sending from extension pages and content scripts: the request's type and its reply's come
 * from the contract (utils/contract.ts), as types only, so no zod is bundled with the sender.
 */
import { browser } from 'wxt/browser';
import type { AnyRequest, ReplyOf } from './contract';
import type { Failure } from './messages';

export async function sendToBackground<M extends AnyRequest>(message: M): Promise<ReplyOf<M['type']>> {
  try {
    return (await browser.runtime.sendMessage(message)) as ReplyOf<M['type']>;
  } catch (error) {
    const failure: Failure = { ok: false, problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) } };
    // Every reply type includes Failure; spelled as a cast, the union of all replies is too large for the checker.
    return failure as ReplyOf<M['type']>;
  }
}
