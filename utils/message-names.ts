/**
 * Message names, by direction (Dark Reader's way): `cs-to-bg/*` come from content scripts,
 * `ui-to-bg/*` from extension pages, `bg-to-ui/*` go back over the check's port. Plain strings
 * with no imports, so any code can name a message without carrying anything else.
 */
export const CS_TO_BG = {
  getSettings: 'cs-to-bg/get-settings',
  offersSeen: 'cs-to-bg/offers-seen',
  knownOffers: 'cs-to-bg/known-offers',
  processKind: 'cs-to-bg/process-kind',
  schoolFields: 'cs-to-bg/school-fields',
  confirmCall: 'cs-to-bg/confirm-call',
  callUrlsSeen: 'cs-to-bg/call-urls-seen',
  clickToken: 'cs-to-bg/click-token',
} as const;

export const UI_TO_BG = {
  getSettings: 'ui-to-bg/get-settings',
  saveSettings: 'ui-to-bg/save-settings',
  listOffers: 'ui-to-bg/list-offers',
  listSchools: 'ui-to-bg/list-schools',
  saveSchool: 'ui-to-bg/save-school',
  removeSchool: 'ui-to-bg/remove-school',
  clearAllData: 'ui-to-bg/clear-all-data',
  lastCheck: 'ui-to-bg/last-check',
  listCallUrls: 'ui-to-bg/list-call-urls',
  testWebhook: 'ui-to-bg/test-webhook',
  listHistory: 'ui-to-bg/list-history',
  clearHistory: 'ui-to-bg/clear-history',
  testImport: 'ui-to-bg/test-import',
  importCurlWithKey: 'ui-to-bg/import-curl-with-key',
  listWatches: 'ui-to-bg/list-watches',
  setWatch: 'ui-to-bg/set-watch',
} as const;

/**
 * "Check connection" runs over a port, so each step reaches the popup as it ends and closing the
 * popup cancels the check: the popup connects with this name and sends one `startCheck`.
 */
export const CHECK_PORT = 'ui-to-bg/check-connection';
export const CHECK_PORT_MESSAGES = {
  startCheck: 'ui-to-bg/start-check',
  step: 'bg-to-ui/check-step',
  done: 'bg-to-ui/check-done',
  refused: 'bg-to-ui/check-refused',
} as const;
