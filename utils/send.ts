/** Typed sending from extension pages and content scripts; the reply is whatever the router returns. */
import { browser } from 'wxt/browser';
import type {
  GetSettingsFromPageMessage,
  ListOffersMessage,
  OffersReply,
  OffersSeenMessage,
  KnownOffersMessage,
  ProcessKindMessage,
  ProcessKindReply,
  RequestAccessMessage,
  TestCallUrlMessage,
  TestCallUrlReply,
  ListSchoolsMessage,
  SaveSchoolMessage,
  RemoveSchoolMessage,
  ClearAllDataMessage,
  LastCheckMessage,
  SchoolsReply,
  SchoolReply,
  DoneReply,
  Failure,
  LastCheckReply,
  CallUrlsSeenMessage,
  ClickTokenMessage,
  ClickTokenReply,
  ListCallUrlsMessage,
  CallUrlsReply,
  TestWebhookMessage,
  ListHistoryMessage,
  ClearHistoryMessage,
  HistoryReply,
  TestImportMessage,
  TestImportReply,
  ImportCurlWithKeyMessage,
  ImportCurlReply,
  SchoolFieldsMessage,
  SchoolFieldsReply,
  GetSettingsMessage,
  PageSeenMessage,
  PageSeenReply,
  PageSettingsReply,
  SaveSettingsMessage,
  SettingsReply,
  TabStatusMessage,
  TabStatusReply,
} from './messages';

interface Replies {
  'ui-to-bg/tab-status': TabStatusReply;
  'ui-to-bg/get-settings': SettingsReply;
  'ui-to-bg/save-settings': SettingsReply;
  'cs-to-bg/page-seen': PageSeenReply;
  'cs-to-bg/get-settings': PageSettingsReply;
  'cs-to-bg/offers-seen': PageSeenReply;
  'cs-to-bg/known-offers': OffersReply;
  'cs-to-bg/process-kind': ProcessKindReply;
  'cs-to-bg/school-fields': SchoolFieldsReply;
  'cs-to-bg/test-call-url': TestCallUrlReply;
  'cs-to-bg/request-access': DoneReply;
  'ui-to-bg/list-offers': OffersReply;
  'ui-to-bg/list-schools': SchoolsReply;
  'ui-to-bg/save-school': SchoolReply;
  'ui-to-bg/remove-school': DoneReply;
  'ui-to-bg/clear-all-data': DoneReply;
  'ui-to-bg/last-check': LastCheckReply;
  'cs-to-bg/call-urls-seen': DoneReply;
  'cs-to-bg/click-token': ClickTokenReply;
  'ui-to-bg/list-call-urls': CallUrlsReply;
  'ui-to-bg/test-webhook': TestCallUrlReply;
  'ui-to-bg/list-history': HistoryReply;
  'ui-to-bg/clear-history': DoneReply;
  'ui-to-bg/test-import': TestImportReply;
  'ui-to-bg/import-curl-with-key': ImportCurlReply;
}

type AnyMessage =
  | TabStatusMessage
  | PageSeenMessage
  | GetSettingsMessage
  | SaveSettingsMessage
  | GetSettingsFromPageMessage
  | OffersSeenMessage
  | KnownOffersMessage
  | ProcessKindMessage
  | SchoolFieldsMessage
  | ListOffersMessage
  | TestCallUrlMessage
  | RequestAccessMessage
  | ListSchoolsMessage
  | SaveSchoolMessage
  | RemoveSchoolMessage
  | ClearAllDataMessage
  | LastCheckMessage
  | CallUrlsSeenMessage
  | ClickTokenMessage
  | ListCallUrlsMessage
  | TestWebhookMessage
  | ListHistoryMessage
  | ClearHistoryMessage
  | TestImportMessage
  | ImportCurlWithKeyMessage;

export async function sendToBackground<M extends AnyMessage>(message: M): Promise<Replies[M['type']]> {
  try {
    return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
  } catch (error) {
    const failure: Failure = { ok: false, problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) } };
    // Every reply type includes Failure; spelled as a cast, the union of all replies is too large for the checker.
    return failure as Replies[M['type']];
  }
}
