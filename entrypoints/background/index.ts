import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from './router';
import { handleCheckPort } from './check-port';
import { ensureMigrated } from './storage/migrate';
import { syncOwnDomainScripts } from './own-domain-registrar';
import { forgetTabCalls, resetPageCalls } from './page-calls';
import { forgetKindLookups } from './process-kinds-remote';
import { listenToNotificationClicks, reconcileWatchAlarms, runWatch, watchedSchoolOf } from './watch/runner';

// Listeners are registered synchronously: an MV3 worker woken by a message must find them.
export default defineBackground(() => {
  // Click tokens, call counts and access pages asked for live in this worker only (README, Security).
  resetPageCalls();
  // So are the processes-by-type lists last read and when (the bound on reading them again).
  forgetKindLookups();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) } }),
    );
    return true;
  });
  browser.runtime.onConnect.addListener(handleCheckPort);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabCalls(tabId);
  });
  // Migrations run lazily before any storage access; running them at install too keeps the
  // first popup fast after an update.
  browser.runtime.onInstalled.addListener(() => void ensureMigrated());
  // Own-domain content scripts follow saved schools × granted origins (README, "Own domains"):
  // checked at startup and after an install or update (a lost registration is repaired), and
  // whenever the admin grants or revokes an origin, in the extension or in the browser's settings.
  browser.runtime.onStartup.addListener(() => void syncOwnDomainScripts());
  browser.runtime.onInstalled.addListener(() => void syncOwnDomainScripts());
  browser.permissions.onAdded.addListener(() => void syncOwnDomainScripts());
  browser.permissions.onRemoved.addListener(() => void syncOwnDomainScripts());
  // Keep watch (issue 21): the worker wakes for a watched school only from its alarm; alarms are
  // put right at startup and after an update (browsers may drop them on restart).
  browser.alarms.onAlarm.addListener((alarm) => {
    const schoolId = watchedSchoolOf(alarm.name);
    if (schoolId) void runWatch(schoolId);
  });
  browser.runtime.onStartup.addListener(() => void reconcileWatchAlarms());
  browser.runtime.onInstalled.addListener(() => void reconcileWatchAlarms());
  // `notifications` is optional: its events exist once the admin granted it, maybe while this worker runs.
  listenToNotificationClicks();
  browser.permissions.onAdded.addListener(listenToNotificationClicks);
});
