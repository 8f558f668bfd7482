/**
 * The message contract (utils/contract.ts) against the router and the shapes the pages use. The
 * router's handler maps are typed from the table, so a missing handler or a reply of another type
 * fails `tsc`; the type assertions here fail `tsc` when a shared shape and its schema disagree
 * (they once did: `testDomain` optional in the schema, required in the type). The rest runs.
 */
import { CONTRACT, type MessageType, type ParsedOf, type RequestOf, type ReplyOf } from '@/utils/contract';
import { HANDLED } from '@/entrypoints/background/router';
import type { ClickAction, OfferSeen, SettingsReply, TestCallUrlReply, WatchReply } from '@/utils/messages';
import type { Settings } from '@/utils/settings';

const rows = Object.entries(CONTRACT) as [MessageType, (typeof CONTRACT)[MessageType]][];

describe('the contract table', () => {
  it('names each message by direction, and says the same sender kind', () => {
    for (const [type, row] of rows)
      expect(row.from, type).toBe(type.startsWith('cs-to-bg/') ? 'content' : type.startsWith('ui-to-bg/') ? 'page' : 'neither');
  });

  it('each request schema accepts only its own name', () => {
    for (const [type, row] of rows) {
      const literal = (row.request as unknown as { shape: { type: { value: string } } }).shape.type.value;
      expect(literal, type).toBe(type);
    }
  });

  it('the router handles exactly the messages of the table, each from its sender kind', () => {
    expect([...HANDLED.page].sort()).toEqual(
      rows
        .filter(([, row]) => row.from === 'page')
        .map(([type]) => type)
        .sort(),
    );
    expect([...HANDLED.content].sort()).toEqual(
      rows
        .filter(([, row]) => row.from === 'content')
        .map(([type]) => type)
        .sort(),
    );
  });

  it('types and schemas agree (checked by tsc; these lines do not build when they drift)', () => {
    expectTypeOf<ParsedOf<'cs-to-bg/offers-seen'>['offers'][number]>().toEqualTypeOf<OfferSeen>();
    expectTypeOf<ParsedOf<'cs-to-bg/click-token'>['action']>().toEqualTypeOf<ClickAction>();
    // the pages may leave testDomain out (the background keeps the saved one); what is saved has it
    expectTypeOf<RequestOf<'ui-to-bg/save-settings'>['settings']>().toEqualTypeOf<{
      standard: Settings['standard'];
      lang: Settings['lang'];
      testDomain?: string | undefined;
    }>();
    expectTypeOf<ReplyOf<'ui-to-bg/save-settings'>>().toEqualTypeOf<SettingsReply>();
    expectTypeOf<ReplyOf<'ui-to-bg/test-webhook'>>().toEqualTypeOf<TestCallUrlReply>();
    // a missing token reaches the background, which refuses it as not-clicked (not as malformed)
    expectTypeOf<ParsedOf<'cs-to-bg/confirm-call'>['token']>().toEqualTypeOf<string | undefined>();
    // the watch's two (issue 21) bring the table to 24
    expectTypeOf<ReplyOf<'ui-to-bg/set-watch'>>().toEqualTypeOf<WatchReply>();
    expect(rows.length).toBe(24);
  });
});
