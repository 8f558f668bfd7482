/**
 * Translation mechanics shared by extension pages (components/shared/i18n.ts) and the content script
 * (utils/i18n-content.ts), which each bring only their own dictionaries.
 */
import { plural, type PluralForms } from './plural';

export type Lang = 'ru' | 'en';
export type Vars = Record<string, string | number>;

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
/** 'check.run', 'fields.problem.cyrillic', …: every leaf (string or plural forms) of a dictionary. */
export type KeysOf<T> = T extends string | PluralForms
  ? ''
  : { [K in keyof T & string]: T[K] extends string | PluralForms ? K : Join<K, KeysOf<T[K]>> }[keyof T & string];

/** Russian unless the first language the browser prefers is English. */
export function pickLang(preferred: readonly string[] | undefined): Lang {
  const first = preferred?.[0]?.toLowerCase() ?? 'ru';
  return first.startsWith('en') ? 'en' : 'ru';
}

export function browserLang(): Lang {
  return pickLang(typeof navigator === 'undefined' ? undefined : (navigator.languages ?? [navigator.language]));
}

function lookup(messages: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/** The entry for `key` in `lang`, falling back to Russian; plural forms chosen by `vars.n`. */
export function translateIn(dictionaries: Record<Lang, object>, lang: Lang, key: string, vars: Vars = {}): string {
  const entry = lookup(dictionaries[lang], key) ?? lookup(dictionaries.ru, key);
  let text: string;
  if (typeof entry === 'string') text = entry;
  else if (entry && typeof entry === 'object' && 'other' in entry) text = plural(lang, Number(vars.n ?? 0), entry as PluralForms);
  else return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
