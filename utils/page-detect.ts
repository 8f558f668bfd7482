/**
 * Which GetCourse admin page a URL is: pure functions of the URL, one per page kind
 * (refined-github's github-url-detection style). Paths come from the fact sheet, section C.2;
 * each detector has example URLs (DETECTOR_EXAMPLES) that tests/page-detect.test.ts checks against
 * every detector.
 */
export type PageKind =
  'user-fields' | 'deal-fields' | 'offers-list' | 'offer-edit' | 'processes-list' | 'process-settings' | 'process-editor' | 'api-keys';

interface Detector {
  kind: PageKind;
  test: (url: URL) => boolean;
}

const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';

export const DETECTORS: readonly Detector[] = [
  {
    kind: 'user-fields',
    // ref C.2: /pl/logic/context/custom-fields?contextName=UserContext
    test: (u) => path(u) === '/pl/logic/context/custom-fields' && (u.searchParams.get('contextName') ?? 'UserContext') === 'UserContext',
  },
  {
    kind: 'deal-fields',
    // ref C.2: …?contextName=DealContext (re-code mapping only)
    test: (u) => path(u) === '/pl/logic/context/custom-fields' && u.searchParams.get('contextName') === 'DealContext',
  },
  {
    kind: 'offers-list',
    test: (u) => path(u) === '/pl/sales/offer/index' || path(u) === '/pl/sales/offer',
  },
  {
    kind: 'offer-edit',
    // ref C.3: /pl/sales/offer/update?id={offerId}
    test: (u) => path(u) === '/pl/sales/offer/update' && /^\d+$/.test(u.searchParams.get('id') ?? ''),
  },
  {
    kind: 'processes-list',
    test: (u) => ['/pl/tasks/mission/index', '/pl/tasks/mission/all', '/pl/tasks/mission/draft'].includes(path(u)),
  },
  {
    kind: 'process-settings',
    test: (u) => path(u) === '/pl/tasks/mission/update' && /^\d+$/.test(u.searchParams.get('id') ?? ''),
  },
  {
    kind: 'process-editor',
    test: (u) => path(u) === '/pl/tasks/mission/process' && /^\d+$/.test(u.searchParams.get('id') ?? ''),
  },
  {
    kind: 'api-keys',
    // ref B.3: /saas/account/api [DOC]; also linked as /pl/saas/account/api [3P]
    test: (u) => path(u) === '/saas/account/api' || path(u) === '/pl/saas/account/api',
  },
];

/**
 * Real-looking URLs each detector must accept (and every other detector must reject), checked by
 * tests/page-detect.test.ts. Kept beside the detectors but out of them, so the content scripts that
 * use the detectors do not carry the test URLs.
 */
export const DETECTOR_EXAMPLES: Record<PageKind, readonly string[]> = {
  'user-fields': [
    'https://school.getcourse.ru/pl/logic/context/custom-fields?contextName=UserContext',
    'https://school.getcourse.ru/pl/logic/context/custom-fields',
    'https://academy.example.com/pl/logic/context/custom-fields?contextName=UserContext&fieldId=12',
  ],
  'deal-fields': ['https://school.getcourse.io/pl/logic/context/custom-fields?contextName=DealContext'],
  'offers-list': [
    'https://school.getcourse.ru/pl/sales/offer/index',
    'https://school.getcourse.ru/pl/sales/offer/index?page=2&per-page=100',
  ],
  'offer-edit': ['https://school.getcourse.ru/pl/sales/offer/update?id=3185614'],
  'processes-list': [
    'https://school.getcourse.ru/pl/tasks/mission/index',
    'https://school.getcourse.ru/pl/tasks/mission/all?MissionSearch[title]=albato',
  ],
  'process-settings': ['https://school.getcourse.ru/pl/tasks/mission/update?id=1042'],
  'process-editor': ['https://school.getcourse.ru/pl/tasks/mission/process?id=1042'],
  'api-keys': ['https://school.getcourse.ru/saas/account/api', 'https://my-school.ru/pl/saas/account/api'],
};

/** URLs no detector may accept: student pages, login, lookalikes. */
export const NOT_ADMIN_EXAMPLES = [
  'https://school.getcourse.ru/',
  'https://school.getcourse.ru/cms/system/login',
  'https://school.getcourse.ru/teach/control/stream',
  'https://school.getcourse.ru/pl/sales/offer/update',
  'https://school.getcourse.ru/pl/sales/offer/update?id=abc',
  'https://school.getcourse.ru/pl/logic/context/custom-fields-old',
  'https://school.getcourse.ru/pl/tasks/mission/process',
];

export function detectPage(href: string): PageKind | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return DETECTORS.find((d) => d.test(url))?.kind ?? null;
}
