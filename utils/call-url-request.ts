/**
 * The request a GetCourse «Вызвать URL» operation would send for a sample user or order: the
 * `{object.…}` variables filled in, values encoded into the URL, nothing in the body (fact sheet
 * C.5: "all data travels in the URL either way", no signature, no auth header). Pure: the content
 * script previews it and the background builds the same request again before sending it, so
 * what the admin saw is what goes out.
 *
 * GetCourse's own substitution rules are not documented; the choices are sandbox/README.md
 * A28–A31 (encoding, unknown variables, dates, sample values).
 */
import type { ProcessKind } from './process-url';
import { isHostName } from './school';

export type CallMethod = 'GET' | 'POST';

/** A clearly fictional identity: nobody real receives or is changed by a test call. */
const SAMPLE_USER: Record<string, string> = {
  id: '0',
  email: 'test+albato@example.com',
  first_name: 'Тест',
  last_name: 'Проверкин',
  name: 'Тест Проверкин',
  phone: '+79990000000',
  city: 'Москва',
  avatar_url: '',
  personal_manager: '',
  personal_manager_email: '',
  personal_manager_phone: '',
  participant_code: '0',
  utm_source: 'albato_test',
  utm_medium: 'albato_test',
  utm_campaign: 'albato_test',
  utm_content: 'albato_test',
  utm_term: 'albato_test',
};

/** Order values shaped like GetCourse's: cost_money formatted with a space and `руб.` (D.1, D.3). */
const SAMPLE_DEAL: Record<string, string> = {
  id: '0',
  number: '0',
  positions: 'Тестовое предложение',
  offers: '0',
  cost_money: '1 500 руб.',
  cost_money_value: '1500',
  left_cost_money: '1 500 руб.',
  payed_money: '0 руб.',
  status: 'Новый',
  payment_link: '',
  promocode: '',
  manager: '',
  manager_email: '',
  manager_phone: '',
  deal_utm_source: 'albato_test',
  custom_utm_source: 'albato_test',
};

/** Custom fields (by title, D.1) get this value, so Albato shows something readable. */
export const SAMPLE_CUSTOM_VALUE = 'Тестовое значение';

/** A fixed moment for dates: 2026-01-15 12:30:45 (A30). */
const SAMPLE_DATE = { Y: '2026', y: '26', m: '01', n: '1', d: '15', j: '15', H: '12', G: '12', i: '30', s: '45' } as const;

/** PHP `date()` letters GetCourse's `format='…'` takes (D.2 shows Y-m-d H:i:s); others stay as written. */
export function formatSampleDate(format: string): string {
  return format.replace(
    /\\(.)|([YymndjHGis])/g,
    (_, escaped: string | undefined, letter: string | undefined) => escaped ?? SAMPLE_DATE[letter as keyof typeof SAMPLE_DATE],
  );
}

const DATE_VARIABLES = new Set(['created_at', 'payed_at', 'finish_at', 'start_at']);

export interface FilledVariable {
  /** as written, braces included */
  raw: string;
  /** the sample value, before URL encoding */
  value: string;
  /** true when GetCourse would fill it with the admin's own data we don't know (custom field) */
  custom: boolean;
}

/** `{object.x}`, `{object.x format='…'}` and, in user processes, bare `{email}`-style names (D.2). */
const ANY_VARIABLE = /\{(object\.)?([^{}\s'"][^{}]*?)(?:\s+format=(?:'([^']*)'|"([^"]*)"))?\}/g;

function sampleValue(path: string, kind: ProcessKind, format: string | undefined): { value: string; custom: boolean } {
  let name = path;
  let table = kind === 'deal' ? SAMPLE_DEAL : SAMPLE_USER;
  if (name.startsWith('user.')) {
    name = name.slice(5);
    table = SAMPLE_USER;
  }
  name = name.replace(/^create_session\./, '');
  if (DATE_VARIABLES.has(name)) return { value: formatSampleDate(format ?? 'Y-m-d H:i:s'), custom: false };
  const own = table[name];
  if (own !== undefined) return { value: own, custom: false };
  // A documented name of the other kind is flagged by checkCallUrl; GetCourse leaves it empty (A29).
  if (SAMPLE_DEAL[name] !== undefined || SAMPLE_USER[name] !== undefined) return { value: '', custom: false };
  // Anything else is a custom field by its title (D.1).
  return { value: SAMPLE_CUSTOM_VALUE, custom: true };
}

export interface CallRequest {
  method: CallMethod;
  /** the URL as it goes out: variables filled and percent-encoded (UTF-8) */
  url: string;
  filled: FilledVariable[];
  /** always null: GetCourse puts the data in the URL (C.5) */
  body: null;
}

export type BuildResult = { ok: true; request: CallRequest } | { ok: false; reason: 'empty' | 'invalid-url' };

/**
 * Fills the template the way GetCourse would (A28: each value percent-encoded as UTF-8, like
 * `encodeURIComponent`), then lets the URL parser normalise what the admin wrote literally.
 */
export function buildCallRequest(template: string, method: CallMethod, kind: ProcessKind): BuildResult {
  const trimmed = template.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const filled: FilledVariable[] = [];
  const withValues = trimmed.replace(
    ANY_VARIABLE,
    (raw, objectPrefix: string | undefined, path: string, single?: string, double?: string) => {
      // Bare names ({email}) are seen in user processes only (D.2); elsewhere the brace text stays.
      if (!objectPrefix && kind !== 'user') return raw;
      const { value, custom } = sampleValue(path.trim(), kind, single ?? double);
      filled.push({ raw, value, custom });
      return encodeURIComponent(value);
    },
  );
  try {
    return { ok: true, request: { method, url: new URL(withValues).href, filled, body: null } };
  } catch {
    return { ok: false, reason: 'invalid-url' };
  }
}

/** The query of a built URL as decoded pairs, for the preview. */
export function queryPairs(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams.entries()];
  } catch {
    return [];
  }
}

export type TargetVerdict = { ok: true; origin: string } | { ok: false; reason: 'invalid-url' | 'not-https' | 'credentials' };

/** `value` is exactly an origin a test call may go to (no path, no wildcard, https or allowed localhost). */
export function isCallTargetOrigin(value: string, allowLocalhost: boolean): boolean {
  const verdict = checkCallTarget(`${value}/`, allowLocalhost);
  return verdict.ok && verdict.origin === value;
}

/**
 * The host permission that covers an origin. Match patterns carry no port in Firefox (and a
 * portless pattern covers every port in Chrome), so `https://h.albato.ru:8443` → `https://h.albato.ru/*`.
 */
export function permissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Only the sandbox (e2e) build may call http://localhost; the store build never does. */
export const LOCALHOST_CALLS_ALLOWED = import.meta.env.WXT_E2E === '1';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where a test call may go: https only; http://localhost only when the build allows it (the
 * sandbox build). A URL with a user:password part is refused: GetCourse does not send one, and
 * it would leak into the history.
 */
export function checkCallTarget(url: string, allowLocalhost: boolean): TargetVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'invalid-url' };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, reason: 'not-https' };
  // A host name proper (utils/school.ts; punycode after parsing) or an IPv6 literal: no `*` or other
  // pattern characters, which would turn a permission request for this origin into one for many.
  if (!isHostName(parsed.hostname) && !/^\[[0-9a-f:.]+\]$/.test(parsed.hostname)) return { ok: false, reason: 'invalid-url' };
  if (parsed.protocol === 'https:') return { ok: true, origin: parsed.origin };
  if (parsed.protocol === 'http:' && allowLocalhost && LOCAL_HOSTS.has(parsed.hostname)) return { ok: true, origin: parsed.origin };
  return { ok: false, reason: 'not-https' };
}
