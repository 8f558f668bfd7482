/**
 * The Latin-name rule for GetCourse custom fields, and a Latin name to suggest when a name breaks it.
 *
 * The rule, and where each part comes from:
 * - Latin letters, with `_` instead of spaces: [DOC help.albato.ru], fact sheet 0.10 and E.1.
 * - Digits and `_` are allowed; a name must not start with a digit: our inference (fact sheet H, [INF]).
 * - At most 64 characters (UTF-16 units, as an input's maxlength counts): our assumption, not documented.
 * - `utm__source` or `_id` are still Latin-only, so they count as visible: nothing says otherwise.
 *   Suggestions we build are stricter anyway: `^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$`.
 * Pure: no DOM, no browser API.
 */
import { DEFAULT_STANDARD, lowerLatinTable, transliterate, type TranslitStandard } from './transliterate';

export type { TranslitStandard } from './transliterate';
export type FieldNameProblem = 'empty' | 'cyrillic' | 'spaces' | 'other-characters' | 'leading-digit' | 'too-long' | 'duplicate';

/** Assumption (see above); one place to change it. */
export const MAX_FIELD_NAME_LENGTH = 64;
/** Put before a suggestion that would start with a digit: `1С код` → `field_1s_kod`. */
const DIGIT_PREFIX = 'field';
/** The suggestion when nothing Latin is left (emoji, Chinese, punctuation only). */
const FALLBACK = 'field';

const VISIBLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
// JS whitespace (NBSP, thin space, tab, newline…) except U+FEFF, which is an invisible format mark.
const SPACE = /[^\S\uFEFF]/u;
const OTHER = /[^A-Za-z0-9_\s\p{Script=Cyrillic}]|\uFEFF/u;

/** The rule alone (no duplicate check): would Albato see this name as it is? */
export function isAlbatoVisible(name: string): boolean {
  return name.length <= MAX_FIELD_NAME_LENGTH && VISIBLE.test(name);
}

/** Same key as the page plan uses: GetCourse shows titles trimmed, and case is not a safe difference. */
const key = (name: string) => name.trim().toLowerCase();

/**
 * A SIMPLE name has only ASCII and the basic Cyrillic block, U+0400–U+045F (no combining marks):
 * NFKC and NFD leave it as it is, so it skips String#normalize (slow, and costly to start in a fresh
 * content-script world), and its characters are classed in one loop. Each of the two loops below
 * returns null at the first character that is not SIMPLE, which is cheaper than testing the name
 * with a regex first (scripts/bench-names.mjs).
 */

/** The three character classes of a SIMPLE name in one pass (same answers as the regexes above), or null. */
function simpleClasses(name: string): [boolean, boolean, boolean] | null {
  let cyrillic = false;
  let space = false;
  let other = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x0400) {
      if (c > 0x045f) return null;
      cyrillic = true;
    } else if (c > 0x7f) return null;
    else if (c === 32 || (c >= 9 && c <= 13)) space = true;
    else if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95)) other = true;
  }
  return [cyrillic, space, other];
}

/**
 * Checked on the raw text, not normalised: Albato gets exactly these characters, so a й typed as
 * и + combining breve is reported as other characters too.
 */
export function fieldNameProblems(name: string, otherNames: readonly string[] = []): FieldNameProblem[] {
  const trimmed = name.trim();
  if (trimmed === '') return ['empty'];
  const problems: FieldNameProblem[] = [];
  const [cyrillic, space, other] = simpleClasses(name) ?? [CYRILLIC.test(name), SPACE.test(name), OTHER.test(name)];
  if (cyrillic) problems.push('cyrillic');
  if (space) problems.push('spaces');
  if (other) problems.push('other-characters');
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) problems.push('leading-digit');
  if (name.length > MAX_FIELD_NAME_LENGTH) problems.push('too-long');
  if (otherNames.length > 0) {
    const own = key(name);
    if (otherNames.some((otherName) => key(otherName) === own)) problems.push('duplicate');
  }
  return problems;
}

// ---- Building a suggestion ----------------------------------------------------------------

let latinSpecial: Map<number, string> | undefined;

/** Latin letters NFD does not split into base + accent; built on first use, like the tables in transliterate.ts. */
const latinSpecialLetters = () =>
  (latinSpecial ??= new Map<number, string>(
    Object.entries({
      ß: 'ss',
      ẞ: 'SS',
      æ: 'ae',
      Æ: 'AE',
      œ: 'oe',
      Œ: 'OE',
      ø: 'o',
      Ø: 'O',
      đ: 'd',
      Đ: 'D',
      ð: 'd',
      Ð: 'D',
      ł: 'l',
      Ł: 'L',
      þ: 'th',
      Þ: 'TH',
      ı: 'i',
      ħ: 'h',
      Ħ: 'H',
      ŋ: 'n',
      Ŋ: 'N',
      ſ: 's',
    }).map(([c, v]) => [c.charCodeAt(0), v]),
  ));

/**
 * Characters dropped without splitting the word: combining accents (é → e after NFD), invisible
 * format marks (zero-width, bidi overrides, soft hyphen) and apostrophes, which ICAO 9303 also
 * drops (Ukrainian м'ята → miata, O'Neil → oneil).
 */
function isSilent(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f) ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x061c ||
    c === 0x180e ||
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x02bc ||
    c === 0x60
  );
}

/**
 * Runs of Latin letters and digits, in lower case; everything else separates words. For a SIMPLE
 * name, in one pass over the name as it is: the table maps both cases of a Cyrillic letter, and a
 * Latin run is lower-cased only when it has a capital, so the name is not lower-cased as a whole
 * (slow for Cyrillic text). Null when a character is not SIMPLE.
 */
function simpleLatinWords(name: string, standard: TranslitStandard): string[] | null {
  const { out, tse, czSoft } = lowerLatinTable(standard);
  const words: string[] = [];
  let word = '';
  let start = -1; // start of the current run of Latin letters and digits
  let capital = false; // the run has an A–Z
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (start < 0) start = i;
      if (c <= 90 && c >= 65) capital = true;
      continue;
    }
    if (start >= 0) {
      const run = name.slice(start, i);
      word += capital ? run.toLowerCase() : run;
      start = -1;
      capital = false;
    }
    let latin: string | undefined;
    if (c >= 0x0400) {
      if (c > 0x045f) return null;
      latin = out[c - 0x0400];
      if (tse?.has(c - 0x0400) && czSoft.has(name.charCodeAt(i + 1))) latin = 'c';
    } else if (c > 0x7f) return null;
    if (latin !== undefined) word += latin;
    else if (isSilent(c)) continue;
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  return words;
}

function latinWords(name: string, standard: TranslitStandard): string[] {
  const simple = simpleLatinWords(name, standard);
  if (simple) return simple;
  // NFKC folds full-width and compatibility forms (Ｅｍａｉｌ, ﬁ); the second transliterate pass
  // catches Cyrillic letters that only NFD turns into a letter we know (ӂ → ж + breve).
  const text = transliterate(transliterate(name.normalize('NFKC'), standard).normalize('NFD'), standard);
  const words: string[] = [];
  let word = '';
  let start = -1; // start of the current run of plain Latin letters and digits in `text`
  const flush = (end: number) => {
    if (start >= 0) word += text.slice(start, end);
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (start < 0) start = i;
      continue;
    }
    flush(i);
    if (isSilent(c)) continue;
    const special = latinSpecialLetters().get(c);
    if (special !== undefined) word += special;
    else if (word !== '') {
      words.push(word.toLowerCase());
      word = '';
    }
  }
  flush(text.length);
  if (word !== '') words.push(word.toLowerCase());
  return words;
}

export type CaseStyle = 'lower' | 'upper' | 'capitalized' | 'camel' | 'pascal';

/** The style of one valid name, or undefined when it shows none (one letter, Mixed_STYLE). */
function styleOf(name: string): CaseStyle | undefined {
  if (!/[A-Za-z][^A-Za-z]*[A-Za-z]/.test(name)) return undefined;
  if (!/[A-Z]/.test(name)) return 'lower';
  if (!/[a-z]/.test(name)) return 'upper';
  if (/^_*[A-Z][a-z0-9]*(_+([A-Z][a-z0-9]*|[0-9]+))*_*$/.test(name)) return 'capitalized';
  if (/^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(name)) return 'pascal';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(name)) return 'camel';
  return undefined;
}

/**
 * Lower case unless the admin's other valid names clearly use another style: at least two of
 * them, and more than half of those that show a style (UTM_SOURCE, Utm_Source, utmSource, UtmSource).
 */
export function caseStyleOf(otherNames: readonly string[]): CaseStyle {
  const votes = new Map<CaseStyle, number>();
  let voters = 0;
  for (const name of otherNames) {
    const style = isAlbatoVisible(name) ? styleOf(name) : undefined;
    if (!style) continue;
    voters += 1;
    votes.set(style, (votes.get(style) ?? 0) + 1);
  }
  for (const [style, count] of votes) if (count >= 2 && count * 2 > voters) return style;
  return 'lower';
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Joins the words in the style, within the length limit: at a word boundary when that keeps at
 * least half of the limit, otherwise cut inside the word.
 */
function compose(words: readonly string[], style: CaseStyle): string {
  const parts = words.map((w, i) =>
    style === 'upper' ? w.toUpperCase() : style === 'lower' || (style === 'camel' && i === 0) ? w : cap(w),
  );
  const sep = style === 'camel' || style === 'pascal' ? '' : '_';
  let out = '';
  for (const part of parts) {
    const next = out === '' ? part : out + sep + part;
    if (next.length <= MAX_FIELD_NAME_LENGTH) {
      out = next;
      continue;
    }
    if (out.length < MAX_FIELD_NAME_LENGTH / 2) out = next.slice(0, MAX_FIELD_NAME_LENGTH).replace(/_+$/, '');
    break;
  }
  return out;
}

/** `base_n`, cut so the whole stays within the limit. */
function withSuffix(base: string, n: number): string {
  const suffix = `_${n}`;
  return `${base.slice(0, MAX_FIELD_NAME_LENGTH - suffix.length).replace(/_+$/, '')}${suffix}`;
}

/** Options for building one suggestion; the page plan passes a precomputed style and taken set. */
export interface SuggestOptions {
  standard?: TranslitStandard;
  /** case style to follow; default: the majority style of `otherNames` */
  style?: CaseStyle;
  /** lower-cased names the suggestion must not equal */
  taken?: ReadonlySet<string>;
}

/** A valid Latin name for `name`, avoiding `taken`; `takenBy` is the plain suggestion when a suffix was added. */
export function suggestFieldName(name: string, options: SuggestOptions = {}): { suggestion: string; takenBy?: string } {
  const words = latinWords(name, options.standard ?? DEFAULT_STANDARD);
  if (words.length === 0) words.push(FALLBACK);
  else if (words[0]!.charCodeAt(0) <= 57) words.unshift(DIGIT_PREFIX);
  const base = compose(words, options.style ?? 'lower');
  const taken = options.taken;
  if (!taken?.has(base.toLowerCase())) return { suggestion: base };
  let n = 2;
  while (taken.has(withSuffix(base, n).toLowerCase())) n += 1;
  return { suggestion: withSuffix(base, n), takenBy: base };
}

function lint(name: string, otherNames: readonly string[], standard: TranslitStandard): { problems: string[]; suggestion: string } {
  const problems = fieldNameProblems(name, otherNames);
  if (problems.length === 0) return { problems, suggestion: name };
  if (otherNames.length === 0) return { problems, suggestion: suggestFieldName(name, { standard }).suggestion };
  return {
    problems,
    suggestion: suggestFieldName(name, { standard, style: caseStyleOf(otherNames), taken: new Set(otherNames.map(key)) }).suggestion,
  };
}

/**
 * Problems of `name` (in the order of FieldNameProblem; none when Albato sees it as it is) and a
 * name to use instead: `name` itself when fine, else a Latin name matching
 * `^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$`, at most 64 characters, equal to none of `otherNames`
 * (the other fields on the page, compared trimmed and case-insensitively). ICAO 9303 transliteration.
 */
export function lintFieldName(name: string, otherNames: string[] = []): { problems: string[]; suggestion: string } {
  return lint(name, otherNames, DEFAULT_STANDARD);
}

/** The same linter with another transliteration standard (e.g. GOST 7.79 system B). */
export function createFieldNameLinter(options: { standard: TranslitStandard }): typeof lintFieldName {
  const { standard } = options;
  return (name, otherNames) => lint(name, otherNames ?? [], standard);
}
