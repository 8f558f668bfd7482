/**
 * The only module that touches `browser.storage`. Everything else goes through the typed items
 * in `items.ts`, so every stored value is declared, validated and migrated in one place.
 */
import { browser } from 'wxt/browser';

export type Area = 'local' | 'session';

/** `null` reads the whole area (migrations and clearing need to see every key). */
export function rawGet(area: Area, keys: string[] | null): Promise<Record<string, unknown>> {
  return browser.storage[area].get(keys);
}

export function rawSet(area: Area, items: Record<string, unknown>): Promise<void> {
  return browser.storage[area].set(items);
}

export function rawRemove(area: Area, keys: string[]): Promise<void> {
  return keys.length ? browser.storage[area].remove(keys) : Promise.resolve();
}

export function rawClear(area: Area): Promise<void> {
  return browser.storage[area].clear();
}

type SessionWithAccessLevel = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * storage.session is "not exposed to content scripts" by default, in Chrome
 * (https://developer.chrome.com/docs/extensions/reference/api/storage, storage.session) and in
 * Firefox (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/session).
 * Chromium keeps the level as a persistent extension pref (extensions/browser/api/storage/
 * storage_utils.cc), so a level widened once would outlive the code that widened it: pin it before
 * every secret is written, and store nothing if that fails. Firefox may not have the method
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754 is open); there the documented default
 * is what protects us.
 */
export async function keepSessionTrustedOnly(): Promise<void> {
  const session = browser.storage.session as unknown as SessionWithAccessLevel;
  if (typeof session.setAccessLevel === 'function') await session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}
