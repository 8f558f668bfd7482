/**
 * Every value the extension stores, with its area, key, schema and fallback (layout version 3).
 * Nothing else reads or writes browser.storage. Also stored, outside these items:
 * - storage.local `schema-version`: the layout version (`migrate.ts`);
 * - IndexedDB `gc-albato-helper` / `remembered-keys`: API keys the admin asked to remember (`key-vault.ts`).
 *
 * API keys are never in storage.local: content scripts can read that area. They live in
 * storage.session (trusted contexts only) or in the extension origin's IndexedDB.
 */
import { z } from 'zod';
import { settingsSchema, testDomainSchema } from '@/utils/settings-schema';
import { schoolFromUrl } from '@/utils/school';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/utils/settings';
import { PROBLEM_CODES, storedProblemSchema } from '@/utils/problem';
import { CHANGES_KEPT, EMPTY_WATCH_STATE, NOTIFICATIONS_PER_HOUR, type SchoolWatchState } from '../watch/judge';
import { WATCH_PERIODS, WATCH_STEPS, type WatchPeriod } from '@/utils/watch';
import { defineItem, defineItemFamily } from './item';
import { historyEntry, objectKind, type HistoryEntry } from '@/utils/history-entry';
import { PROCESS_KINDS, type ProcessKind } from '@/utils/process-url';

// Each setting falls back on its own, so a setting added later does not reset the others.
export const settingsItem = defineItem(SETTINGS_KEY, {
  area: 'local',
  schema: z.object({
    standard: settingsSchema.shape.standard.default(DEFAULT_SETTINGS.standard),
    lang: settingsSchema.shape.lang.default(DEFAULT_SETTINGS.lang),
    testDomain: testDomainSchema.catch(DEFAULT_SETTINGS.testDomain),
  }),
  fallback: DEFAULT_SETTINGS,
});

// Looser than what a page may send today (utils/page-data-limits.ts): offers kept by an earlier
// version (titles up to 500 characters) stay readable.
const rememberedOffer = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  title: z.string().max(500),
  code: z.string().max(255),
  price: z.string().max(100),
  seenAt: z.number(),
});
/** Offer codes seen on a school's pages, by offer id. Not secret. Page-learned (see PAGE_DATA_FAMILIES). */
export const offersOf = defineItemFamily<string, Record<string, z.infer<typeof rememberedOffer>>>('offers:', {
  area: 'local',
  schema: z.record(z.string(), rememberedOffer),
  fallback: {},
});

/** Each process's object kind, by process id (layout 2 added seenAt, see migrations.ts). Page-learned. */
export const processKindsOf = defineItemFamily<string, Record<string, { kind: z.infer<typeof objectKind>; seenAt: number }>>(
  'process-kinds:',
  {
    area: 'local',
    schema: z.record(z.string(), z.object({ kind: objectKind, seenAt: z.number() })),
    fallback: {},
  },
);

/** The school's custom-field titles per kind; null until that kind's field page was seen. Page-learned. */
export const schoolFieldsOf = defineItemFamily<string, { user: string[] | null; deal: string[] | null }>('school-fields:', {
  area: 'local',
  schema: z.object({ user: z.array(z.string()).nullable().default(null), deal: z.array(z.string()).nullable().default(null) }),
  fallback: { user: null, deal: null },
});

/** A school's address: https, a technical GetCourse domain or the school's own, origin only. */
export const schoolOrigin = z
  .string()
  .max(300)
  .refine((value) => schoolFromUrl(value)?.origin === value, 'must be the https origin of a GetCourse school');
export const schoolSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  name: z.string().trim().min(1).max(200),
  origin: schoolOrigin,
  remember: z.boolean(),
  addedAt: z.number().int().nonnegative(),
  /** the address a key was dropped for: the school moved from it without a new key (school-store.ts) */
  keyDroppedFrom: schoolOrigin.optional(),
});
export type School = z.infer<typeof schoolSchema>;

export const MAX_SCHOOLS = 500;
/** School metadata (no keys): not secret. */
export const schoolsItem = defineItem<School[]>('schools', {
  area: 'local',
  schema: z.array(schoolSchema).max(MAX_SCHOOLS),
  fallback: [],
});

export const apiKeySchema = z.string().trim().min(1).max(256);
/** A school's API key for this browser session only (storage.session: trusted contexts only). */
export const sessionKeyOf = defineItemFamily<string, string | null>('school-key:', {
  area: 'session',
  schema: apiKeySchema.nullable(),
  fallback: null,
});

/** When this extension called the export API for a school (by host): the 100-per-2-hours budget (A.9). */
export const exportCallsOf = defineItemFamily<string, number[]>('export-calls:', {
  area: 'local',
  schema: z.array(z.number()).max(1000),
  fallback: [],
});

const stepResult = z.object({
  id: z.enum(['address', 'key', 'write', 'plan', 'rights', 'limits']),
  status: z.enum(['pass', 'fail', 'skipped']),
  ms: z.number().optional(),
  note: z.record(z.string(), z.unknown()).optional(),
  problem: storedProblemSchema.optional(),
});

/**
 * The last connection check of a school, by school id: no key, only its masked form (so a later
 * refusal of the same key can say "deleted"), the steps and the custom fields GetCourse listed.
 */
export const lastCheckOf = defineItemFamily<string, z.infer<typeof lastCheckSchema> | null>('last-check:', {
  area: 'local',
  schema: z.lazy(() => lastCheckSchema).nullable(),
  fallback: null,
});
const lastCheckSchema = z.object({
  origin: z.string(),
  at: z.number(),
  keyMask: z.string(),
  keyAccepted: z.boolean(),
  keyAcceptedBefore: z.boolean().default(false),
  steps: z.array(stepResult),
  fields: z.array(z.object({ title: z.string(), context: z.enum(PROCESS_KINDS) })).nullable(),
});

/** «Вызвать URL» templates seen on a school's process editor pages, by process id (issue 6: pick one in the popup). Page-learned. */
export const callUrlsOf = defineItemFamily<string, Record<string, { urls: string[]; kind: ProcessKind | null; seenAt: number }>>(
  'call-urls:',
  {
    area: 'local',
    schema: z.record(
      z.string(),
      z.object({ urls: z.array(z.string().max(4096)).max(20), kind: objectKind.nullable(), seenAt: z.number() }),
    ),
    fallback: {},
  },
);

/**
 * Everything a school's pages can make the background keep, by school host: what the content
 * scripts report and what the background reads from the school's own admin pages (process kinds).
 * Written only through `entrypoints/background/page-data.ts`, which holds it to a budget and evicts the
 * least recently used school's; nothing else in storage is ever evicted by it.
 */
export const PAGE_DATA_FAMILIES = [schoolFieldsOf, offersOf, processKindsOf, callUrlsOf] as const;

/**
 * Bytes of page-learned data per school and kind (by the family's prefix), and when the school
 * was last used, for the budget's least-recently-used eviction. Derived data: when it is missing
 * (a fresh install, an older version's storage, "erase all") or damaged, it is rebuilt from the
 * stored items themselves, so it needs no migration.
 */
export const pageDataUseItem = defineItem<Record<string, { usedAt: number; bytes: Record<string, number> }> | null>('page-data-use', {
  area: 'local',
  schema: z
    .record(z.string().max(300), z.object({ usedAt: z.number(), bytes: z.record(z.string().max(40), z.number().int().nonnegative()) }))
    .nullable(),
  fallback: null,
});

export type { HistoryEntry };
export const HISTORY_LIMIT = 100;
/** The last 100 test requests of a school, newest first (issue 6). Keys are never part of an entry. */
export const historyOf = defineItemFamily<string, HistoryEntry[]>('history:', {
  area: 'local',
  schema: z.array(historyEntry).max(HISTORY_LIMIT),
  fallback: [],
});

// ---- Keep watch (issue 21) ----------------------------------------------------------------------

const watchStep = z.enum(WATCH_STEPS);
const watchStateSchema = z.object({
  steps: z.partialRecord(
    watchStep,
    z.object({ status: z.enum(['pass', 'fail']), since: z.number(), problem: z.enum(PROBLEM_CODES).optional() }),
  ),
  unconfirmed: z.partialRecord(watchStep, z.object({ at: z.number(), problem: z.enum(PROBLEM_CODES).optional() })),
  changes: z
    .array(z.object({ at: z.number(), step: watchStep, to: z.enum(['pass', 'fail']), problem: z.enum(PROBLEM_CODES).optional() }))
    .max(CHANGES_KEPT),
  lastRunAt: z.number().nullable(),
}) satisfies z.ZodType<SchoolWatchState>;

export interface WatchRecord {
  /** null: not watched */
  period: WatchPeriod | null;
  state: SchoolWatchState;
}

/** A school's watch: its period (off by default) and what its runs found. Not secret, by school id. */
export const watchOf = defineItemFamily<string, WatchRecord>('watch:', {
  area: 'local',
  schema: z.object({ period: z.enum(WATCH_PERIODS).nullable().catch(null), state: watchStateSchema.catch(EMPTY_WATCH_STATE) }),
  fallback: { period: null, state: EMPTY_WATCH_STATE },
});

/** When the watch's notifications were shown, for the hourly cap of all schools together. */
export const watchNotifiedItem = defineItem<number[]>('watch-notified', {
  area: 'local',
  schema: z.array(z.number()).max(NOTIFICATIONS_PER_HOUR * 4),
  fallback: [],
});
