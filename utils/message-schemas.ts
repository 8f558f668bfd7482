/** zod schemas for every message the background accepts. Background and extension pages only. */
import { z } from 'zod';
import { settingsSchema } from './settings-schema';
import { CHECK_PORT_MESSAGES, CS_TO_BG, UI_TO_BG } from './messages';
import { DETECTORS, type PageKind } from './page-detect';
import { MAX_CALL_URL_LENGTH } from './process-url';
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

export { settingsSchema, testDomainSchema } from './settings-schema';

/** An offer as a page shows it, within the caps of utils/page-data-limits.ts. */
export const offerSeenSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  title: z.string().max(OFFER_TITLE_MAX),
  code: z.string().max(OFFER_CODE_MAX),
  price: z.string().max(OFFER_PRICE_MAX),
}).strict();

/**
 * Optional in the schema on purpose: a request without a token is refused as `not-clicked` (the
 * catalogue explains it), not as a malformed message.
 */
const clickToken = z.string().max(100).optional();
const typedHost = z.string().max(253).optional();

const pageKind = z.enum(DETECTORS.map((d) => d.kind) as [PageKind, ...PageKind[]]);

export const csToBgSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(CS_TO_BG.pageSeen), url: z.string().max(4096), pageKind: pageKind.nullable() }).strict(),
  z.object({ type: z.literal(CS_TO_BG.getSettings), lang: z.enum(['ru', 'en']).optional() }).strict(),
  z.object({
    type: z.literal(CS_TO_BG.offersSeen),
    offers: z.array(offerSeenSchema).min(1).max(OFFERS_PER_MESSAGE_MAX),
  }).strict(),
  z.object({ type: z.literal(CS_TO_BG.knownOffers) }).strict(),
  z.object({ type: z.literal(CS_TO_BG.processKind), processId: z.string().regex(/^\d{1,20}$/), kind: z.enum(['user', 'deal']).optional() }).strict(),
  z.object({
    type: z.literal(CS_TO_BG.schoolFields),
    context: z.enum(['user', 'deal']).optional(),
    titles: z.array(z.string().max(FIELD_TITLE_MAX)).max(FIELDS_PER_CONTEXT_MAX).optional(),
  }).strict().refine((m) => (m.context === undefined) === (m.titles === undefined), 'context and titles come together'),
  z.object({ type: z.literal(CS_TO_BG.testCallUrl), token: clickToken, template: z.string().min(1).max(MAX_CALL_URL_LENGTH), method: z.enum(['GET', 'POST']), kind: z.enum(['user', 'deal']), typedHost }).strict(),
  z.object({ type: z.literal(CS_TO_BG.requestAccess), token: clickToken, template: z.string().min(1).max(MAX_CALL_URL_LENGTH), typedHost }).strict(),
  z.object({ type: z.literal(CS_TO_BG.clickToken), action: z.enum(['test-call', 'request-access']) }).strict(),
  z.object({ type: z.literal(CS_TO_BG.callUrlsSeen), processId: z.string().regex(/^\d{1,20}$/), urls: z.array(z.string().min(1).max(CALL_URL_MAX)).min(1).max(CALL_URLS_PER_PROCESS_MAX) }).strict(),
]);

const schoolId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const httpsOrigin = z
  .string()
  .max(300)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an https origin such as https://school.getcourse.ru');

export const uiToBgSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(UI_TO_BG.tabStatus), tabId: z.number().int().nonnegative() }).strict(),
  z.object({ type: z.literal(UI_TO_BG.getSettings) }).strict(),
  z.object({ type: z.literal(UI_TO_BG.saveSettings), settings: settingsSchema.strict() }).strict(),
  z.object({ type: z.literal(UI_TO_BG.listOffers), origin: httpsOrigin }).strict(),
  z.object({ type: z.literal(UI_TO_BG.listSchools) }).strict(),
  z.object({
    type: z.literal(UI_TO_BG.saveSchool),
    id: schoolId.optional(),
    name: z.string().trim().min(1).max(200),
    origin: z.string().trim().max(300),
    remember: z.boolean(),
    key: z.string().trim().min(1).max(256).optional(),
  }).strict(),
  z.object({ type: z.literal(UI_TO_BG.removeSchool), id: schoolId }).strict(),
  z.object({ type: z.literal(UI_TO_BG.clearAllData) }).strict(),
  z.object({ type: z.literal(UI_TO_BG.lastCheck), schoolId }).strict(),
  z.object({ type: z.literal(UI_TO_BG.listCallUrls), origin: httpsOrigin }).strict(),
  z.object({ type: z.literal(UI_TO_BG.testWebhook), origin: httpsOrigin, template: z.string().trim().min(1).max(4096), method: z.enum(['GET', 'POST']), kind: z.enum(['user', 'deal']) }).strict(),
  z.object({ type: z.literal(UI_TO_BG.listHistory), origin: httpsOrigin }).strict(),
  z.object({ type: z.literal(UI_TO_BG.clearHistory), origin: httpsOrigin }).strict(),
  z.object({
    type: z.literal(UI_TO_BG.testImport),
    schoolId,
    endpoint: z.enum(['users', 'deals']),
    params: z.unknown(),
    confirmedRisks: z.array(z.string().max(64)).max(20),
  }).strict(),
  z.object({ type: z.literal(UI_TO_BG.importCurlWithKey), schoolId, endpoint: z.enum(['users', 'deals']), params: z.unknown() }).strict(),
]);

/** The one message a "Check connection" port accepts (CHECK_PORT). */
export const startCheckSchema = z.object({ type: z.literal(CHECK_PORT_MESSAGES.startCheck), schoolId }).strict();

export type CsToBg = z.infer<typeof csToBgSchema>;
export type UiToBg = z.infer<typeof uiToBgSchema>;
