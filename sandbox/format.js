// @ts-check
/** Formats GetCourse uses in exports and pages (ref B.1, D.3). */

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/**
 * `YYYY-MM-DD HH:MM:SS` in account time (ref B.1). ASSUMPTION (see sandbox/README.md#assumptions): the account time zone is Moscow (UTC+3).
 * @param {number} ms
 * @returns {string}
 */
export function formatDateTime(ms) {
  return new Date(ms + MOSCOW_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
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
