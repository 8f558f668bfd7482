/**
 * Translation in the content script, with the dictionary the background sent for the page's
 * language (utils/locales/content.ts); utils/i18n.ts serves the extension pages.
 */
import type { ContentMessages } from './locales/ru';
import { translateIn, type KeysOf, type Lang, type Vars } from './i18n-core';

export { browserLang, type Lang } from './i18n-core';
export type { ContentMessages } from './locales/ru';

export type ContentKey = KeysOf<ContentMessages>;
export type ContentT = (key: ContentKey, vars?: Vars) => string;

export function createContentT(lang: Lang, strings: ContentMessages): ContentT {
  const dictionaries = { ru: strings, en: strings } as Record<Lang, ContentMessages>;
  return (key, vars) => translateIn(dictionaries, lang, key, vars);
}
