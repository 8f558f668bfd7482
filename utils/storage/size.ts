/**
 * The bytes a stored value takes, as Chrome counts `storage.local` against its 10 MiB quota: the
 * key's length plus the value serialized by Chromium's own JSON writer, both in UTF-8
 * (extensions/browser/api/storage/settings_storage_quota_enforcer.cc). That writer escapes `<`
 * as `\u003C` and U+2028 / U+2029 as `\u2028` / `\u2029` (base/json/string_escape.cc), and
 * writes a number beyond 32-bit integers (a timestamp) as a double with `.0` appended; counting
 * plain `JSON.stringify` would let a page fill six times the budget with `<`. Lone surrogates
 * count 6 bytes here and 3 there (the only place this count is higher). Pure: no browser API,
 * so the e2e suite can compare it with Chrome's `getBytesInUse`.
 */
const INT32_LIMIT = 2 ** 31;

export function utf8Length(text: string): number {
  return encodedLength(text, false);
}

/** The value's JSON as Chrome counts it (see above); 0 for what JSON cannot hold (undefined). */
export function jsonBytes(value: unknown): number {
  let doubles = 0;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'number' && Number.isInteger(v) && (v >= INT32_LIMIT || v < -INT32_LIMIT)) doubles += 1; // "1732800000000.0"
    return v;
  });
  return json === undefined ? 0 : encodedLength(json, true) + 2 * doubles;
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
