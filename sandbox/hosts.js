// @ts-check
/**
 * Which school a request talks to: by `Host` (ref A.1, C.1: `{account}.getcourse.ru` / `.getcourse.io`,
 * or the school's own domain), or — on 127.0.0.1/localhost, where one base URL serves every school —
 * by the key it carries.
 */

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').SchoolName} SchoolName */
/** @typedef {import('./state.js').KeyKind} KeyKind */

/**
 * @typedef {{ kind: 'school', school: School, io: boolean } | { kind: 'local' } | { kind: 'wrong-subdomain' }} HostMatch
 */

/**
 * Own domains (ref C.1 "any school can attach its own domain", R.5: a school that forces it serves
 * its admin there too): the paid school also answers on this host, pages and API alike. A reserved
 * `.example` name, so the throwaway certificate never names anyone's real domain.
 * @type {Readonly<Record<string, SchoolName>>}
 */
export const OWN_DOMAINS = Object.freeze({ 'academy-school.example': 'school' });

/**
 * @param {string | undefined} hostHeader
 * @param {Record<SchoolName, School>} schools
 * @returns {HostMatch}
 */
export function matchHost(hostHeader, schools) {
  const hostname = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  const own = Object.hasOwn(OWN_DOMAINS, hostname) ? OWN_DOMAINS[hostname] : undefined;
  if (own) return { kind: 'school', school: schools[own], io: false };
  const system = /^(?:(.+)\.)?getcourse\.(ru|io)$/.exec(hostname);
  if (!system) return { kind: 'local' }; // 127.0.0.1, localhost and anything else: the sandbox's own address
  const account = system[1] ?? '';
  const school = Object.values(schools).find((s) => s.host.replace(/\.getcourse\.ru$/, '') === account);
  // ref A.8: a host that is not a GetCourse account → HTTP 404 `Wrong subdomain`.
  return school ? { kind: 'school', school, io: system[2] === 'io' } : { kind: 'wrong-subdomain' };
}

/**
 * The school a request is for and how its key relates to that school.
 * A key of another school on a school's own host is `wrong` (ref A.8 "key of another account").
 * @param {HostMatch} host
 * @param {Record<SchoolName, School>} schools
 * @param {string} key
 * @returns {{ school: School, keyKind: KeyKind }}
 */
export function schoolForKey(host, schools, key) {
  if (host.kind === 'school') return { school: host.school, keyKind: keyKindIn(host.school, key) };
  const owner = Object.values(schools).find((s) => keyKindIn(s, key) !== 'wrong' && key !== '');
  if (owner) return { school: owner, keyKind: keyKindIn(owner, key) };
  return { school: schools.school, keyKind: key === '' ? 'missing' : 'wrong' };
}

/**
 * @param {School} school
 * @param {string} key
 * @returns {KeyKind}
 */
function keyKindIn(school, key) {
  if (key === '') return 'missing';
  return school.apiKeys.find((k) => k.key === key)?.access ?? 'wrong';
}
