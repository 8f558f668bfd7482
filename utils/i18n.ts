/**
 * UI strings: Russian first, English second, chosen from the browser's languages.
 * `t('popup.check')` for plain strings, `t('popup.fieldsFound', { n: 5 })` for plural forms.
 */
import { en } from './locales/en';
import { ru, type Messages } from './locales/ru';
import { plural, type PluralForms } from './plural';

export type Lang = 'ru' | 'en';
export const LANGS: Record<Lang, Messages> = { ru, en };

/** Russian unless the first language the browser prefers is English. */
export function pickLang(preferred: readonly string[] | undefined): Lang {
  const first = preferred?.[0]?.toLowerCase() ?? 'ru';
  return first.startsWith('en') ? 'en' : 'ru';
}

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = T extends string | PluralForms ? '' : { [K in keyof T & string]: T[K] extends string | PluralForms ? K : Join<K, Paths<T[K]>> }[keyof T & string];
export type MessageKey = Paths<Messages>;
export type Vars = Record<string, string | number>;

function lookup(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const entry = lookup(LANGS[lang], key) ?? lookup(ru, key);
  let text: string;
  if (typeof entry === 'string') text = entry;
  else if (entry && typeof entry === 'object' && 'other' in entry) text = plural(lang, Number(vars.n ?? 0), entry as PluralForms);
  else return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function createT(lang: Lang) {
  return (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
}

export function browserLang(): Lang {
  return pickLang(typeof navigator === 'undefined' ? undefined : navigator.languages ?? [navigator.language]);
}
