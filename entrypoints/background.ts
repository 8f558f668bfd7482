import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '@/utils/background/router';
import { forgetTab } from '@/utils/background/tab-status';

// Listeners are registered synchronously: an MV3 worker woken by a message must find them.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) } }),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
