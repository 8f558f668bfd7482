/**
 * Cyrillic → Latin for suggested custom-field names (fact sheet G.1). Pure, no dependencies:
 * a 256-slot array per standard covers U+0400–U+04FF, so each character costs one array read.
 *
 * Why ICAO Doc 9303 is the default: Russian passports use it since 2014 (FMS order №320, fact
 * sheet G.1), so admins recognise the spelling from their own passport (Андрей → Andrei,
 * ц → ts, ъ → ie), and it yields plain ASCII letters only — no apostrophes or backticks that a
 * field name could not hold.
 *
 * Letters beyond Russian, used by schools in Ukraine, Belarus and Kazakhstan:
 * - Ukrainian ґ є і ї, Belarusian ў і: from each standard's own table (ICAO 9303 Part 3:
 *   ґ g, є ie, і i, ї i, ў u; GOST 7.79 B: ґ g`, є ye, і i, ї yi, ў u` with the backtick dropped).
 * - Kazakh ә ғ қ ң ө ұ ү һ і: neither table in G.1 has them; we take the Kazakh Latin alphabet of
 *   January 2021 (Ä Ğ Q Ñ Ö Ū Ü H I) without its diacritics (assumption, easy to change below).
 * - Serbian/Macedonian ђ ѓ ѕ ј ќ љ њ ћ џ: ICAO 9303 Part 3 values, for both standards.
 * The language is not detected, so shared letters always take their Russian value (Ukrainian
 * и → i, Belarusian г → g); a field name only has to be readable, not an official spelling.
 */
export type TranslitStandard = 'icao-9303' | 'gost-7.79-b';
export const DEFAULT_STANDARD: TranslitStandard = 'icao-9303';

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
// Fact sheet G.1, lower case, in the order of RUSSIAN.
const ICAO_RU = 'a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia';
// GOST 7.79 system B without its backtick marks (ъ `` → '', ы y` → y, ь ` → '', э e` → e):
// backticks are not allowed in a field name. ц is `cz` except before е и й ы (see czSoft).
const GOST_RU = 'a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh - y - e yu ya';
const EXTRA = 'ґєіїўәғқңөұүһђѓѕјќљњћџ';
const ICAO_EXTRA = 'g ie i i u a g q n o u u h d g dz j k lj nj c dz';
const GOST_EXTRA = 'g ye i yi u a g q n o u u h d g z j k l n c dz';

const BASE = 0x0400;

interface Table {
  /** Latin in lower case, indexed by code - BASE; undefined = not a letter we map */
  out: (string | undefined)[];
  /** 1 where the code is an upper-case Cyrillic letter we map */
  upper: Uint8Array;
}

function buildTable(letters: string, values: string): Table {
  const out = Array.from<string | undefined>({ length: 256 });
  const upper = new Uint8Array(256);
  const latin = values.split(' ');
  // The tables are Cyrillic letters, one UTF-16 unit each: split by unit is split by letter.
  letters.split('').forEach((lower, i) => {
    const value = latin[i] === '-' ? '' : (latin[i] ?? '');
    out[lower.charCodeAt(0) - BASE] = value;
    const cap = lower.toUpperCase().charCodeAt(0) - BASE;
    out[cap] = value;
    upper[cap] = 1;
  });
  return { out, upper };
}

interface Tables {
  byStandard: Record<TranslitStandard, Table>;
  /** GOST's ц → c before these (codes) */
  czSoft: Set<number>;
  /** ц and Ц (slots) */
  tse: Set<number>;
}

let tables: Tables | undefined;

/**
 * Built on the first name suggested, not when the module loads: every content script imports this
 * module through the feature registry, and only the field pages' script ever suggests a name
 * (README, "Performance": the scripts do nothing at load on pages they do not serve).
 */
function built(): Tables {
  tables ??= {
    byStandard: {
      'icao-9303': buildTable(RUSSIAN + EXTRA, `${ICAO_RU} ${ICAO_EXTRA}`),
      'gost-7.79-b': buildTable(RUSSIAN + EXTRA, `${GOST_RU} ${GOST_EXTRA}`),
    },
    czSoft: new Set('еийыЕИЙЫ'.split('').map((c) => c.charCodeAt(0))),
    tse: new Set('цЦ'.split('').map((c) => c.charCodeAt(0) - BASE)),
  };
  return tables;
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Cyrillic letters → Latin; every other character is returned untouched. Case follows the
 * source: Ж → Zh, but ЖУК → ZHUK (a multi-letter value is all caps when the neighbouring
 * letter is upper case, as in iuliia).
 */
export function transliterate(text: string, standard: TranslitStandard = DEFAULT_STANDARD): string {
  const { byStandard, czSoft, tse } = built();
  const { out, upper } = byStandard[standard];
  const gost = standard === 'gost-7.79-b';
  let result = '';
  let start = 0; // start of the pending run of untouched characters
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const slot = text.charCodeAt(i) - BASE;
    if (slot < 0 || slot > 255) continue;
    let value = out[slot];
    if (value === undefined) continue;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const nextSlot = next - BASE;
    if (gost && tse.has(slot) && czSoft.has(next)) value = 'c';
    if (upper[slot] === 1 && value !== '') {
      if (value.length > 1) {
        const nextUpper = isAsciiUpper(next) || (nextSlot >= 0 && nextSlot < 256 && upper[nextSlot] === 1);
        const nextLetter = isAsciiLetter(next) || (nextSlot >= 0 && nextSlot < 256 && out[nextSlot] !== undefined);
        const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
        const prevUpper = isAsciiUpper(prev) || (prev - BASE >= 0 && prev - BASE < 256 && upper[prev - BASE] === 1);
        value = nextUpper || (!nextLetter && prevUpper) ? value.toUpperCase() : value[0]!.toUpperCase() + value.slice(1);
      } else {
        value = value.toUpperCase();
      }
    }
    result += text.slice(start, i) + value;
    start = i + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}

/** The lower-case Latin of each letter of the U+0400 block, by `code - 0x0400`, for one standard. */
export interface LowerLatinTable {
  /** lower-case Latin for both cases of a letter; undefined = not a letter we map */
  out: readonly (string | undefined)[];
  /** GOST's ц rule: ц and Ц (slots), and the codes after which they become `c`; null when the standard has no such rule */
  tse: ReadonlySet<number> | null;
  czSoft: ReadonlySet<number>;
}

/**
 * The table for callers that build lower-case words in one pass (utils/field-name.ts) without an
 * intermediate transliterated string: looked up once per name, then one array read per letter.
 */
export function lowerLatinTable(standard: TranslitStandard): LowerLatinTable {
  const { byStandard, czSoft, tse } = built();
  return { out: byStandard[standard].out, tse: standard === 'gost-7.79-b' ? tse : null, czSoft };
}
