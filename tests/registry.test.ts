/**
 * The page groups' globs (one content script each) against the page detectors: every admin page
 * is covered by exactly one script, and that script carries every feature meant for the page.
 */
import { ALL_FEATURES_FOR_TESTS, PAGE_GROUPS, type PageGroup } from '@/entrypoints/content/registry';
import { DETECTOR_EXAMPLES, detectPage, NOT_ADMIN_EXAMPLES } from '@/utils/page-detect';
import { PAGE_GROUP_URLS } from '@/utils/page-groups';
import { groupInjects } from './url-matching';

const injects = (group: PageGroup, url: string): boolean => groupInjects(group, url);

const ADMIN_URLS = Object.values(DETECTOR_EXAMPLES).flat();
const OTHER_URLS = [
  ...NOT_ADMIN_EXAMPLES,
  'https://school.getcourse.ru/pl/user/user/index',
  'https://school.getcourse.io/pl/sales/deal/index?x=/pl/tasks/mission/',
];

/** Pages no group's globs take in: they get no script of ours at all (no catch-all). */
const UNTOUCHED_URLS = [
  'https://school.getcourse.ru/',
  'https://school.getcourse.ru/cms/system/login',
  'https://school.getcourse.ru/teach/control/stream',
  'https://school.getcourse.ru/pl/user/user/index',
];

describe('content scripts per page group', () => {
  it.each(ADMIN_URLS)('%s gets exactly one content script', (url) => {
    expect(PAGE_GROUPS.filter((group) => injects(group, url)).map((g) => g.name)).toHaveLength(1);
  });

  it.each(OTHER_URLS)('%s gets at most one content script', (url) => {
    expect(PAGE_GROUPS.filter((group) => injects(group, url)).length).toBeLessThanOrEqual(1);
  });

  it.each(UNTOUCHED_URLS)('%s, a page no feature serves, gets none', (url) => {
    expect(PAGE_GROUPS.filter((group) => injects(group, url)).map((g) => g.name)).toEqual([]);
  });

  it.each(ADMIN_URLS)('%s: its script carries every feature that runs there', (url) => {
    const kind = detectPage(url)!;
    const group = PAGE_GROUPS.find((g) => injects(g, url))!;
    const wanted = ALL_FEATURES_FOR_TESTS.filter((feature) => feature.include(kind, new URL(url))).map((f) => f.id);
    expect(wanted.length).toBeGreaterThan(0);
    expect(group.features.map((f) => f.id)).toEqual(expect.arrayContaining(wanted));
  });

  it('every feature is in some group, and the page marker in all of them', () => {
    const grouped = new Set(PAGE_GROUPS.flatMap((g) => g.features.map((f) => f.id)));
    expect([...grouped].sort()).toEqual(ALL_FEATURES_FOR_TESTS.map((f) => f.id).sort());
    for (const group of PAGE_GROUPS) expect(group.features.map((f) => f.id)).toContain('page-marker');
  });

  it('the registry’s groups are exactly the URL definitions the background registers on own domains', () => {
    expect(PAGE_GROUPS.map(({ features: _features, ...urls }) => urls)).toEqual(PAGE_GROUP_URLS);
  });

  it('script names are unique, and every group names the pages it takes (no catch-all)', () => {
    expect(new Set(PAGE_GROUPS.map((g) => g.name)).size).toBe(PAGE_GROUPS.length);
    for (const group of PAGE_GROUPS) expect(group.includeGlobs.length, group.name).toBeGreaterThan(0);
  });
});
