import type { PluralForms } from '../plural';
import type { ContentMessages } from './ru';

/** English, second language. Same keys as ru.ts: a missing or extra key is a type error. */
export const enContent: ContentMessages = {
  appTitle: 'GetCourse → Albato',
  pageKind: {
    'user-fields': 'User custom fields',
    'deal-fields': 'Order custom fields',
    'offers-list': 'Offers list',
    'offer-edit': 'Offer settings',
    'processes-list': 'Processes list',
    'process-settings': 'Process settings',
    'process-editor': 'Process editor',
    'api-keys': 'API keys',
  },
  marker: {
    recognised: 'Albato helper: page recognised — {page}',
  },
  common: {
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy — select the text by hand',
  },
  offers: {
    code: 'Offer code for Albato:',
    noCode: 'No code: Albato cannot create an order with this offer. Set «Уникальный код предложения» (the offer’s unique code) in the offer settings and save.',
    noCodeShort: 'no code — set one in the offer settings',
    openSettings: 'Open the offer settings',
  },
  fields: {
    problem: {
      empty: 'empty name',
      cyrillic: 'Cyrillic letters',
      spaces: 'spaces',
      'other-characters': 'characters other than Latin letters, digits and _',
      'leading-digit': 'starts with a digit',
      'too-long': 'longer than 64 characters',
      duplicate: 'another field has this name',
    },
    invisible: 'Albato will not see this field: {problems}.',
    visible: 'Albato will see this field.',
    why: 'Albato sees only custom fields named in Latin letters, with “_” instead of spaces.',
    suggestion: 'Latin name:',
    suffixed: '(suffix added: “{taken}” is taken)',
    useName: 'Use this name',
    summaryBad: { one: '{n} of {total} fields is invisible to Albato', other: '{n} of {total} fields are invisible to Albato' } as PluralForms,
    summaryGood: { one: 'Albato sees the {n} field on this page', other: 'Albato sees all {n} fields on this page' } as PluralForms,
    summaryEmpty: 'No custom fields on this page yet.',
    plan: 'Rename plan (old → new):',
    copyPlan: 'Copy plan',
    refresh: 'After renaming or adding fields, refresh the GetCourse connection in Albato, or Albato will not see them.',
    kindUser: 'User fields reach Albato only with user triggers.',
    kindDeal: 'Order fields reach Albato only with order triggers.',
  },
  diagnose: {
    title: 'Diagnose this page',
    copy: 'Copy report',
    page: 'Page',
    anchors: 'Anchors on the page (elements found)',
    missing: 'missing',
    local: 'The report is built in the browser and sent nowhere.',
  },
};
