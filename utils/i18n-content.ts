/** The content script's strings only (see utils/i18n.ts for the extension pages). */
import { enContent } from './locales/en';
import { ruContent, type ContentMessages } from './locales/ru';
import { translateIn, type KeysOf, type Lang, type Vars } from './i18n-core';

export { browserLang, type Lang } from './i18n-core';

const CONTENT_LANGS: Record<Lang, ContentMessages> = { ru: ruContent, en: enContent };
export type ContentKey = KeysOf<ContentMessages>;
export type ContentT = (key: ContentKey, vars?: Vars) => string;

export function createContentT(lang: Lang): ContentT {
  return (key, vars) => translateIn(CONTENT_LANGS, lang, key, vars);
}
