/**
 * UI strings for the extension's own pages: Russian first, English second.
 * `t('check.run')` for plain strings, `t('readiness.invisible', { n: 5, total: 40 })` for plural forms.
 * The content script uses utils/i18n-content.ts, which carries only its own strings.
 */
import { enContent } from '@/utils/locales/en';
import { enPages } from './locales/en-pages';
import { ruContent, type ContentMessages } from '@/utils/locales/ru';
import { ruPages, type PageMessages } from './locales/ru-pages';
import { translateIn, type KeysOf, type Lang, type Vars } from '@/utils/i18n-core';

export type Messages = ContentMessages & PageMessages;

export { browserLang, pickLang, type Lang, type Vars } from '@/utils/i18n-core';

export const LANGS: Record<Lang, Messages> = { ru: { ...ruContent, ...ruPages }, en: { ...enContent, ...enPages } };
export type MessageKey = KeysOf<Messages>;

export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  return translateIn(LANGS, lang, key, vars);
}

export function createT(lang: Lang) {
  return (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
}
