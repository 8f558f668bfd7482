/**
 * Which catalogue entry explains a Problem, where each entry's facts come from, and which
 * GetCourse page each fix opens. No texts here (they are in diagnosis-ru.ts / diagnosis-en.ts),
 * so the background can import this without carrying both languages.
 */
import type { Problem, ProblemCode } from './problem';

export const DIAGNOSIS_IDS = [
  'wrong-key',
  'deleted-key',
  'read-only-key',
  'plan-closed',
  'plan-empty-answer',
  'import-quota',
  'missing-rights',
  'not-logged-in',
  'export-limit',
  'export-running',
  'wrong-subdomain',
  'not-served-here',
  'redirect',
  'empty-action',
  'unreachable',
  'tls',
  'offline',
  'network',
  'timeout',
  'login-page',
  'not-json',
  'error-envelope',
  'http-429',
  'http-5xx',
  'http-other',
  'malformed',
  'missing-field',
  'needs-permission',
  'insecure-target',
  'busy',
  'invalid-params',
  'not-confirmed',
  'not-clicked',
  'getcourse-target',
  'untyped-target',
  'too-many',
  'access-asked',
  'bad-request',
  'forbidden',
  'unknown',
] as const;

export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

/**
 * Fact-sheet sections behind each entry. "assumption" marks what the sheet does not state:
 * browser and network behaviour, and the extension's own refusals.
 */
export const DIAGNOSIS_SOURCE: Record<DiagnosisId, string> = {
  'wrong-key': 'A.8, B.2 (901), 0.4',
  'deleted-key': 'A.8, B.3; assumption: a deleted key answers like a wrong one',
  'read-only-key': 'A.8, B.3, 0.5',
  'plan-closed': 'A.8 (917), B.3, 0.6',
  'plan-empty-answer': 'A.8, 0.6',
  'import-quota': 'A.8, A.9',
  'missing-rights': 'E.1, 0.10',
  'not-logged-in': 'C.2 (login page), B.3 (the API-key page)',
  'export-limit': 'B.2 (903), A.9',
  'export-running': 'B.2 (905), 0.3',
  'wrong-subdomain': 'A.8, 0.4',
  'not-served-here': 'A.8, 0.7',
  redirect: 'A.8, 0.7, H',
  'empty-action': 'A.8, 0.7',
  unreachable: 'C.1; assumption: DNS / connection errors as the browser reports them',
  tls: 'A.1 (HTTPS only); assumption: certificate errors as the browser reports them',
  offline: 'assumption: navigator.onLine',
  network: 'assumption: the browser gives no detail',
  timeout: 'A.9 (no documented response time); assumption',
  'login-page': 'C.2 (/cms/system/login), B.4',
  'not-json': 'A.8, 0.1',
  'error-envelope': '0.1, A.7',
  'http-429': 'A.9 (no documented per-second limit); assumption',
  'http-5xx': 'assumption: a server-side failure',
  'http-other': 'A.8',
  malformed: '0.1, A.7, B.1',
  'missing-field': 'E.1, E.3',
  'needs-permission': 'assumption: the extension asks for each own domain (README, Permissions)',
  'insecure-target': 'A.1 (HTTPS only)',
  busy: 'B.4 (one check at a time), A.9',
  'invalid-params': 'A.2, A.5 (required fields), E.1 (undefined index)',
  'not-confirmed': 'A.1, A.2 (upsert by e-mail), A.3 (refresh_if_exists, multiple_offers), A.5',
  'not-clicked': 'the extension’s own refusal: in-page requests need the admin’s click (README, Security)',
  'getcourse-target': 'C.1 (school hosts); the extension’s own refusal (README, Security)',
  'untyped-target': 'the extension’s own refusal (README, Security)',
  'too-many': 'the extension’s own limit (README, Security)',
  'access-asked': 'the extension’s own limit (README, Security)',
  'bad-request': 'assumption: the extension refused its own malformed request',
  forbidden: 'assumption: the extension refused a message from the wrong sender',
  unknown: '0.1',
};

/** GetCourse pages the fixes open (fact sheet C.2; the API-key page B.3). */
export const GC_PAGES = {
  home: '/',
  apiKeys: '/saas/account/api',
  login: '/cms/system/login',
  users: '/pl/user/user/index',
  userFields: '/pl/logic/context/custom-fields?contextName=UserContext',
  dealFields: '/pl/logic/context/custom-fields?contextName=DealContext',
  processes: '/pl/tasks/mission/index',
} as const;

/** Pages outside the school: Albato's GetCourse guide (fact sheet E.1, Sources). */
export const EXTERNAL_PAGES = {
  albatoGuide: 'https://help.albato.ru/ru/article/rukovodstvo-po-rabote-s-getcourse-v-albato-1jgb6w4',
} as const;

export type PageId = keyof typeof GC_PAGES | keyof typeof EXTERNAL_PAGES;

/** A host we are willing to put in a link: letters, digits, dots, dashes, an optional port. */
const SAFE_HOST = /^(?=.{1,253}(:\d{1,5})?$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;

/** The link for a page, on the school's own host where it is one; none for an unsafe host. */
export function pageHref(page: PageId, host: string | undefined): string | undefined {
  if (page in EXTERNAL_PAGES) return EXTERNAL_PAGES[page as keyof typeof EXTERNAL_PAGES];
  if (!host || !SAFE_HOST.test(host)) return undefined;
  return `https://${host.toLowerCase()}${GC_PAGES[page as keyof typeof GC_PAGES]}`;
}

export interface DiagnosisContext {
  /** the school's host (technical or own domain), for links to its pages */
  host?: string;
  /** this key passed a check before: a refusal now most likely means it was deleted (B.3) */
  keyAcceptedBefore?: boolean;
}

/** The entry each code falls back to when nothing finer applies. */
const ENTRY_FOR_CODE: Record<ProblemCode, DiagnosisId> = {
  'wrong-key': 'wrong-key',
  'read-only-key': 'read-only-key',
  'plan-closed': 'plan-closed',
  'rate-limited': 'export-limit',
  'no-rights': 'missing-rights',
  'not-logged-in': 'not-logged-in',
  refused: 'error-envelope',
  'login-page': 'login-page',
  'missing-field': 'missing-field',
  'not-json': 'not-json',
  redirect: 'redirect',
  http: 'http-other',
  network: 'network',
  offline: 'offline',
  tls: 'tls',
  unreachable: 'unreachable',
  timeout: 'timeout',
  malformed: 'malformed',
  unknown: 'unknown',
  'bad-request': 'bad-request',
  forbidden: 'forbidden',
  'needs-permission': 'needs-permission',
  'insecure-target': 'insecure-target',
  busy: 'busy',
  'invalid-params': 'invalid-params',
  'not-confirmed': 'not-confirmed',
  'not-clicked': 'not-clicked',
  'getcourse-target': 'getcourse-target',
  'untyped-target': 'untyped-target',
  'too-many': 'too-many',
  'access-asked': 'access-asked',
};

/**
 * One entry for every Problem. Texts GetCourse uses for several codes are checked first
 * (A.8, B.2), then the HTTP status, then the code. A code this table does not know (a newer
 * sender, a corrupted message) ends in 'unknown', which shows the raw answer.
 */
export function pickDiagnosis(problem: Problem, context: DiagnosisContext = {}): DiagnosisId {
  const raw = typeof problem?.raw === 'string' ? problem.raw : '';
  const status = typeof problem?.status === 'number' ? problem.status : undefined;
  const code = problem?.code;
  if (/undefined index/i.test(raw)) return 'missing-field'; // E.1, E.3: PHP's notice names the key
  if (code === 'wrong-key' && context.keyAcceptedBefore) return 'deleted-key';
  if (code === 'refused' || code === 'plan-closed' || code === 'unknown') {
    if (/Пустой параметр action/i.test(raw)) return 'empty-action'; // A.8, 0.7
    if (/Достигнут лимит/i.test(raw)) return 'import-quota'; // A.8
    if (/^905\b|Уже запущен один экспорт/i.test(raw)) return 'export-running'; // B.2
  }
  if (code === 'http' || code === 'not-json') {
    if (status === 404 && /Wrong subdomain/i.test(raw)) return 'wrong-subdomain'; // A.8
    if (status === 404) return 'not-served-here'; // A.8: a 404 HTML page
    if (status === 429) return 'http-429';
    if (status !== undefined && status >= 500) return 'http-5xx';
    if (code === 'not-json' && status === 200 && raw === '') return 'plan-empty-answer'; // A.8, 0.6
  }
  if (code === 'redirect' && /Пустой параметр action/i.test(raw)) return 'empty-action';
  return (typeof code === 'string' && Object.hasOwn(ENTRY_FOR_CODE, code) ? ENTRY_FOR_CODE[code] : undefined) ?? 'unknown';
}
