/**
 * Translation in the content script, with the dictionary the background sent for the page's
 * language (utils/locales/content.ts); components/shared/i18n.ts serves the extension pages.
 */
import type { ContentMessages } from './locales/ru';
import { translateIn, type KeysOf, type Lang, type Vars } from './i18n-core';

export { browserLang, type Lang } from './i18n-core';
export type { ContentMessages } from './locales/ru';

export type ContentKey = KeysOf<ContentMessages>;
/** A top-level section of the content dictionary: the unit a page asks strings by. */
export type ContentSection = keyof ContentMessages;
export type ContentT = (key: ContentKey, vars?: Vars) => string;

/** `strings`: the sections the page asked for; a key of another section reads as the key itself. */
export function createContentT(lang: Lang, strings: Partial<ContentMessages>): ContentT {
  const dictionaries = { ru: strings, en: strings } as Record<Lang, ContentMessages>;
  return (key, vars) => translateIn(dictionaries, lang, key, vars);
}
