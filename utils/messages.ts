/**
 * Message names and shapes, named by direction (Dark Reader's way): `cs-to-bg/*` come from the
 * content script, `ui-to-bg/*` from extension pages (popup, options). This file has no zod, so
 * the content script can import it; the background validates every message with the schemas in
 * `message-schemas.ts` before acting on it.
 */
import type { ContentStyles } from '@/components/content/styles';
import type { PageKind } from './page-detect';
import type { Settings } from './settings';
import type { CheckReport, StepResult } from './connection-check';
import type { HistoryEntry } from './storage/items';
import type { HistoryNotKept, Problem, ProblemCode } from './problem';
import type { Lang } from './i18n-core';
import type { ContentMessages } from './locales/ru';

/** Failures are defined in utils/problem.ts; the contract names them. */
export type { HistoryNotKept, Problem, ProblemCode };
/** A history entry as `ui-to-bg/list-history` returns it (stored as utils/storage/items.ts declares). */
export type { HistoryEntry };

export const CS_TO_BG = {
  pageSeen: 'cs-to-bg/page-seen',
  getSettings: 'cs-to-bg/get-settings',
  offersSeen: 'cs-to-bg/offers-seen',
  knownOffers: 'cs-to-bg/known-offers',
  processKind: 'cs-to-bg/process-kind',
  schoolFields: 'cs-to-bg/school-fields',
  testCallUrl: 'cs-to-bg/test-call-url',
  requestAccess: 'cs-to-bg/request-access',
  callUrlsSeen: 'cs-to-bg/call-urls-seen',
  clickToken: 'cs-to-bg/click-token',
} as const;

export const UI_TO_BG = {
  tabStatus: 'ui-to-bg/tab-status',
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

export interface PageSeenMessage {
  type: typeof CS_TO_BG.pageSeen;
  url: string;
  pageKind: PageKind | null;
}

/** An offer as read from a GetCourse page (strings as shown there). */
export interface OfferSeen {
  id: string;
  title: string;
  code: string;
  price: string;
}

/** Remembered per school (host taken from the sender, not from the message). */
export interface OffersSeenMessage {
  type: typeof CS_TO_BG.offersSeen;
  offers: OfferSeen[];
}

/**
 * The offers list asks what the school's offer forms told (ref R.3: the list has no code column).
 * Accepted only from the offers list; the school is the sender's page. Answered with OffersReply.
 */
export interface KnownOffersMessage {
  type: typeof CS_TO_BG.knownOffers;
}

/**
 * The object kind of a process, remembered per school: a page that shows it tells it (`kind`),
 * the editor, which does not show it, asks for it (no `kind`); the background may then read it
 * from GetCourse's processes-by-type list (utils/background/process-kinds-remote.ts).
 */
export interface ProcessKindMessage {
  type: typeof CS_TO_BG.processKind;
  processId: string;
  kind?: 'user' | 'deal';
}

/**
 * Custom-field titles of the school, remembered per kind: the field pages tell them (`context` +
 * `titles`), the process editor asks (no `titles`) to check `{object.<title>}` variables.
 */
export interface SchoolFieldsMessage {
  type: typeof CS_TO_BG.schoolFields;
  context?: 'user' | 'deal';
  titles?: string[];
}

export type SchoolFieldsReply = { ok: true; fields: { user: string[] | null; deal: string[] | null } } | Failure;

/** What one admin click in the page may make the background do (utils/background/click-tokens.ts). */
export type ClickAction = 'test-call' | 'request-access';

/**
 * Asked by the content script inside the admin's own (trusted) click on Send or Allow access…:
 * the background answers with a random token good for that one action, from this tab, for a few
 * seconds, once. The page's script can press our buttons but cannot make a trusted click, so what
 * reaches the network or opens a tab is tied to a click of the admin's (README, Security).
 */
export interface ClickTokenMessage {
  type: typeof CS_TO_BG.clickToken;
  action: ClickAction;
}
export type ClickTokenReply = { ok: true; token: string } | Failure;

/**
 * "Test this URL" in the process editor: the template as the preview showed it; the background
 * fills it (utils/call-url-request.ts) and sends it. Accepted only from a content script on a
 * process editor page, with a fresh click token, and only to a host the admin typed in the field
 * (`typedHost`: the host name the admin's own last edit left there) or that the modal showed as
 * saved for this process (`cs-to-bg/call-urls-seen`); never to GetCourse itself.
 */
export interface TestCallUrlMessage {
  type: typeof CS_TO_BG.testCallUrl;
  token: string;
  template: string;
  method: 'GET' | 'POST';
  kind: 'user' | 'deal';
  typedHost?: string;
}


export interface CallUrlAnswer {
  /** the URL as sent, variables filled */
  url: string;
  method: 'GET' | 'POST';
  status: number;
  ms: number;
  contentType: string;
  /** the answer's headers (at most 40), as the popup shows them */
  headers: [string, string][];
  /** the first 500 characters */
  body: string;
  /** present when the call could not be kept in the history */
  historyNotKept?: HistoryNotKept;
}

export type TestCallUrlReply = { ok: true; answer: CallUrlAnswer } | Failure;

/** The «Вызвать URL» templates of one process editor page, remembered for the popup's webhook test. */
export interface CallUrlsSeenMessage {
  type: typeof CS_TO_BG.callUrlsSeen;
  processId: string;
  urls: string[];
}

export interface ListCallUrlsMessage {
  type: typeof UI_TO_BG.listCallUrls;
  origin: string;
}
export type CallUrlsReply = { ok: true; urls: { processId: string; url: string; kind: 'user' | 'deal' | null }[] } | Failure;

/** The popup's one-click webhook test: a URL the admin pasted or picked, for a sample user or order. */
export interface TestWebhookMessage {
  type: typeof UI_TO_BG.testWebhook;
  /** the school the test belongs to (history, one call at a time) */
  origin: string;
  template: string;
  method: 'GET' | 'POST';
  kind: 'user' | 'deal';
}

export interface ListHistoryMessage {
  type: typeof UI_TO_BG.listHistory;
  origin: string;
}
export interface ClearHistoryMessage {
  type: typeof UI_TO_BG.clearHistory;
  origin: string;
}
export type HistoryReply = { ok: true; entries: HistoryEntry[] } | Failure;

/**
 * A test import for a saved school (issue 6): the form's params (validated again in the
 * background with the same schema) and the risks the admin confirmed. The key never travels here:
 * the background takes it from its store.
 */
export interface TestImportMessage {
  type: typeof UI_TO_BG.testImport;
  schoolId: string;
  endpoint: 'users' | 'deals';
  params: unknown;
  confirmedRisks: string[];
}
export type TestImportReply =
  | {
      ok: true;
      ms: number;
      result: { userId: number | null; userStatus: string | null; dealId: number | null; dealNumber: string | null; paymentLink: string | null };
      /** GetCourse's answer as it came (first 4000 characters), for "what GetCourse said" */
      raw: string;
      /** present when the import could not be kept in the history */
      historyNotKept?: HistoryNotKept;
    }
  | Failure;

/**
 * The admin's explicit "copy with key": the curl of a test import with the school's real key. The
 * reply goes to the extension page that asked (never to a content script, the router refuses
 * those); the page copies it and drops it.
 */
export interface ImportCurlWithKeyMessage {
  type: typeof UI_TO_BG.importCurlWithKey;
  schoolId: string;
  endpoint: 'users' | 'deals';
  params: unknown;
}
export type ImportCurlReply = { ok: true; curl: string } | Failure;

/**
 * Opens the extension page that asks for access to one origin (from the admin's click there): the
 * origin of the test call the admin sent (`template`, checked by the same rules as the call), with
 * a fresh click token; once per tab and page (utils/background/page-calls.ts).
 */
export interface RequestAccessMessage {
  type: typeof CS_TO_BG.requestAccess;
  token: string;
  template: string;
  typedHost?: string;
}

export type ProcessKindReply = { ok: true; kind: 'user' | 'deal' | null } | Failure;

export interface ListOffersMessage {
  type: typeof UI_TO_BG.listOffers;
  origin: string;
}

export interface RememberedOffer extends OfferSeen {
  seenAt: number;
}

export type OffersReply = { ok: true; offers: RememberedOffer[] } | Failure;

/** `lang`: the page's browser language, used when the settings say "as the browser". */
export interface GetSettingsFromPageMessage {
  type: typeof CS_TO_BG.getSettings;
  lang?: Lang;
}

export interface GetSettingsMessage {
  type: typeof UI_TO_BG.getSettings;
}

export interface SaveSettingsMessage {
  type: typeof UI_TO_BG.saveSettings;
  settings: Settings;
}

export interface TabStatusMessage {
  type: typeof UI_TO_BG.tabStatus;
  tabId: number;
}


/** A school as the extension pages see it: never the key, only its masked form. */
export interface SchoolView {
  id: string;
  name: string;
  origin: string;
  remember: boolean;
  addedAt: number;
  /** `abcd…wxyz`, or null when no key is kept for it in this browser */
  maskedKey: string | null;
  /** the address its key was saved for, when the school moved from there without a new key (the key was dropped) */
  keyDroppedFrom?: string;
}

export interface ListSchoolsMessage {
  type: typeof UI_TO_BG.listSchools;
}

/** Privileged: may carry a key. `key` absent keeps the saved one, unless `origin` changes: then the key is dropped. */
export interface SaveSchoolMessage {
  type: typeof UI_TO_BG.saveSchool;
  id?: string;
  name: string;
  origin: string;
  remember: boolean;
  key?: string;
}

export interface RemoveSchoolMessage {
  type: typeof UI_TO_BG.removeSchool;
  id: string;
}

export interface ClearAllDataMessage {
  type: typeof UI_TO_BG.clearAllData;
}

export interface LastCheckMessage {
  type: typeof UI_TO_BG.lastCheck;
  schoolId: string;
}

export type SchoolsReply = { ok: true; schools: SchoolView[] } | Failure;
export type SchoolReply = { ok: true; school: SchoolView } | Failure;
export type DoneReply = { ok: true } | Failure;
export type LastCheckReply = { ok: true; report: CheckReport | null } | Failure;

/** Port messages of "Check connection" (CHECK_PORT). */
export type CheckPortMessage =
  | { type: typeof CHECK_PORT_MESSAGES.step; step: StepResult }
  | { type: typeof CHECK_PORT_MESSAGES.done; report: CheckReport }
  | { type: typeof CHECK_PORT_MESSAGES.refused; problem: Problem };

export type Failure = { ok: false; problem: Problem };

export type PageSeenReply = { ok: true } | Failure;
export type TabStatusReply = { ok: true; contentScriptSeen: boolean; pageKind: PageKind | null } | Failure;
export type SettingsReply = { ok: true; settings: Settings } | Failure;
/** The content script's settings with the language chosen and its strings (utils/locales/content.ts). */
/** Strings and styles travel with the settings: the content scripts carry none of their own. */
export type PageSettingsReply = { ok: true; settings: Settings; lang: Lang; strings: ContentMessages; styles: ContentStyles } | Failure;
