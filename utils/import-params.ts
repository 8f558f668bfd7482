/**
 * Params of GetCourse's user and deal imports (fact sheet A.2–A.6) as zod schemas: one source of
 * truth for the popup's form, its validation and what is encoded and sent. The input is what the
 * form holds (flags as booleans, cost as typed text); the output is the exact JSON GetCourse gets.
 *
 * Messages are issue codes with a path (`user.email`, `deal.deal_cost`), never texts: the texts
 * live in utils/locales/import-*.ts, so the background can validate without carrying them.
 */
import { z } from 'zod';
import { parseCost } from './cost';
import { TEST_EMAIL_DOMAIN } from './settings';

export { TEST_EMAIL_DOMAIN };

export const IMPORT_ISSUE_CODES = [
  'required',
  'identity-required',
  'email-invalid',
  'too-long',
  'too-many-groups',
  'too-many-fields',
  'group-name-empty',
  'group-date-format',
  'field-title-empty',
  'flag-invalid',
  'offer-required',
  'cost-unreadable',
  'cost-negative',
  'currency-unknown',
  'currency-conflict',
  'status-unknown',
  'payment-type-unknown',
  'payment-status-unknown',
  'number-invalid',
  'date-format',
  'unknown-key',
  'invalid',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
  code: ImportIssueCode;
  /** where the form shows it: ['user', 'email'], ['deal', 'deal_cost'], ['user', 'group_name', 2] */
  path: (string | number)[];
  /** `path` joined with dots, for looking up the form's input */
  field: string;
  /** the limit, for 'too-long' / 'too-many-*' (texts pick the plural form by it) */
  max?: number;
}

/** The form's own limits, not GetCourse's (A.2 names none): they keep a typo from growing unbounded. */
export const IMPORT_LIMITS = { text: 255, longText: 2000, groups: 50, fields: 100 } as const;

// A.6 code lists [DOC, mirrored by four SDKs].
export const DEAL_STATUSES = [
  'new',
  'payed',
  'cancelled',
  'false',
  'in_work',
  'payment_waiting',
  'part_payed',
  'waiting_for_return',
  'not_confirmed',
  'pending',
] as const;
export const PAYMENT_STATUSES = ['expected', 'accepted', 'returned', 'tobalance', 'frombalance', 'returned_to_balance'] as const;
export const PAYMENT_TYPES = (
  '2CO ALFA bepaid BILL CARD CARD_TERMINAL CASH cloud_payments cloud_payments_kz ebanx fondy hutki_grosh interkassa INTERNAL justclick kvit ' +
  'mandarinpay OTHER payanyway PAYPAL perfect_money PERFECTMONEY platim QIWI qiwi_kassa QUICKTRANSFER RBK rbkmoney rbkmoney_new ROBOKASSA SBER ' +
  'sberbank stripe swedbank tinkoff tinkoffcredit VIRTUAL walletone wayforpay WEBMONEY yandex_kassa YANDEXMONEY zpayment'
).split(' ');
/** A.6: the 33 codes of the help page, then the ones one SDK adds (the same list utils/cost.ts reads). */
export const DEAL_CURRENCIES = (
  'RUB USD EUR GBP BYR BYN KZT UAH AUD DKK CHF SEK ZAR AMD RON BRL ILS MYR SGD KGS CAD MXN JPY UZS PLN AZN AED TRY INR RSD CZK MNT NZD ' +
  'BGN IDR CNY GEL COP ARS PEN CLP VND PHP DOP KRW TWD MDL TJS NOK NGN HKD'
).split(' ');

// ---- field building blocks -------------------------------------------------------------

const emptyToUndefined = <T>(value: T | '') => (value === '' ? undefined : value);

/** A text the form may leave empty: trimmed, '' is "not sent". */
const optionalText = (max: number = IMPORT_LIMITS.text) =>
  z.string({ error: 'invalid' }).trim().max(max, 'too-long').optional().transform(emptyToUndefined);

/**
 * E-mail check: zod's rule. GetCourse's own rule and its error texts are not documented (A.8
 * [NOT FOUND]). The user's e-mail may be left out when a phone is given (R.4): see `userSchema`.
 */
const emailText = z.email('email-invalid').max(254, 'too-long');
const optionalEmail = z.string({ error: 'invalid' }).trim().optional().transform(emptyToUndefined).pipe(emailText.optional());

/** 0/1 flags (A.3, A.5 `deal_is_paid`); the form's checkbox gives a boolean. */
const flag = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')], { error: 'flag-invalid' })
  .optional()
  .transform((v): 0 | 1 | undefined => (v === undefined ? undefined : v === true || v === 1 || v === '1' ? 1 : 0));

/** IDs and quantities: a positive integer, typed or numeric. */
const positiveInteger = z
  .union([z.number(), z.string().trim()], { error: 'number-invalid' })
  .optional()
  .transform((v, ctx): number | undefined => {
    if (v === undefined || v === '') return undefined;
    const n = typeof v === 'number' ? v : /^\d{1,15}$/.test(v) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n > 0) return n;
    ctx.issues.push({ code: 'custom', message: 'number-invalid', input: v });
    return undefined;
  });

/** A.5 `deal_created_at` / `deal_finished_at`: `YYYY-MM-DD HH:MM:SS`. */
const dateTime = z
  .string({ error: 'date-format' })
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})?$/, 'date-format')
  .optional()
  .transform(emptyToUndefined);

/** An A.6 code, typed in any case ("card" → "CARD"): the lists never hold two codes that differ only in case. */
const codeFrom = <T extends string>(list: readonly T[], message: ImportIssueCode) =>
  z
    .string({ error: message })
    .trim()
    .optional()
    .transform((v) => (v ? (list.find((code) => code.toLowerCase() === v.toLowerCase()) ?? v) : undefined))
    .pipe(z.enum(list as [T, ...T[]], { error: message }).optional());

/** A.2 `group_name` item: `"Group"` or `["Group", "YYYY-MM-DD HH:MM"]` / `["Group", "YYYY-MM-DD"]`. */
const GROUP_DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;
const groupItem = z
  .union([z.string(), z.tuple([z.string(), z.string().optional()])], { error: 'invalid' })
  .transform((item, ctx): string | [string, string] => {
    const [rawName, rawDate = ''] = typeof item === 'string' ? [item] : item;
    const name = rawName.trim();
    const date = rawDate.trim();
    if (name === '') ctx.issues.push({ code: 'custom', message: 'group-name-empty', input: item });
    else if (name.length > IMPORT_LIMITS.text)
      ctx.issues.push({ code: 'custom', message: 'too-long', input: item, params: { max: IMPORT_LIMITS.text } });
    if (date !== '' && !GROUP_DATE.test(date)) ctx.issues.push({ code: 'custom', message: 'group-date-format', input: item });
    return date === '' ? name : [name, date];
  });

/**
 * `addfields`, keyed by the custom field's TITLE as the school shows it (fact 0.8, A.2, A.5),
 * values as text. Unknown titles are not checked here: GetCourse's answer to them is not
 * documented (the sandbox ignores them, its assumption A6).
 */
const addfields = z
  .record(
    z.string().trim().min(1, 'field-title-empty').max(IMPORT_LIMITS.text, 'too-long'),
    z.union([z.string(), z.number()], { error: 'invalid' }).transform(String).pipe(z.string().max(IMPORT_LIMITS.longText, 'too-long')),
  )
  .refine((fields) => Object.keys(fields).length <= IMPORT_LIMITS.fields, {
    message: 'too-many-fields',
    params: { max: IMPORT_LIMITS.fields },
  })
  .optional();

/**
 * A.5 `deal_cost`, typed as a number or as text such as "1 500 руб." (read by utils/cost.ts,
 * the same reader as everywhere else). The currency written with it is kept (A.6 codes only).
 */
export type DealCostReading =
  { ok: true; amount: number; currency: string | null } | { ok: false; code: 'required' | 'cost-unreadable' | 'cost-negative' };

export function readDealCost(value: unknown): DealCostReading {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { ok: false, code: 'required' };
  const cost =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? { amount: value, currency: null }
        : null
      : typeof value === 'string'
        ? parseCost(value)
        : null;
  if (!cost) return { ok: false, code: 'cost-unreadable' };
  // R.4 recorded a successful deal with cost 0, so A.5's "deal_cost > 0" is contradicted: only a negative cost is refused.
  if (cost.amount < 0) return { ok: false, code: 'cost-negative' };
  const currency = cost.currency !== null && DEAL_CURRENCIES.includes(cost.currency) ? cost.currency : null;
  return { ok: true, amount: cost.amount === 0 ? 0 : cost.amount, currency }; // "-0" is sent as 0
}

const dealCost = z.unknown().transform((value, ctx): { amount: number; currency: string | null } => {
  const read = readDealCost(value);
  if (read.ok) return { amount: read.amount, currency: read.currency };
  ctx.issues.push({ code: 'custom', message: read.code, input: value });
  return { amount: 0, currency: null };
});

// ---- objects -------------------------------------------------------------------------------

/** Not blank: a string with something in it, a list with something filled in it, or any other value. */
const filled = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.some(filled) : value !== undefined && value !== null;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const always = { when: () => true } as const;

/**
 * Who the import is about: an e-mail or a phone (R.4: «Не указан ни эл. адрес, ни телефон» answers
 * neither, and a phone alone is accepted; A.2 had the e-mail as the only required field). A phone
 * counts only with a digit in it. Neither is what Albato reports as "undefined index" (E.1).
 */
const hasIdentity = (user: unknown) => !isRecord(user) || filled(user.email) || /\d/.test(typeof user.phone === 'string' ? user.phone : '');

/** A.2, R.4. */
const userSchema = z
  .object(
    {
      email: optionalEmail,
      first_name: optionalText(),
      last_name: optionalText(),
      phone: optionalText(),
      city: optionalText(),
      country: optionalText(),
      group_name: z.array(groupItem, { error: 'invalid' }).max(IMPORT_LIMITS.groups, 'too-many-groups').optional(),
      addfields,
    },
    { error: (issue) => (issue.input === undefined ? 'required' : 'invalid') },
  )
  .strict()
  // Shown under both inputs: either one fixes it. Checked even when other fields fail, so the form shows every problem at once.
  .refine(hasIdentity, { message: 'identity-required', path: ['email'], ...always })
  .refine(hasIdentity, { message: 'identity-required', path: ['phone'], ...always });

/** A.4; `utm_term` is set by GetCourse's SDK only. */
const sessionSchema = z
  .object(
    {
      utm_source: optionalText(),
      utm_medium: optionalText(),
      utm_content: optionalText(),
      utm_campaign: optionalText(),
      utm_group: optionalText(),
      utm_term: optionalText(),
      gcpc: optionalText(),
      gcao: optionalText(),
      referer: optionalText(IMPORT_LIMITS.longText),
    },
    { error: 'invalid' },
  )
  .strict();

/** A.3 for a user import. */
const userSystemSchema = z.object({ refresh_if_exists: flag, partner_email: optionalEmail }, { error: 'invalid' }).strict();

/** A.3 for a deal import: the order's flags too. */
const dealSystemSchema = z
  .object(
    { refresh_if_exists: flag, partner_email: optionalEmail, multiple_offers: flag, return_payment_link: flag, return_deal_number: flag },
    { error: 'invalid' },
  )
  .strict();

/** A.5, with the A.6 code lists. */
const dealSchema = z
  .object(
    {
      deal_number: z
        .union([z.string(), z.number()], { error: 'invalid' })
        .transform((v) => String(v).trim())
        .pipe(z.string().max(64, 'too-long'))
        .optional()
        .transform(emptyToUndefined),
      offer_code: optionalText(),
      offer_id: positiveInteger,
      product_title: optionalText(),
      product_description: optionalText(IMPORT_LIMITS.longText),
      quantity: positiveInteger,
      deal_cost: dealCost,
      deal_currency: codeFrom(DEAL_CURRENCIES, 'currency-unknown'),
      deal_status: codeFrom(DEAL_STATUSES, 'status-unknown'),
      deal_is_paid: flag,
      manager_email: optionalEmail,
      deal_created_at: dateTime,
      deal_finished_at: dateTime,
      deal_comment: optionalText(IMPORT_LIMITS.longText),
      payment_type: codeFrom(PAYMENT_TYPES, 'payment-type-unknown'),
      payment_status: codeFrom(PAYMENT_STATUSES, 'payment-status-unknown'),
      partner_email: optionalEmail,
      addfields,
      funnel_id: positiveInteger,
      funnel_stage_id: positiveInteger,
    },
    { error: (issue) => (issue.input === undefined ? 'required' : 'invalid') },
  )
  .strict()
  // A.5 minimum: an offer by id, code or title. Checked even when other fields fail, so the form shows every problem at once.
  .refine((d) => !isRecord(d) || filled(d.offer_code) || filled(d.offer_id) || filled(d.product_title), {
    message: 'offer-required',
    path: ['offer_code'],
    ...always,
  })
  // "100 USD" typed as the cost and another currency chosen: which one was meant is unknown, so ask.
  .refine(
    (d) => !isRecord(d) || !isRecord(d.deal_cost) || !d.deal_cost.currency || !d.deal_currency || d.deal_cost.currency === d.deal_currency,
    {
      message: 'currency-conflict',
      path: ['deal_currency'],
      ...always,
    },
  )
  .transform(({ deal_cost, deal_currency, ...rest }) => {
    const currency = deal_currency ?? deal_cost.currency ?? undefined; // A.5: none sent means RUB
    return { ...rest, deal_cost: deal_cost.amount, ...(currency ? { deal_currency: currency } : {}) };
  });

const topLevel = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : 'invalid') };

export const userImportSchema = z
  .object({ user: userSchema, system: userSystemSchema.optional(), session: sessionSchema.optional() }, topLevel)
  .strict();
export const dealImportSchema = z
  .object({ user: userSchema, deal: dealSchema, system: dealSystemSchema.optional(), session: sessionSchema.optional() }, topLevel)
  .strict();

/** What the form holds. */
export type UserImportInput = z.input<typeof userImportSchema>;
export type DealImportInput = z.input<typeof dealImportSchema>;
/** What GetCourse gets (after validation). */
export type UserImportParams = z.output<typeof userImportSchema>;
export type DealImportParams = z.output<typeof dealImportSchema>;

export type ImportEndpoint = 'users' | 'deals';
export type ImportParams = UserImportParams | DealImportParams;
export const IMPORT_SCHEMAS = { users: userImportSchema, deals: dealImportSchema } as const;

// ---- issues ----------------------------------------------------------------------------------

const CODES = new Set<string>(IMPORT_ISSUE_CODES);
const asCode = (message: string | undefined): ImportIssueCode => (message && CODES.has(message) ? (message as ImportIssueCode) : 'invalid');

/** zod's issues as codes and paths a form can show in either language. */
export function importIssuesOf(error: z.ZodError): ImportIssue[] {
  const out: ImportIssue[] = [];
  const push = (code: ImportIssueCode, path: PropertyKey[], max?: number) => {
    const clean = path.map((p) => (typeof p === 'number' ? p : String(p)));
    out.push({ code, path: clean, field: clean.join('.'), ...(max !== undefined ? { max } : {}) });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push('unknown-key', [...issue.path, key]);
    } else if (issue.code === 'invalid_key') {
      push(asCode(issue.issues[0]?.message), issue.path, maxOf(issue.issues[0]));
    } else {
      push(asCode(issue.message), issue.path, maxOf(issue));
    }
  }
  return out;
}

function maxOf(issue: unknown): number | undefined {
  if (!isRecord(issue)) return undefined;
  if (typeof issue.maximum === 'number') return issue.maximum;
  const params = issue.params;
  return isRecord(params) && typeof params.max === 'number' ? params.max : undefined;
}

/** Issues as one line for a Problem's `raw` (`user.email identity-required, deal.deal_cost cost-negative`). */
export function issuesLine(issues: readonly ImportIssue[]): string {
  return issues
    .map((i) => `${i.field} ${i.code}`)
    .join(', ')
    .slice(0, 300);
}

export type ImportCheck<T> = { ok: true; params: T } | { ok: false; issues: ImportIssue[] };

function check<T>(schema: z.ZodType<T>, input: unknown): ImportCheck<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, params: parsed.data } : { ok: false, issues: importIssuesOf(parsed.error) };
}

export const checkUserImport = (input: unknown): ImportCheck<UserImportParams> => check(userImportSchema, input);
export const checkDealImport = (input: unknown): ImportCheck<DealImportParams> => check(dealImportSchema, input);
export function checkImport(endpoint: ImportEndpoint, input: unknown): ImportCheck<ImportParams> {
  return endpoint === 'deals' ? checkDealImport(input) : checkUserImport(input);
}

// ---- test identity -----------------------------------------------------------------------

const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;

/** A domain a test address can be on: `example.com`, `school.ru` (an "@" in front is allowed). */
export function isMailDomain(domain: string): boolean {
  return typeof domain === 'string' && DOMAIN.test(domain.trim().replace(/^@/, '').toLowerCase());
}

/**
 * A clearly marked test address on a domain the admin chooses: `albato-test+202611281530@example.com`
 * (UTC minutes, so every test run gets a new user and nobody's real address is reused).
 * Throws RangeError for a domain that would not make a valid address.
 */
export function testEmail(domain: string = TEST_EMAIL_DOMAIN, now: number = Date.now()): string {
  const host = domain.trim().replace(/^@/, '').toLowerCase();
  if (!DOMAIN.test(host)) throw new RangeError(`not a mail domain: ${domain}`);
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
  return `albato-test+${stamp}@${host}`;
}

/**
 * Only our own marked address counts as a test one. Even an address on a reserved domain
 * (example.com) may belong to an existing user — the sandbox's seeded customers live there — so
 * anything unmarked is treated as possibly a real customer and asks for confirmation.
 */
export function isTestEmail(email: string): boolean {
  return typeof email === 'string' && /^albato-test\+\d{12}@[^\s@]+$/i.test(email.trim());
}

/** The form's starting point: a test identity; a deal also asks for its number and payment link back. */
export function blankUserImport(domain?: string, now?: number): UserImportInput {
  return { user: { email: testEmail(domain, now) } };
}

export function blankDealImport(domain?: string, now?: number): DealImportInput {
  return {
    user: { email: testEmail(domain, now) },
    deal: { deal_cost: '' },
    system: { return_deal_number: true, return_payment_link: true },
  };
}

// ---- what an import may change -----------------------------------------------------------

export const IMPORT_RISK_CODES = [
  'real-email',
  'phone-identity',
  'refresh-existing-user',
  'existing-order-number',
  'append-to-order',
  'payment-recorded',
] as const;
export type ImportRiskCode = (typeof IMPORT_RISK_CODES)[number];

/** What a confirmation must name; texts in utils/locales/import-*.ts. */
export const IMPORT_CHANGES = ['user-groups', 'new-order', 'user-data', 'order-data', 'order-positions', 'payment'] as const;
export type ImportChange = (typeof IMPORT_CHANGES)[number];

export interface ImportRisk {
  code: ImportRiskCode;
  changes: ImportChange[];
  /** fact-sheet sections the risk rests on */
  source: string;
}

/**
 * What sending these params may change in a live school, for the confirmation shown before
 * anything is sent. Nothing here is an error: each is a reason to ask first.
 */
export function importRisks(params: ImportParams, options: { emailIsTest?: boolean } = {}): ImportRisk[] {
  const risks: ImportRisk[] = [];
  const deal = 'deal' in params ? params.deal : undefined;
  const system: { refresh_if_exists?: 0 | 1; multiple_offers?: 0 | 1 } = params.system ?? {};
  const email = params.user.email;
  const touched: ImportChange[] = deal ? ['new-order', 'user-groups'] : ['user-groups'];
  // R.4: without an e-mail the phone finds the user, and no phone is ever a test identity.
  if (email === undefined) risks.push({ code: 'phone-identity', changes: touched, source: 'R.4, A.2, A.5' });
  // A.1/A.2: an import upserts by e-mail and appends groups, so a real customer's account is touched.
  else if (!(options.emailIsTest ?? isTestEmail(email))) risks.push({ code: 'real-email', changes: touched, source: 'A.1, A.2, A.5' });
  // A.3: an existing user's name, phone, city, fields are overwritten (per 3P comments, an order too).
  if (system.refresh_if_exists === 1)
    risks.push({ code: 'refresh-existing-user', changes: deal ? ['user-data', 'order-data'] : ['user-data'], source: 'A.3' });
  if (deal?.deal_number !== undefined) {
    // A.5: re-sending a number edits that order (status, cost, payment).
    risks.push({ code: 'existing-order-number', changes: ['order-data'], source: 'A.5' });
    // A.3: add offers to an existing order instead of replacing them.
    if (system.multiple_offers === 1) risks.push({ code: 'append-to-order', changes: ['order-positions'], source: 'A.3' });
  }
  // A.5: `payed` or deal_is_paid creates a payment, and leaving `payed` later does not cancel what it granted.
  if (deal && (deal.deal_is_paid === 1 || deal.deal_status === 'payed'))
    risks.push({ code: 'payment-recorded', changes: ['payment'], source: 'A.5' });
  return risks;
}

/** True when every risk of these params is in `confirmed`: the background refuses to send otherwise. */
export function risksConfirmed(risks: readonly ImportRisk[], confirmed: readonly string[] = []): boolean {
  return risks.every((risk) => confirmed.includes(risk.code));
}
