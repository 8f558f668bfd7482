/**
 * The bytes a stored value takes, as Chrome counts `storage.local` against its 10 MiB quota: the
 * key's length plus the value serialized by Chromium's own JSON writer, both in UTF-8
 * (extensions/browser/api/storage/settings_storage_quota_enforcer.cc). That writer escapes `<`
 * as `\u003C` and U+2028 / U+2029 as `\u2028` / `\u2029` (base/json/string_escape.cc): counting
 * plain `JSON.stringify` would let a page fill six times the budget with `<`. A number beyond
 * 32-bit integers is a double there: written with `.0` when whole, and in exponent form from 1e12
 * (a timestamp 1732800000000 is `1.7328e+12`), as measured with Chromium's `getBytesInUse`
 * (e2e/storage.chromium.e2e.test.ts checks this count against it). Lone surrogates count 6 bytes
 * here and 3 there (the only place this count is higher). Pure: no browser API.
 */
const INT32_LIMIT = 2 ** 31;

export function utf8Length(text: string): number {
  return encodedLength(text, false);
}

/** The value's JSON as Chrome counts it (see above); 0 for what JSON cannot hold (undefined). */
export function jsonBytes(value: unknown): number {
  let numbers = 0; // Chromium's length of every number minus JSON.stringify's
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) numbers += chromiumNumberLength(v) - String(v).length;
    return v;
  });
  return json === undefined ? 0 : encodedLength(json, true) + numbers;
}

/** A number as Chromium's JSON writer writes it: 32-bit integers as they are, other numbers as doubles. */
function chromiumNumberLength(v: number): number {
  if (Number.isInteger(v) && v >= -INT32_LIMIT && v < INT32_LIMIT) return String(v).length;
  const size = Math.abs(v);
  if (size >= 1e12 || (size !== 0 && size < 1e-6)) {
    const [mantissa = '', exponent = ''] = v.toExponential().split('e'); // shortest digits: "1.7328", "+12"
    return mantissa.length + 1 + exponent.length;
  }
  return String(v).length + (Number.isInteger(v) ? 2 : 0); // "2147483648.0"
}

/** UTF-8 bytes of `text`; with `asChromeJson`, `<`, U+2028 and U+2029 count as their 6-byte escapes. */
function encodedLength(text: string, asChromeJson: boolean): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += asChromeJson && unit === 0x3c ? 6 : 1;
    else if (unit < 0x800) bytes += 2;
    else if (asChromeJson && (unit === 0x2028 || unit === 0x2029)) bytes += 6;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** One storage key and its value, as Chrome counts them. */
export function storedBytes(key: string, value: unknown): number {
  return utf8Length(key) + jsonBytes(value);
}
