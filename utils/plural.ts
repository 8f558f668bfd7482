/**
 * Plural forms, because WXT's i18n only knows 0/1/n and Russian needs one/few/many (1 поле,
 * 2 поля, 5 полей, 21 поле, 1,5 поля). The CLDR rules for our two languages are written out
 * rather than taken from Intl.PluralRules: creating Intl objects costs tens of milliseconds the
 * first time in a fresh content-script world, on every GetCourse page load. tests/i18n.test.ts
 * checks these rules against Intl.PluralRules.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/** CLDR: ru one = i%10=1 & i%100≠11; few = i%10∈2..4 & i%100∉12..14; many = other integers; other = fractions. en one = 1. */
export function pluralCategory(lang: string, n: number): PluralCategory {
  const integer = Number.isInteger(n);
  if (lang.startsWith('ru')) {
    if (!integer) return 'other';
    const abs = Math.abs(n);
    const mod10 = abs % 10;
    const mod100 = abs % 100;
    if (mod10 === 1 && mod100 !== 11) return 'one';
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
    return 'many';
  }
  return n === 1 ? 'one' : 'other';
}

/** 1 001 → "1 001" (NBSP) in Russian, "1,001" in English; decimals with a comma in Russian. */
export function formatCount(lang: string, n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const separator = lang.startsWith('ru') ? '\u00a0' : ',';
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : whole;
  const sign = n < 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${lang.startsWith('ru') ? ',' : '.'}${fraction}`;
}

/** Picks the form for `n` and replaces `{n}` with the number written the language's way. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replaceAll('{n}', formatCount(lang, n));
}
