import type { PluralForms } from '../plural';
import type { PageMessages } from './ru-pages';

/** Strings of the extension's own pages (popup, options). */
export const enPages: PageMessages = {
  popup: {
    offersTitle: 'Offer codes',
    offersEmpty: 'Open the school’s offers list in GetCourse — the extension will remember their codes.',
    offerNoCode: 'no code',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
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
  grant: {
    title: 'Access to an address for a test call',
    why: 'To send a test call the way a GetCourse process would and read the answer, the extension needs access to:',
    scope: 'Access is given to this address only. You can withdraw it in the browser’s extension settings.',
    allow: 'Allow access',
    granted: 'Access granted. Go back to the GetCourse tab and press “Send” again.',
    refused: 'Access was not given — the test call will not be sent.',
    failed: 'The browser did not give access: {raw}',
    invalid: 'The extension opens access to https addresses only: “{origin}” is not one.',
    close: 'Close',
  },
  /** Problem texts live in the diagnosis catalogue (utils/diagnosis-*.ts); this one key stays for tests/i18n.test.ts. */
  errors: {
    http: 'The server answered HTTP {status}. Try again later; if it repeats, check the school address.',
  },
};
