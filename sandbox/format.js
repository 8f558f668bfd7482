// @ts-check
/** Formats GetCourse uses in exports and pages (ref B.1, D.3). */

/** @type {Map<string, Intl.DateTimeFormat>} one formatter per zone: building one is slow */
const FORMATTERS = new Map();

/**
 * `YYYY-MM-DD HH:MM:SS` in the account's own time zone (ref B.1 "account time"; ref R.4: not fixed Moscow
 * time), daylight saving included. ASSUMPTION (see sandbox/README.md#assumptions): which zone each school has.
 * @param {number} ms
 * @param {string} timeZone an IANA zone, e.g. `Europe/Moscow` (the school's `timeZone`)
 * @returns {string}
 */
export function formatDateTime(ms, timeZone) {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    const digits = /** @type {const} */ ('2-digit');
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: digits,
      day: digits,
      hour: digits,
      minute: digits,
      second: digits,
      hourCycle: 'h23',
    });
    FORMATTERS.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/**
 * Money like `12 000,00` (ref B.1, D.3): groups split by a plain space, or by U+00A0 when `nbsp` is set.
 * @param {number} amount
 * @param {boolean} nbsp
 * @returns {string}
 */
export function formatMoney(amount, nbsp) {
  const [whole = '0', fraction = '00'] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, nbsp ? '\u00a0' : ' ');
  return `${grouped},${fraction}`;
}
