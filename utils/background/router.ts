/**
 * The background's single entry for messages. Order of checks (uBlock/Dark Reader's way):
 * 1. the sender is this extension; 2. its kind (extension page vs content script) decides which
 * message family it may send; 3. the payload passes the zod schema. Failures come back as
 * Problems, never as thrown exceptions.
 */
import { browser } from 'wxt/browser';
import type { Failure } from '../messages';
import { CS_TO_BG, UI_TO_BG } from '../messages';
import { csToBgSchema, uiToBgSchema } from '../message-schemas';
import { rememberPageSeen, tabStatus } from './tab-status';
import { loadSettings, saveSettings } from './settings-store';
import { listOffers, rememberOffers } from './offer-store';
import { rememberSchoolFields, schoolFields } from './process-store';
import type { PageDataWrite } from './page-data';
import { PAGE_DATA_SCHOOL_BYTES } from '../page-data-limits';
import { processKindFor } from './process-kinds-remote';
import { pageSchool } from './page-school';
import { detectPage } from '../page-detect';
import { sendAndRecord } from './call-url-test';
import { listCallUrls } from './call-url-store';
import { issueClickToken } from './click-tokens';
import { accessFromPage, newPageInTab, rememberSeenCallUrls, testCallFromPage } from './page-calls';
import { clearHistory, listHistory } from './history';
import { importCurlReply, testImportReply } from './import-handler';
import { pageSettings } from './page-settings';
import { clearAllDataReply, removeSchoolReply, saveSchoolReply, schoolsReply } from './school-handlers';
import { lastCheck } from './connection-check';

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

export async function handleMessage(raw: unknown, sender: Sender): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return fail('forbidden', 'sender is not this extension');
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '';

  if (type.startsWith('ui-to-bg/')) {
    if (!isExtensionPage(sender)) return fail('forbidden', `${type} is accepted only from extension pages`);
    const parsed = uiToBgSchema.safeParse(raw);
    if (!parsed.success) return fail('bad-request', parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; '));
    const message = parsed.data;
    switch (message.type) {
      case UI_TO_BG.tabStatus:
        return tabStatus(message.tabId);
      case UI_TO_BG.getSettings:
        return { ok: true, settings: await loadSettings() };
      case UI_TO_BG.saveSettings:
        return { ok: true, settings: await saveSettings({ ...(await loadSettings()), ...message.settings }) };
      case UI_TO_BG.listOffers:
        return { ok: true, offers: await listOffers(new URL(message.origin).host) };
      case UI_TO_BG.listSchools:
        return schoolsReply();
      case UI_TO_BG.saveSchool:
        return saveSchoolReply(message);
      case UI_TO_BG.removeSchool:
        return removeSchoolReply(message.id);
      case UI_TO_BG.clearAllData:
        return clearAllDataReply();
      case UI_TO_BG.lastCheck:
        return { ok: true, report: await lastCheck(message.schoolId) };
      case UI_TO_BG.listCallUrls:
        return { ok: true, urls: await listCallUrls(new URL(message.origin).host) };
      case UI_TO_BG.testWebhook:
        return sendAndRecord(message, `popup:${message.origin}`, new URL(message.origin).host);
      case UI_TO_BG.listHistory:
        return { ok: true, entries: await listHistory(new URL(message.origin).host) };
      case UI_TO_BG.testImport:
        return testImportReply(message);
      case UI_TO_BG.importCurlWithKey:
        return importCurlReply(message);
      case UI_TO_BG.clearHistory:
        await clearHistory(new URL(message.origin).host);
        return { ok: true };
    }
  }

  if (type.startsWith('cs-to-bg/')) {
    const tabId = sender.tab?.id;
    if (isExtensionPage(sender) || tabId === undefined) return fail('forbidden', `${type} is accepted only from content scripts`);
    const parsed = csToBgSchema.safeParse(raw);
    if (!parsed.success) return fail('bad-request', parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; '));
    if (parsed.data.type === CS_TO_BG.pageSeen) return rememberPageSeen(tabId, parsed.data.pageKind);
    if (parsed.data.type === CS_TO_BG.getSettings) {
      newPageInTab(tabId); // asked once when a content script starts: a new page in this tab
      return pageSettings(parsed.data.lang);
    }
    // The school is the page the content script runs in, never a host named in the message; an
    // own domain only while it is a saved school's and granted (page-school.ts).
    const school = await pageSchool(sender.url ?? sender.tab?.url);
    if (!school) return fail('forbidden', `${type} is accepted only from GetCourse school pages`);
    if (parsed.data.type === CS_TO_BG.offersSeen) {
      const written = await rememberOffers(school.host, parsed.data.offers);
      return written.stored ? { ok: true } : schoolFull(written);
    }
    if (parsed.data.type === CS_TO_BG.knownOffers) {
      if (detectPage(sender.url ?? sender.tab?.url ?? '') !== 'offers-list') return fail('forbidden', `${type} is accepted only from the offers list`);
      return { ok: true, offers: await listOffers(school.host) };
    }
    if (parsed.data.type === CS_TO_BG.processKind) return { ok: true, kind: await processKindFor(school, sender.url ?? sender.tab?.url ?? '', parsed.data.processId, parsed.data.kind) };
    if (parsed.data.type === CS_TO_BG.schoolFields) {
      if (!parsed.data.context || !parsed.data.titles) return { ok: true, fields: await schoolFields(school.host) };
      const written = await rememberSchoolFields(school.host, parsed.data.context, parsed.data.titles);
      return written.stored ? { ok: true, fields: written.value } : schoolFull(written);
    }
    // A test call goes only to a URL shown on the process editor the admin has open (issue 4).
    if (detectPage(sender.url ?? sender.tab?.url ?? '') !== 'process-editor') return fail('forbidden', `${type} is accepted only from the process editor`);
    if (parsed.data.type === CS_TO_BG.callUrlsSeen) {
      const written = await rememberSeenCallUrls(school.host, parsed.data.processId, parsed.data.urls);
      return written.stored ? { ok: true } : schoolFull(written);
    }
    // What reaches the network or opens a tab from the page is tied to the admin's own click and
    // goes only where they typed or the process showed (README, Security; page-calls.ts).
    if (parsed.data.type === CS_TO_BG.clickToken) return issueClickToken(tabId, parsed.data.action);
    const processId = new URL(sender.url ?? sender.tab?.url ?? '').searchParams.get('id') ?? '';
    if (parsed.data.type === CS_TO_BG.testCallUrl) return testCallFromPage(parsed.data, tabId, school, processId);
    if (parsed.data.type === CS_TO_BG.requestAccess) return accessFromPage(parsed.data, tabId, school, processId);
  }

  return fail('bad-request', `unknown message type ${JSON.stringify(type).slice(0, 80)}`);
}
