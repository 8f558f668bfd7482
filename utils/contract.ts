/**
 * The message contract, written once: every message the background accepts, as one table from its
 * name to who may send it, the zod schema its request must pass, and the type of its reply.
 * - the background validates each request with its schema (entrypoints/background/router.ts, whose
 *   handler map the compiler checks against this table: a missing handler or a reply of another
 *   type does not build);
 * - senders get their types from here (`RequestOf`, `ReplyOf`, utils/send.ts) with `import type`
 *   only, so content scripts and pages carry no zod (tests/bundle.test.ts, tests/import-rules.test.ts);
 * - the shapes replies share (schools, offers, answers, problems) are in utils/messages.ts.
 *
 * Adding a message: a name in utils/message-names.ts, a row here, a handler in the router. Ports
 * (PORTS, at the end) are rows of their own: each has its own listener in the background.
 */
import { z } from 'zod';
import { settingsSchema } from './settings-schema';
import { CHECK_PORT, CHECK_PORT_MESSAGES, CS_TO_BG, UI_TO_BG } from './message-names';
import type * as Reply from './messages';
import { MAX_CALL_URL_LENGTH, PROCESS_KINDS } from './process-url';
import { isHostName } from './school';
import { WATCH_PERIODS } from './watch';
import { CONTENT_SECTIONS } from './locales/content';
import { STYLE_NAMES } from '@/utils/content-styles';
import {
  CALL_URL_MAX,
  CALL_URLS_PER_PROCESS_MAX,
  FIELD_TITLE_MAX,
  FIELDS_PER_CONTEXT_MAX,
  OFFER_CODE_MAX,
  OFFER_PRICE_MAX,
  OFFER_TITLE_MAX,
  OFFERS_PER_MESSAGE_MAX,
} from './page-data-limits';

/** An offer as a page shows it, within the caps of utils/page-data-limits.ts. */
export const offerSeenSchema = z
  .object({
    id: z.string().regex(/^\d{1,20}$/),
    title: z.string().max(OFFER_TITLE_MAX),
    code: z.string().max(OFFER_CODE_MAX),
    price: z.string().max(OFFER_PRICE_MAX),
  })
  .strict() satisfies z.ZodType<Reply.OfferSeen>;

/**
 * Optional in the schema on purpose: a request without a token is refused as `not-clicked` (the
 * catalogue explains it), not as a malformed message.
 */
const clickToken = z.string().max(100).optional();
const typedHost = z.string().max(253).optional();

const schoolId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** A school's address as the pages name it: an https origin whose host is a plain host name (no `*`: utils/school.ts). */
const httpsOrigin = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.origin === value && isHostName(url.hostname);
    } catch {
      return false;
    }
  }, 'must be an https origin such as https://school.getcourse.ru');

/** The reply's type, carried by the table (there is nothing to check at run time: the background writes it). */
// oxlint-disable-next-line typescript/no-unnecessary-type-parameters -- T is the point: the row carries the reply's type, nothing at run time
const reply = <T>() => undefined as unknown as T;

/**
 * One row per message. `from`: who may send it (`content`: a content script in a tab; `page`: an
 * extension page); the router refuses any other sender before reading the request.
 */
export const CONTRACT = {
  // From content scripts. Which page and school each is accepted from: the router's handler map.
  /**
   * `lang`: the page's browser language, used when the settings say "as the browser"; `strings` and
   * `styles`: the dictionary sections and styles the page's features draw with (their `needs`).
   */
  [CS_TO_BG.getSettings]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.getSettings),
        lang: z.enum(['ru', 'en']).optional(),
        strings: z.array(z.enum(CONTENT_SECTIONS)).max(CONTENT_SECTIONS.length),
        styles: z.array(z.enum(STYLE_NAMES)).max(STYLE_NAMES.length),
      })
      .strict(),
    reply: reply<Reply.PageSettingsReply>(),
  },
  /** Offers as a page shows them, remembered per school (the school is the sender's page, never the message's). */
  [CS_TO_BG.offersSeen]: {
    from: 'content',
    request: z
      .object({ type: z.literal(CS_TO_BG.offersSeen), offers: z.array(offerSeenSchema).min(1).max(OFFERS_PER_MESSAGE_MAX) })
      .strict(),
    reply: reply<Reply.DoneReply>(),
  },
  /** The offers list asks what the school's offer forms told (ref R.3: the list has no code column). */
  [CS_TO_BG.knownOffers]: {
    from: 'content',
    request: z.object({ type: z.literal(CS_TO_BG.knownOffers) }).strict(),
    reply: reply<Reply.OffersReply>(),
  },
  /**
   * The object kind of a process: a page that shows it tells it (`kind`); the editor, which does
   * not, asks (no `kind`), and the background may read it from GetCourse's processes-by-type list.
   */
  [CS_TO_BG.processKind]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.processKind),
        processId: z.string().regex(/^\d{1,20}$/),
        kind: z.enum(PROCESS_KINDS).optional(),
      })
      .strict(),
    reply: reply<Reply.ProcessKindReply>(),
  },
  /**
   * Custom-field titles, per kind: the field pages tell them (`context` + `titles`), the process
   * editor asks (neither) to check `{object.<title>}` variables.
   */
  [CS_TO_BG.schoolFields]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.schoolFields),
        context: z.enum(PROCESS_KINDS).optional(),
        titles: z.array(z.string().max(FIELD_TITLE_MAX)).max(FIELDS_PER_CONTEXT_MAX).optional(),
      })
      .strict()
      .refine((m) => (m.context === undefined) === (m.titles === undefined), 'context and titles come together'),
    reply: reply<Reply.SchoolFieldsReply>(),
  },
  /**
   * "Test this URL": the call the preview showed, to be confirmed on the extension's own page
   * (README, Security). Opened only with a fresh click token, for a host the admin typed
   * (`typedHost`) or the process showed as saved, never GetCourse.
   */
  [CS_TO_BG.confirmCall]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.confirmCall),
        token: clickToken,
        template: z.string().min(1).max(MAX_CALL_URL_LENGTH),
        method: z.enum(['GET', 'POST']),
        kind: z.enum(PROCESS_KINDS),
        typedHost,
      })
      .strict(),
    reply: reply<Reply.DoneReply>(),
  },
  /** The «Вызвать URL» templates a block showed as saved, remembered for the popup's webhook test. */
  [CS_TO_BG.callUrlsSeen]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.callUrlsSeen),
        processId: z.string().regex(/^\d{1,20}$/),
        urls: z.array(z.string().min(1).max(CALL_URL_MAX)).min(1).max(CALL_URLS_PER_PROCESS_MAX),
      })
      .strict(),
    reply: reply<Reply.DoneReply>(),
  },
  /** Asked inside the admin's own (trusted) click: a token good for that one action, from this tab, once. */
  [CS_TO_BG.clickToken]: {
    from: 'content',
    request: z
      .object({
        type: z.literal(CS_TO_BG.clickToken),
        action: z.enum(['confirm-call']) satisfies z.ZodType<Reply.ClickAction>,
      })
      .strict(),
    reply: reply<Reply.ClickTokenReply>(),
  },

  // From extension pages.
  [UI_TO_BG.getSettings]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.getSettings) }).strict(),
    reply: reply<Reply.SettingsReply>(),
  },
  /** `testDomain` may be left out: the background keeps the saved one (pages that only set the language). */
  [UI_TO_BG.saveSettings]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.saveSettings), settings: settingsSchema.strict() }).strict(),
    reply: reply<Reply.SettingsReply>(),
  },
  [UI_TO_BG.listOffers]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.listOffers), origin: httpsOrigin }).strict(),
    reply: reply<Reply.OffersReply>(),
  },
  [UI_TO_BG.listSchools]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.listSchools) }).strict(),
    reply: reply<Reply.SchoolsReply>(),
  },
  /** Privileged: may carry a key. `key` absent keeps the saved one, unless `origin` changes: then the key is dropped. */
  [UI_TO_BG.saveSchool]: {
    from: 'page',
    request: z
      .object({
        type: z.literal(UI_TO_BG.saveSchool),
        id: schoolId.optional(),
        name: z.string().trim().min(1).max(200),
        origin: z.string().trim().max(300),
        remember: z.boolean(),
        key: z.string().trim().min(1).max(256).optional(),
      })
      .strict(),
    reply: reply<Reply.SchoolReply>(),
  },
  [UI_TO_BG.removeSchool]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.removeSchool), id: schoolId }).strict(),
    reply: reply<Reply.DoneReply>(),
  },
  [UI_TO_BG.clearAllData]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.clearAllData) }).strict(),
    reply: reply<Reply.DoneReply>(),
  },
  [UI_TO_BG.lastCheck]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.lastCheck), schoolId }).strict(),
    reply: reply<Reply.LastCheckReply>(),
  },
  /** Every saved school's watch (issue 21): its period, health, runs and last changes. */
  [UI_TO_BG.listWatches]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.listWatches) }).strict(),
    reply: reply<Reply.WatchesReply>(),
  },
  /** A school's watch on with a period, or off (null); refused for a school whose key is not remembered on this device. */
  [UI_TO_BG.setWatch]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.setWatch), schoolId, period: z.enum(WATCH_PERIODS).nullable() }).strict(),
    reply: reply<Reply.WatchReply>(),
  },
  [UI_TO_BG.listCallUrls]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.listCallUrls), origin: httpsOrigin }).strict(),
    reply: reply<Reply.CallUrlsReply>(),
  },
  /** The popup's one-click webhook test: a URL the admin pasted or picked, for a sample user or order. */
  [UI_TO_BG.testWebhook]: {
    from: 'page',
    request: z
      .object({
        type: z.literal(UI_TO_BG.testWebhook),
        origin: httpsOrigin,
        template: z.string().trim().min(1).max(4096),
        method: z.enum(['GET', 'POST']),
        kind: z.enum(PROCESS_KINDS),
      })
      .strict(),
    reply: reply<Reply.TestCallUrlReply>(),
  },
  [UI_TO_BG.listHistory]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.listHistory), origin: httpsOrigin }).strict(),
    reply: reply<Reply.HistoryReply>(),
  },
  [UI_TO_BG.clearHistory]: {
    from: 'page',
    request: z.object({ type: z.literal(UI_TO_BG.clearHistory), origin: httpsOrigin }).strict(),
    reply: reply<Reply.DoneReply>(),
  },
  /**
   * A test import for a saved school: the form's params (validated again in the background with the
   * import schema) and the risks the admin confirmed. The key never travels: the background has it.
   */
  [UI_TO_BG.testImport]: {
    from: 'page',
    request: z
      .object({
        type: z.literal(UI_TO_BG.testImport),
        schoolId,
        endpoint: z.enum(['users', 'deals']),
        params: z.unknown(),
        confirmedRisks: z.array(z.string().max(64)).max(20),
      })
      .strict(),
    reply: reply<Reply.TestImportReply>(),
  },
  /** The admin's explicit "copy with key": the curl with the real key, to the page that asked only. */
  [UI_TO_BG.importCurlWithKey]: {
    from: 'page',
    request: z
      .object({ type: z.literal(UI_TO_BG.importCurlWithKey), schoolId, endpoint: z.enum(['users', 'deals']), params: z.unknown() })
      .strict(),
    reply: reply<Reply.ImportCurlReply>(),
  },
} as const satisfies Record<string, { from: 'content' | 'page'; request: z.ZodType<{ type: string }>; reply: unknown }>;

export type MessageType = keyof typeof CONTRACT;
/** Messages a sender of this kind may send. */
export type MessageFrom<F extends 'content' | 'page'> = {
  [K in MessageType]: (typeof CONTRACT)[K]['from'] extends F ? K : never;
}[MessageType];
/** What a sender writes (before the schema's trimming and defaults). */
export type RequestOf<K extends MessageType> = z.input<(typeof CONTRACT)[K]['request']>;
/** What the background's handler gets: the request as the schema returns it. */
export type ParsedOf<K extends MessageType> = z.output<(typeof CONTRACT)[K]['request']>;
export type ReplyOf<K extends MessageType> = (typeof CONTRACT)[K]['reply'];
/** Any message the background accepts, as its sender writes it. */
export type AnyRequest = { [K in MessageType]: RequestOf<K> }[MessageType];

/**
 * The long-lived ports, one row each as for the messages above: the port's name, who may open it,
 * the one message it accepts (the background validates it on receipt: entrypoints/background/check-port.ts)
 * and what flows back over it. A port, not a message, where the page must see each step as it ends
 * and closing the page must cancel the work.
 */
export const PORTS = {
  /** "Check connection": one `startCheck`, then each step as it ends and the report, or a refusal. */
  [CHECK_PORT]: {
    from: 'page',
    request: z.object({ type: z.literal(CHECK_PORT_MESSAGES.startCheck), schoolId }).strict(),
    reply: reply<Reply.CheckPortMessage>(),
  },
} as const satisfies Record<string, { from: 'page'; request: z.ZodType<{ type: string }>; reply: unknown }>;

export type PortName = keyof typeof PORTS;
/** What the page posts once the port is open. */
export type PortRequestOf<P extends PortName> = z.input<(typeof PORTS)[P]['request']>;
/** What flows back over the port, any number of times. */
export type PortReplyOf<P extends PortName> = (typeof PORTS)[P]['reply'];
