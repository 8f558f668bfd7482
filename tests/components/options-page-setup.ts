/**
 * What the settings page's view tests share: a fresh fake browser, an empty key vault, and the
 * page's messages answered by the real router, as the options page sends them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/router';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';

export const OPTIONS_SENDER = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

export function resetOptionsPage(): void {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory();
  (fakeBrowser.storage.session as unknown as { setAccessLevel(o: object): Promise<void> }).setAccessLevel = async () => {};
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: object) => handleMessage(message, OPTIONS_SENDER)) as never);
}
