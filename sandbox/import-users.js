// @ts-check
/** Users in imports: validation and upsert by e-mail or phone (ref A.1, A.2, A.3, E.1, R.4). */
import { formatDateTime } from './format.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').User} User */
/** @typedef {import('./types.js').UserGroup} UserGroup */

/** ref R.4: a user import with neither e-mail nor phone (the earlier `Не указан email пользователя` is contradicted). */
export const NO_IDENTIFIER = 'Не указан ни эл. адрес, ни телефон';
// ASSUMPTION (see sandbox/README.md#assumptions): the text for an invalid e-mail is [NOT FOUND] (ref A.8).
export const INVALID_EMAIL = 'Некорректный email пользователя';

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flags come as 1/0, "1"/"0" or booleans (ref A.7 "compare loosely"). @param {unknown} value */
export function isOn(value) {
  return value === true || value === 1 || value === '1' || value === 'true';
}

/** @param {unknown} value @returns {string} */
export function asText(value) {
  // A PHP-style cast of whatever came, as GetCourse's import does: an object gives some text, not an error.
  // oxlint-disable-next-line typescript/no-base-to-string
  return value === undefined || value === null ? '' : String(value).trim();
}

/** @typedef {{ email: string, phoneDigits: string }} Identity  exactly one of the two is non-empty */

/** A phone as its digits only: `+7 (900) 123-45-67` and `79001234567` are the same phone. @param {unknown} value */
export function phoneDigits(value) {
  return asText(value).replace(/\D/g, '');
}

/**
 * Who `params.user` is: the e-mail, else the phone (ref R.4: a phone alone is an accepted identifier),
 * or the error the import answers with (ref R.4 when there is neither).
 * ASSUMPTION (see sandbox/README.md#assumptions): a given e-mail is the identifier even when a phone is
 * given too (an invalid one is refused, not replaced by the phone); a phone counts only if it has a digit.
 * @param {unknown} userParams
 * @returns {Identity | { error: string }}
 */
export function readIdentity(userParams) {
  const user = isObject(userParams) ? userParams : {};
  const email = asText(user.email);
  if (email !== '') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { email, phoneDigits: '' } : { error: INVALID_EMAIL };
  const digits = phoneDigits(user.phone);
  return digits !== '' ? { email: '', phoneDigits: digits } : { error: NO_IDENTIFIER };
}

/**
 * The existing user an identity names: by e-mail (case-insensitive), else by the phone's digits.
 * ASSUMPTION (see sandbox/README.md#assumptions): digits must be equal (no country-code guessing:
 * `8 900…` is not `+7 900…`); with several users on one phone, the oldest (lowest id) is the one.
 * @param {School} school
 * @param {Identity} identity
 * @returns {User | undefined}
 */
function findUser(school, identity) {
  if (identity.email !== '') return school.users.find((u) => u.email.toLowerCase() === identity.email.toLowerCase());
  return school.users.filter((u) => phoneDigits(u.phone) === identity.phoneDigits).sort((a, b) => a.id - b.id)[0];
}

/**
 * `group_name` items: `"Group"` or `["Group", "YYYY-MM-DD HH:MM"]` / `["Group", "YYYY-MM-DD"]` (ref A.2).
 * @param {unknown} value
 * @param {string} nowText
 * @returns {UserGroup[]}
 */
function readGroups(value, nowText) {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  /** @type {UserGroup[]} */
  const groups = [];
  for (const item of items) {
    const [name, date] = Array.isArray(item) ? [asText(item[0]), asText(item[1])] : [asText(item), ''];
    if (name === '') continue;
    groups.push({ name, addedAt: normaliseDate(date) ?? nowText });
  }
  return groups;
}

/** @param {string} date @returns {string | undefined} `YYYY-MM-DD HH:MM:SS` */
function normaliseDate(date) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?$/.exec(date);
  if (!match) return undefined;
  return `${match[1]} ${match[2] ?? '00:00'}${match[3] ?? ':00'}`;
}

/**
 * Makes sure the school knows each group and stamps its last join time (ref B.1 `last_added_at`).
 * @param {School} school
 * @param {UserGroup[]} groups
 */
function registerGroups(school, groups) {
  for (const { name, addedAt } of groups) {
    const known = school.groups.find((g) => g.name === name);
    if (known) known.lastAddedAt = known.lastAddedAt && known.lastAddedAt > addedAt ? known.lastAddedAt : addedAt;
    else school.groups.push({ id: school.nextId.group++, name, lastAddedAt: addedAt });
  }
}

/**
 * Copies plain fields and `addfields` (keyed by the custom field's title, ref 0.8, A.2) onto the user.
 * ASSUMPTION (see sandbox/README.md#assumptions): a title that is not a user custom field is ignored silently.
 * @param {School} school
 * @param {User} user
 * @param {Record<string, unknown>} params
 */
function applyUserData(school, user, params) {
  /** @type {Array<[keyof User, string]>} */
  const plain = [
    ['firstName', 'first_name'],
    ['lastName', 'last_name'],
    ['phone', 'phone'],
    ['city', 'city'],
    ['country', 'country'],
  ];
  for (const [prop, key] of plain) if (params[key] !== undefined) Object.assign(user, { [prop]: asText(params[key]) });
  const addfields = params.addfields;
  if (!isObject(addfields)) return;
  for (const [title, value] of Object.entries(addfields)) {
    if (school.fields.some((f) => f.context === 'user' && f.title === title)) user.addfields[title] = asText(value);
  }
}

/**
 * Creates the user or finds them by e-mail or, without one, by phone (ref R.4). Groups are appended;
 * other data of an existing user change only with `system.refresh_if_exists == 1` (ref A.3, E.1).
 * @param {School} school
 * @param {Record<string, unknown>} userParams
 * @param {Identity} identity from readIdentity
 * @param {Record<string, unknown>} system
 * @param {number} now
 * @returns {{ user: User, created: boolean }}
 */
export function upsertUser(school, userParams, identity, system, now) {
  const nowText = formatDateTime(now, school.timeZone);
  const groups = readGroups(userParams.group_name, nowText);
  let user = findUser(school, identity);
  const created = !user;
  if (!user) {
    // ref R.4: "imported users get the status «В базе» (`in_base`)".
    user = {
      id: school.nextId.user++,
      email: identity.email,
      firstName: '',
      lastName: '',
      phone: '',
      city: '',
      country: '',
      status: 'in_base',
      createdAt: nowText,
      groups: [],
      addfields: {},
      partnerEmail: asText(system.partner_email),
    };
    school.users.push(user);
    applyUserData(school, user, userParams);
  } else if (isOn(system.refresh_if_exists)) {
    applyUserData(school, user, userParams);
  }
  for (const group of groups) if (!user.groups.some((g) => g.name === group.name)) user.groups.push(group);
  registerGroups(school, groups);
  return { user, created };
}

/**
 * `action=update` with `{user:{id, group_name:[…]}}` replaces the whole group list (ref A.1).
 * ASSUMPTION (see sandbox/README.md#assumptions): unknown id / missing group_name answer the error texts below.
 * @param {School} school
 * @param {Record<string, unknown>} params
 * @param {number} now
 * @returns {{ user: User } | { error: string }}
 */
export function replaceGroups(school, params, now) {
  const userParams = isObject(params.user) ? params.user : {};
  const user = school.users.find((u) => String(u.id) === asText(userParams.id));
  if (!user) return { error: 'Пользователь не найден' };
  if (!Array.isArray(userParams.group_name)) return { error: 'Не указан список групп group_name' };
  const groups = readGroups(userParams.group_name, formatDateTime(now, school.timeZone));
  user.groups = groups.map((g) => user.groups.find((old) => old.name === g.name) ?? g);
  registerGroups(school, groups);
  return { user };
}
