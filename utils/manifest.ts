/**
 * The extension's manifest, as data. `wxt.config.ts` feeds it to WXT; `tests/manifest.test.ts`
 * pins the result, so asking for more than `storage`, `scripting`, `alarms` and the two GetCourse technical
 * domains needs a deliberate test change.
 */
export const GETCOURSE_HOST_PATTERNS = ['https://*.getcourse.ru/*', 'https://*.getcourse.io/*'];

/** Custom school domains and webhook hosts are granted one at a time, from a click. */
export const OPTIONAL_HOST_PATTERNS = ['https://*/*'];

export const GECKO_ID = 'gc-albato-helper@getcourse-tools.example';

interface ManifestInput {
  browser: string;
  /** Firefox e2e only: Playwright cannot open moz-extension:// pages directly (README, "Tests"). */
  e2e?: boolean;
}

/**
 * No `homepage_url` and no `author`, on purpose. Without a homepage both browsers link the extension
 * to its store page, which is where support lives (docs/store/); Chrome ignores `author` since
 * 2024, and AMO shows the publishing account. A publisher with a public site adds `homepage_url`
 * here, and in tests/manifest.test.ts.
 */
export function buildManifest({ browser, e2e = false }: ManifestInput) {
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    // scripting: the page-group content scripts registered on a school's own domain once the admin
    // granted it (entrypoints/background/own-domain-registrar.ts); it grants no host access by itself.
    // alarms: a watched school's scheduled check (issue 21), the only thing that wakes the worker
    // unasked; notifications are optional, asked from the admin's click that turns a watch on.
    permissions: ['storage', 'scripting', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: GETCOURSE_HOST_PATTERNS,
    optional_host_permissions: OPTIONAL_HOST_PATTERNS,
    action: { default_title: '__MSG_extName__' },
    // Chrome 116: AbortSignal.any (entrypoints/background/fetch-answer.ts), the newest API the extension uses.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 142: first version that understands data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    ...(e2e && browser === 'firefox'
      ? { web_accessible_resources: [{ resources: ['popup.html'], matches: GETCOURSE_HOST_PATTERNS }] }
      : {}),
  };
}
