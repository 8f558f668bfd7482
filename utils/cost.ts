/**
 * Reads a money amount out of GetCourse's "cost with currency" (`cost_money`) and out of what
 * admins type by hand: "1 500 руб.", "12 000,00", "$1,500.00", "1.500,00 €", "100 UZS".
 *
 * Why this exists (fact sheet D.3): «Стоимость с валютой» is text; Albato's numeric field, like
 * `parseFloat("1 500 руб.")`, keeps only what comes before the first space (→ 1). The bare number
 * is `cost_money_value` / «стоимость без валюты».
 *
 * Format facts:
 * - GetCourse groups thousands with a space or a non-breaking space (U+00A0) and writes decimals
 *   with a COMMA: `12 000,00` (fact sheet B.1, export cells; D.3, UI). Whether it also uses the
 *   narrow NBSP (U+202F) is not known (D.3), so U+202F and the thin space U+2009 group too.
 * - `deal_currency` is an ISO 4217 code, default RUB (A.5); the accepted codes are listed in A.6.
 *
 * Rules (each is tested in tests/cost.test.ts):
 * 1. Only digit groups joined by ONE separator (space-like, "." or ",") form an amount. With
 *    grouping, the first group has 1–3 digits and every later group exactly 3; otherwise the
 *    text is not an amount ("1 5 0 0" → null, "12.05.2024" → null).
 * 2. Both "." and "," present: the last one is the decimal separator and occurs once, the other
 *    one groups thousands ("1.500,00 €" → 1500, "$1,500.00" → 1500).
 * 3. One "." or "," followed by anything but exactly 3 digits is the decimal separator
 *    ("1,5", "1 500,50", "1500.5"). The same mark repeated groups thousands ("1,500,000").
 * 4. The ambiguous case — a single "," or "." followed by exactly 3 digits, nothing else:
 *    - currency written AFTER the number or not at all (GetCourse's and Russian usage, B.1/D.3):
 *      "," is the decimal comma ("1,500 руб." → 1.5) and "." groups thousands the European way
 *      ("1.500 руб." → 1500);
 *    - currency written BEFORE the number (English usage: "$1,500", "USD 1.500"): "," groups
 *      thousands ("$1,500" → 1500) and "." is the decimal point ("$1.500" → 1.5).
 * 5. Everything around the number must be a known currency (A.6 codes, symbols, Russian
 *    abbreviations) and/or one minus sign ("-" or U+2212); any other word, markup or emoji →
 *    null. A currency before and after the number must agree ("$10 USD").
 * 6. More than one number → null ("от 1 000 до 2 000 руб."): picking one of them silently would
 *    send a wrong cost with no warning; the caller should ask the admin instead.
 * 7. The amount is rounded half-up to cents in decimal, so no float noise (1500.5, not
 *    1500.4999…). At most 13 integer digits, so cents stay exact in a double.
 *
 * Pure, no Intl (creating Intl objects is slow in a fresh content-script world), linear time:
 * longer input than MAX_LENGTH is rejected before any regex runs.
 */
export interface Cost {
  amount: number;
  /** ISO 4217 code, or null when the text names no currency */
  currency: string | null;
}

const MAX_LENGTH = 100;
const MAX_INTEGER_DIGITS = 13;

// `deal_currency` codes, fact sheet A.6: the 33 on GetCourse's help page, then the ones one SDK adds.
const ISO_CODES =
  'RUB USD EUR GBP BYR BYN KZT UAH AUD DKK CHF SEK ZAR AMD RON BRL ILS MYR SGD KGS CAD MXN JPY ' +
  'UZS PLN AZN AED TRY INR RSD CZK MNT NZD ' +
  'BGN IDR CNY GEL COP ARS PEN CLP VND PHP DOP KRW TWD MDL TJS NOK NGN HKD';

/** Currency spellings, lower case, spaces removed, one trailing dot removed ("бел. руб." → "бел.руб"). */
const CURRENCY = new Map<string, string>();
for (const code of ISO_CODES.split(' ')) CURRENCY.set(code.toLowerCase(), code);
const ALIASES: Record<string, string> = {
  RUB: '₽ руб р рубль рубля рублей rur',
  USD: '$ us$ долл доллар доллара долларов',
  EUR: '€ евро',
  KZT: '₸ тг тенге',
  UAH: '₴ грн',
  BYN: 'br бел.руб бел.р',
  GBP: '£',
};
for (const [code, words] of Object.entries(ALIASES)) {
  for (const word of words.split(' ')) CURRENCY.set(word, code);
}

/** Digit groups joined by single separators; separators are never digits, so this is linear. */
const NUMBER = /[0-9]+(?:[ \u00a0\u202f\u2009.,][0-9]+)*/;
const DIGIT = /[0-9]/;
const MINUS = /^[-\u2212]|[-\u2212]$/;

export function parseCost(text: string): Cost | null {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return null;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  // Rule 6: a second number anywhere after the first one.
  if (DIGIT.test(after)) return null;

  let prefix = before.trim();
  const negative = MINUS.test(prefix);
  if (negative) prefix = prefix.replace(MINUS, '');
  const pre = currencyOf(prefix);
  const post = currencyOf(after);
  if (pre === undefined || post === undefined) return null;
  if (pre && post && pre !== post) return null;

  const cents = parseCents(match[0], pre !== null);
  if (cents === null) return null;
  const amount = cents === 0 ? 0 : (negative ? -cents : cents) / 100;
  return { amount, currency: pre ?? post };
}

/** null = no currency written; undefined = something that is not a currency. */
function currencyOf(raw: string): string | null | undefined {
  let word = raw.replace(/\s+/g, '').toLowerCase();
  if (word === '') return null;
  if (word.length > 1 && word.endsWith('.')) word = word.slice(0, -1);
  return CURRENCY.get(word);
}

/** The amount in cents, or null when the digits and separators break rules 1–4 and 7. */
function parseCents(run: string, currencyFirst: boolean): number | null {
  const groups = run.split(/[^0-9]/);
  const seps = run.replace(/[0-9]+/g, '').replace(/[ \u00a0\u202f\u2009]/g, ' ');
  const last = seps[seps.length - 1];
  const dots = count(seps, '.');
  const commas = count(seps, ',');

  let decimal: string | undefined; // the decimal separator, if the run has one
  if (dots && commas) {
    decimal = last; // rule 2
  } else if (dots + commas === 1 && (last === '.' || last === ',')) {
    const fraction = groups[groups.length - 1] ?? '';
    const couldGroup = seps.length === 1 && fraction.length === 3 && (groups[0] ?? '').length <= 3;
    if (!couldGroup)
      decimal = last; // rule 3
    else if ((last === ',') !== currencyFirst) decimal = last; // rule 4
  }

  let integerGroups = groups;
  let fraction = '';
  let groupSeps = seps;
  if (decimal !== undefined) {
    if (last !== decimal || count(seps, decimal) !== 1) return null;
    integerGroups = groups.slice(0, -1);
    fraction = groups[groups.length - 1] ?? '';
    groupSeps = seps.slice(0, -1);
  }
  // Rule 1: one grouping mark throughout, 1–3 digits then groups of exactly 3.
  if (groupSeps.length > 0) {
    if (count(groupSeps, groupSeps[0] ?? '') !== groupSeps.length) return null;
    const [first = '', ...rest] = integerGroups;
    if (first.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  const integer = integerGroups.join('');
  if (integer.length > MAX_INTEGER_DIGITS) return null;
  // Rule 7: round half-up on the third fraction digit, in integers.
  const cents = Number(integer) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  return cents + ((fraction[2] ?? '0') >= '5' ? 1 : 0);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}
