/**
 * User settings (not secrets): transliteration standard for suggested field names and the UI
 * language. Kept in storage.local by extension pages and the background; the content script asks
 * the background for them (it never touches storage, where keys may live later).
 */
import type { TranslitStandard } from './transliterate';

export type LangSetting = 'auto' | 'ru' | 'en';

export interface Settings {
  standard: TranslitStandard;
  lang: LangSetting;
  /** the mail domain of test-import addresses (albato-test+…@domain), chosen in the popup */
  testDomain: string;
}

/** A reserved domain (RFC 2606): nobody receives mail there, until the admin picks their own. */
export const TEST_EMAIL_DOMAIN = 'example.com';

export const DEFAULT_SETTINGS: Settings = { standard: 'icao-9303', lang: 'auto', testDomain: TEST_EMAIL_DOMAIN };
export const SETTINGS_KEY = 'settings';
