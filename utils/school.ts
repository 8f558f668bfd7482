/**
 * Which school a URL belongs to. Technical domains are `{account}.getcourse.ru` and
 * `{account}.getcourse.io` (fact sheet C.1); any other host can be a school's own domain,
 * which the extension only sees after the admin grants it.
 */
export interface SchoolAddress {
  /** host with port when not default, e.g. `school.getcourse.ru` */
  host: string;
  origin: string;
  /** the account name for technical domains, null for custom domains */
  account: string | null;
  domainKind: 'technical' | 'custom';
}

const TECHNICAL = /^([a-z0-9][a-z0-9-]*)\.(getcourse\.ru|getcourse\.io)$/i;
/**
 * Labels of letters, digits and hyphens, as the URL parser leaves a host name (lower case, an IDN
 * already in punycode: `школа.рф` → `xn--80atdl2c.xn--p1ai`). The parser lets through `*` and
 * other characters no host name has (`!$&'()+,;=_~{}` and more, `%2A` decoded to `*`); a school
 * address with one would ask the browser for a wildcard host permission (`https://*.example.com/*`)
 * and register content scripts on many hosts, where own domains are granted one at a time.
 */
const HOST_NAME = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;

/** `hostname` (a parsed URL's) is a plain host name: no wildcard or other character a host name cannot have. */
export function isHostName(hostname: string): boolean {
  return HOST_NAME.test(hostname);
}
// Hosts of GetCourse itself, not schools (fact sheet C.1: file storage fs-*, the marketing site).
const NOT_SCHOOLS = /^(www|fs|fs-\d+|fs\d+|api|help)$/i;

export function schoolFromUrl(href: string | undefined | null): SchoolAddress | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !isHostName(url.hostname)) return null;
  const match = TECHNICAL.exec(url.hostname);
  if (match) {
    const account = match[1]!.toLowerCase();
    if (NOT_SCHOOLS.test(account)) return null;
    return { host: url.host, origin: url.origin, account, domainKind: 'technical' };
  }
  // GetCourse's own hosts that did not match TECHNICAL (getcourse.ru itself, deeper subdomains) are not schools.
  if (!url.hostname.includes('.') || /(^|\.)getcourse\.(ru|io)$/i.test(url.hostname)) return null;
  return { host: url.host, origin: url.origin, account: null, domainKind: 'custom' };
}
