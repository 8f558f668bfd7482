/**
 * The registrations a school's own domain gets, against the page detectors' example URLs moved to
 * that domain: each page gets exactly one script, the same one the manifest's globs pick on a
 * technical domain, and nothing reaches another host.
 */
import { DETECTOR_EXAMPLES, NOT_ADMIN_EXAMPLES } from '@/utils/page-detect';
import { PAGE_GROUP_URLS, type PageGroupUrls } from '@/utils/page-groups';
import {
  globToMatchPattern,
  matchOrigin,
  OWN_DOMAIN_SCRIPT_PREFIX,
  ownDomainOf,
  ownDomainScripts,
  type OwnDomainScript,
} from '@/entrypoints/background/own-domain-scripts';
import { globMatches, matchPatternMatches } from './url-matching';

const OWN = 'https://academy.example.com';

function staticGroup(url: string): string[] {
  const injects = (group: PageGroupUrls) => group.includeGlobs.some((glob) => globMatches(glob, url));
  return PAGE_GROUP_URLS.filter(injects).map((g) => g.name);
}

function registeredGroup(scripts: OwnDomainScript[], url: string): string[] {
  const injects = (script: OwnDomainScript) => script.matches.some((pattern) => matchPatternMatches(pattern, url));
  return scripts.filter(injects).map((s) => s.js[0]!.replace(/^content-scripts\/(.*)\.js$/, '$1'));
}

/** The same page on the own domain (with a port too: patterns carry none, and cover every port). */
function moved(url: string, origin = OWN): string {
  const parsed = new URL(url);
  return `${origin}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

const ADMIN_URLS = Object.values(DETECTOR_EXAMPLES).flat();
const OTHER_URLS = [
  ...NOT_ADMIN_EXAMPLES,
  'https://school.getcourse.ru/pl/user/user/index',
  'https://school.getcourse.ru/pl/logic/context/custom-fields?contextName=UserContext#field-12',
];

describe('own-domain content scripts', () => {
  const scripts = ownDomainScripts(OWN);

  it.each([...ADMIN_URLS, ...OTHER_URLS])('%s on the own domain gets the script the manifest gives it on a technical domain', (url) => {
    const expected = staticGroup(url);
    expect(expected.length).toBeLessThanOrEqual(1);
    expect(registeredGroup(scripts, moved(url))).toEqual(expected);
    expect(registeredGroup(scripts, moved(url, `${OWN}:8443`))).toEqual(expected);
  });

  it('anchors at the path: a query that only mentions an admin path gets no script', () => {
    const url = `${OWN}/pl/sales/deal/index?x=/pl/tasks/mission/`;
    expect(staticGroup(url)).toEqual(['process-pages']); // the glob's leading * reaches into the query
    expect(registeredGroup(scripts, url)).toEqual([]);
  });

  it('a page no feature serves gets no script on the own domain either', () => {
    for (const path of ['/', '/cms/system/login', '/pl/user/user/index'])
      expect(registeredGroup(scripts, `${OWN}${path}`), path).toEqual([]);
  });

  it('reaches no other host, scheme or subdomain', () => {
    for (const other of [
      'https://evil.example.com',
      'https://www.academy.example.com',
      'http://academy.example.com',
      'https://academy.example.com.evil.ru',
    ]) {
      expect(registeredGroup(scripts, `${other}/pl/logic/context/custom-fields?contextName=UserContext`), other).toEqual([]);
      expect(registeredGroup(scripts, `${other}/`), other).toEqual([]);
    }
    for (const script of scripts) {
      for (const pattern of script.matches) expect(pattern.startsWith(`${OWN}/`), pattern).toBe(true);
    }
  });

  it('one registration per page group, each with its own id and the group’s built script', () => {
    expect(scripts.map((s) => s.id)).toEqual(PAGE_GROUP_URLS.map((g) => `${OWN_DOMAIN_SCRIPT_PREFIX}${OWN}:${g.name}`));
    expect(scripts.map((s) => s.js)).toEqual(PAGE_GROUP_URLS.map((g) => [`content-scripts/${g.name}.js`]));
    expect(scripts.every((s) => s.persistAcrossSessions && s.runAt === 'document_idle')).toBe(true);
    expect(scripts.find((s) => s.js[0] === 'content-scripts/field-pages.js')?.matches).toEqual([`${OWN}/pl/logic/context/custom-fields*`]);
    expect(scripts.find((s) => s.js[0] === 'content-scripts/content.js')?.matches).toEqual([
      `${OWN}/saas/account/api*`,
      `${OWN}/pl/saas/account/api*`,
    ]);
  });

  it('refuses globs it cannot express as match patterns', () => {
    expect(() => globToMatchPattern('*/pl/sales/offer?', OWN)).toThrow(/no match-pattern form/);
    expect(() => globToMatchPattern('https://*/pl/*', OWN)).toThrow(/no match-pattern form/);
    expect(() => ownDomainScripts(OWN, [{ name: 'bad', includeGlobs: ['/pl/x*'] }])).toThrow(/no match-pattern form/);
  });

  it('own domains are schools’ https addresses off GetCourse’s technical domains, named without a port', () => {
    expect(matchOrigin('https://academy.example.com:8443')).toBe(OWN);
    expect(ownDomainOf('https://academy.example.com:8443')).toBe(OWN);
    expect(ownDomainOf('https://school.getcourse.com.br')).toBe('https://school.getcourse.com.br'); // regional domains (ref C.1) are not in the manifest
    expect(ownDomainOf('https://school.getcourse.ru')).toBeNull();
    expect(ownDomainOf('https://school.getcourse.io')).toBeNull();
    expect(ownDomainOf('http://academy.example.com')).toBeNull();
  });
});
