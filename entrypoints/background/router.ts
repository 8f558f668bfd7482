/**
 * The background's single entry for messages. Order of checks (uBlock/Dark Reader's way):
 * 1. the sender is this extension; 2. the message is in the contract (utils/contract.ts) and its
 * sender is of the kind the contract names (extension page or content script in a tab); 3. the
 * payload passes the message's schema; 4. for content scripts, the page it comes from is a school's
 * (and, for some, a given page of it). Then its handler runs. Failures come back as Problems,
 * never as thrown exceptions.
 *
 * The two handler maps below are typed from the contract: a message without a handler, or a
 * handler whose reply is not the contract's, does not build.
 */
import { browser } from 'wxt/browser';
import type { Failure } from '@/utils/messages';
import { CS_TO_BG, UI_TO_BG } from '@/utils/message-names';
import { CONTRACT, type MessageFrom, type MessageType, type ParsedOf, type ReplyOf } from '@/utils/contract';
import type { SchoolAddress } from '@/utils/school';
import { loadSettings, saveSettings } from './settings-store';
import { listOffers, rememberOffers } from './offer-store';
import { rememberSchoolFields, schoolFields } from './process-store';
import type { PageDataWrite } from './page-data';
import { PAGE_DATA_SCHOOL_BYTES } from '@/utils/page-data-limits';
import { processKindFor } from './process-kinds-remote';
import { pageSchool } from './page-school';
import { detectPage } from '@/utils/page-detect';
import { sendAndRecord } from './call-url-test';
import { listCallUrls } from './call-url-store';
import { issueClickToken } from './click-tokens';
import { confirmCallFromPage, rememberSeenCallUrls } from './page-calls';
import { clearHistory, listHistory } from './history';
import { importCurlReply, testImportReply } from './import-handler';
import { pageSettings } from './page-settings';
import { clearAllDataReply, removeSchoolReply, saveSchoolReply, schoolsReply } from './school-handlers';
import { lastCheck } from './connection-check';
import { listWatchesReply, setWatchReply } from './watch/handlers';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const fail = (code: 'bad-request' | 'forbidden', raw: string): Failure => ({ ok: false, problem: { code, raw } });

/** A page's data that did not fit in its school's share (page-data.ts): refused, the school keeps what it had. */
const schoolFull = (written: PageDataWrite<unknown> & { stored: false }): Failure =>
  fail('bad-request', `more page data than one school may keep: ${written.bytes} bytes of ${PAGE_DATA_SCHOOL_BYTES}`);

/** Extension pages have our own origin; content scripts report the page's URL and a tab. */
export function isExtensionPage(sender: Sender): boolean {
  const ownOrigin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

type Awaitable<T> = T | Promise<T>;
type PageType = MessageFrom<'page'>;
type ContentType = MessageFrom<'content'>;

/** The tab a content-script message comes from, and the school its page belongs to. */
interface FromTab {
  tabId: number;
  url: string;
}
interface FromSchool extends FromTab {
  school: SchoolAddress;
}

/**
 * Where a content-script message is accepted: any page the script runs on, a school's page (the
 * school is the sender's page, never a host named in the message; an own domain only while saved
 * and granted: page-school.ts), or one kind of school page.
 */
type ContentHandler<K extends ContentType> =
  | { on: 'any-page'; handle: (message: ParsedOf<K>, from: FromTab) => Awaitable<ReplyOf<K>> }
  | { on: 'school' | 'offers-list' | 'process-editor'; handle: (message: ParsedOf<K>, from: FromSchool) => Awaitable<ReplyOf<K>> };

const PAGE_NAMES = { 'offers-list': 'the offers list', 'process-editor': 'the process editor' } as const;
const processIdOf = (from: FromTab) => new URL(from.url).searchParams.get('id') ?? '';

const FROM_PAGES: { [K in PageType]: (message: ParsedOf<K>) => Awaitable<ReplyOf<K>> } = {
  [UI_TO_BG.getSettings]: async () => ({ ok: true, settings: await loadSettings() }),
  [UI_TO_BG.saveSettings]: async (m) => ({ ok: true, settings: await saveSettings({ ...(await loadSettings()), ...m.settings }) }),
  [UI_TO_BG.listOffers]: async (m) => ({ ok: true, offers: await listOffers(new URL(m.origin).host) }),
  [UI_TO_BG.listSchools]: () => schoolsReply(),
  [UI_TO_BG.saveSchool]: (m) => saveSchoolReply(m),
  [UI_TO_BG.removeSchool]: (m) => removeSchoolReply(m.id),
  [UI_TO_BG.clearAllData]: () => clearAllDataReply(),
  [UI_TO_BG.lastCheck]: async (m) => ({ ok: true, report: await lastCheck(m.schoolId) }),
  [UI_TO_BG.listWatches]: () => listWatchesReply(),
  [UI_TO_BG.setWatch]: (m) => setWatchReply(m.schoolId, m.period),
  [UI_TO_BG.listCallUrls]: async (m) => ({ ok: true, urls: await listCallUrls(new URL(m.origin).host) }),
  [UI_TO_BG.testWebhook]: (m) => sendAndRecord(m, `popup:${m.origin}`, new URL(m.origin).host),
  [UI_TO_BG.listHistory]: async (m) => ({ ok: true, entries: await listHistory(new URL(m.origin).host) }),
  [UI_TO_BG.clearHistory]: async (m) => {
    await clearHistory(new URL(m.origin).host);
    return { ok: true };
  },
  [UI_TO_BG.testImport]: (m) => testImportReply(m),
  [UI_TO_BG.importCurlWithKey]: (m) => importCurlReply(m),
};

const FROM_CONTENT: { [K in ContentType]: ContentHandler<K> } = {
  [CS_TO_BG.getSettings]: {
    on: 'any-page',
    handle: (m) => pageSettings(m.lang, m),
  },
  [CS_TO_BG.offersSeen]: {
    on: 'school',
    handle: async (m, { school }) => {
      const written = await rememberOffers(school.host, m.offers);
      return written.stored ? { ok: true } : schoolFull(written);
    },
  },
  [CS_TO_BG.knownOffers]: { on: 'offers-list', handle: async (_m, { school }) => ({ ok: true, offers: await listOffers(school.host) }) },
  [CS_TO_BG.processKind]: {
    on: 'school',
    handle: async (m, from) => ({ ok: true, kind: await processKindFor(from.school, from.url, m.processId, m.kind) }),
  },
  [CS_TO_BG.schoolFields]: {
    on: 'school',
    handle: async (m, { school }) => {
      if (!m.context || !m.titles) return { ok: true, fields: await schoolFields(school.host) };
      const written = await rememberSchoolFields(school.host, m.context, m.titles);
      return written.stored ? { ok: true, fields: written.value } : schoolFull(written);
    },
  },
  // Test calls are asked only from the process editor the admin has open (issue 4), and only
  // opened for confirmation on the extension's own page, from the admin's own click, for a host
  // they typed or the process showed (README, Security; page-calls.ts).
  [CS_TO_BG.callUrlsSeen]: {
    on: 'process-editor',
    handle: async (m, { school }) => {
      const written = await rememberSeenCallUrls(school.host, m.processId, m.urls);
      return written.stored ? { ok: true } : schoolFull(written);
    },
  },
  [CS_TO_BG.clickToken]: { on: 'process-editor', handle: (m, from) => issueClickToken(from.tabId, m.action) },
  [CS_TO_BG.confirmCall]: { on: 'process-editor', handle: (m, from) => confirmCallFromPage(m, from.tabId, from.school, processIdOf(from)) },
};

/** The names of every handled message, for the test that holds them equal to the contract's. */
export const HANDLED = { page: Object.keys(FROM_PAGES), content: Object.keys(FROM_CONTENT) };

const problemsOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join('.') || 'message'}: ${i.message}`).join('; ');

export async function handleMessage(raw: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return fail('forbidden', 'sender is not this extension');
  const type = raw && typeof raw === 'object' && 'type' in raw ? String(raw.type) : '';
  if (!Object.hasOwn(CONTRACT, type)) return fail('bad-request', `unknown message type ${JSON.stringify(type).slice(0, 80)}`);
  const row = CONTRACT[type as MessageType];

  if (row.from === 'page') {
    if (!isExtensionPage(sender)) return fail('forbidden', `${type} is accepted only from extension pages`);
    const parsed = row.request.safeParse(raw);
    if (!parsed.success) return fail('bad-request', problemsOf(parsed.error.issues));
    const handle = FROM_PAGES[type as PageType] as (message: unknown) => Awaitable<unknown>;
    return handle(parsed.data);
  }

  const tabId = sender.tab?.id;
  if (isExtensionPage(sender) || tabId === undefined) return fail('forbidden', `${type} is accepted only from content scripts`);
  const parsed = row.request.safeParse(raw);
  if (!parsed.success) return fail('bad-request', problemsOf(parsed.error.issues));
  const handler = FROM_CONTENT[type as ContentType] as {
    on: ContentHandler<ContentType>['on'];
    handle: (message: unknown, from: FromTab | FromSchool) => Awaitable<unknown>;
  };
  const url = sender.url ?? sender.tab?.url ?? '';
  if (handler.on === 'any-page') return handler.handle(parsed.data, { tabId, url });
  const school = await pageSchool(url);
  if (!school) return fail('forbidden', `${type} is accepted only from GetCourse school pages`);
  if (handler.on !== 'school' && detectPage(url) !== handler.on)
    return fail('forbidden', `${type} is accepted only from ${PAGE_NAMES[handler.on]}`);
  return handler.handle(parsed.data, { tabId, url, school });
}
