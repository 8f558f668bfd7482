/**
 * Typed sending to the background: the request's type and its reply's come from the contract
 * (utils/contract.ts), as types only, so no zod is bundled with the sender. The runtime's own
 * `browser.runtime.sendMessage` is passed in by each side (entrypoints/content/send.ts,
 * components/shared/send.ts), so this module stays pure.
 */
import type { AnyRequest, ReplyOf } from './contract';
import type { Failure } from './messages';

export type SendToBackground = <M extends AnyRequest>(message: M) => Promise<ReplyOf<M['type']>>;

export function typedSender(post: (message: unknown) => Promise<unknown>): SendToBackground {
  return async <M extends AnyRequest>(message: M) => {
    try {
      return (await post(message)) as ReplyOf<M['type']>;
    } catch (error) {
      const failure: Failure = { ok: false, problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) } };
      // Every reply type includes Failure, so it needs no cast.
      return failure;
    }
  };
}
