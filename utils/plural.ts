/**
 * Plural forms through Intl.PluralRules, because WXT's i18n only knows 0/1/n and Russian
 * needs one/few/many (1 поле, 2 поля, 5 полей, 21 поле, 1,5 поля).
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesCache = new Map<string, Intl.PluralRules>();

export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesCache.set(lang, rules);
  }
  return rules.select(n);
}

/** Picks the form for `n` and replaces `{n}` with the number written the language's way. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const category = pluralCategory(lang, n);
  const form = (category === 'one' || category === 'few' || category === 'many' || category === 'other' ? forms[category] : undefined) ?? forms.other;
  return form.replaceAll('{n}', new Intl.NumberFormat(lang).format(n));
}
