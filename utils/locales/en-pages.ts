import type { PluralForms } from '../plural';
import type { PageMessages } from './ru-pages';

/** Strings of the extension's own pages (popup, options). */
export const enPages: PageMessages = {
  popup: {
    noSchool: 'Open a GetCourse school page in this tab.',
    noSchoolHint: 'The extension works on *.getcourse.ru and *.getcourse.io; a school’s own domain can be allowed separately.',
    school: 'School',
    technicalDomain: 'technical domain',
    customDomain: 'school’s own domain',
    page: 'Page',
    pageUnknown: 'not an admin page the extension knows',
    keyLabel: 'School API key (for the check)',
    keyHint: 'The key is typed only here, in the extension window, and is not stored.',
    check: 'Check key',
    checking: 'Checking…',
    elapsed: '{ms} ms',
    keyAccepted: 'Key accepted.',
    fieldsFound: { one: 'GetCourse returned {n} custom field', other: 'GetCourse returned {n} custom fields' } as PluralForms,
  },
  options: {
    title: 'GetCourse → Albato helper settings',
    standard: 'Transliteration for Latin field names',
    icao: 'ICAO Doc 9303 — as in Russian passports since 2014 (default)',
    gost: 'GOST 7.79-2000, system B (without apostrophes)',
    example: 'Example',
    lang: 'Interface language',
    langAuto: 'as the browser',
    save: 'Save',
    saved: 'Saved. Reload open GetCourse pages to apply.',
  },
  errors: {
    wrongKey: 'GetCourse rejected the key: “{raw}”. Check that the whole key was copied and that it was created in this school (Profile → Account settings → API).',
    planClosed: 'GetCourse says the API is not available on the school’s plan: “{raw}”. Import and export work only on a paid plan.',
    rateLimited: 'The export API limit is spent (100 requests per 2 hours per school): “{raw}”. Try again later.',
    notJson: 'An HTML page or an empty answer came back instead of the API answer (HTTP {status}). Check the school address: the school may use its own domain, or its plan is not paid.',
    redirect: 'The address redirects to another domain (HTTP {status}). Use the domain the school opens on and allow it for the extension.',
    http: 'The server answered HTTP {status}. Try again later; if it repeats, check the school address.',
    network: 'Could not connect to the school: {raw}. Check the internet connection and the school address.',
    timeout: 'GetCourse did not answer within {seconds} s. Try again later.',
    malformed: 'The GetCourse answer does not look like an API answer: {raw}',
    unknown: 'Unknown GetCourse answer — here is what came back: {raw}',
    noPermission: 'The extension is not allowed to access {host}. Allow access and try again.',
    badRequest: 'The extension refused the request: {raw}',
  },
};
