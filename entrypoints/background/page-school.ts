/**
 * The school a content script's page belongs to, for messages that read or write a school's data.
 * A technical domain is a school by its address (the manifest injects there). An own domain counts
 * only while it is a saved school's and granted — exactly where own-domain-registrar.ts registers
 * the scripts — so a page elsewhere (a granted webhook host, a forgotten school) is refused.
 */
import { matchOrigin } from './own-domain-scripts';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import { grantedOwnDomains } from './own-domain-registrar';

export async function pageSchool(href: string | undefined): Promise<SchoolAddress | null> {
  const school = schoolFromUrl(href);
  if (!school || school.domainKind === 'technical') return school;
  return (await grantedOwnDomains()).includes(matchOrigin(school.origin)) ? school : null;
}
