/**
 * What the popup shows before a test import is sent: the JSON params, their base64, the form body
 * and a curl command (fact sheet A.1), with the key masked; the real-key curl only for an explicit
 * "copy with key". Plus the texts of field issues and of what an import may change.
 */
import { encodeParams, IMPORT_ACCEPT, IMPORT_ACTION, importRequestBody, importUrl } from './getcourse-encoding';
import type { ImportEndpoint, ImportIssue, ImportParams, ImportRisk } from './import-params';
import { importEn } from './locales/import-en';
import { importRu, type ImportTexts } from './locales/import-ru';
import { maskKey } from './mask-key';
import { plural } from './plural';
import type { Lang } from './i18n-core';

/** Shown where no key is known yet. */
export const KEY_PLACEHOLDER = 'YOUR_API_KEY';

export interface ImportTarget {
  /** the school's origin, e.g. https://school.getcourse.ru */
  origin: string;
  endpoint: ImportEndpoint;
  params: ImportParams;
}

export interface ImportPreview {
  url: string;
  action: typeof IMPORT_ACTION;
  /** the params as sent, indented for reading */
  json: string;
  /** base64 of the UTF-8 JSON, as the `params` field carries it (A.1, 0.2) */
  base64: string;
  /** the form-urlencoded body, with the key masked */
  body: string;
  /** a curl command that sends the same request, with the key masked */
  curl: string;
}

/**
 * The preview. Give `key` where the real key is at hand (the background): it is masked here.
 * Extension pages only ever have the masked key; they pass it as `maskedKey`, shown as it is.
 */
export function previewImport(target: ImportTarget, shown: { key?: string; maskedKey?: string } = {}): ImportPreview {
  const keyShown = shown.key !== undefined ? maskKey(shown.key) : (shown.maskedKey ?? KEY_PLACEHOLDER);
  return {
    url: importUrl(target.origin, target.endpoint),
    action: IMPORT_ACTION,
    json: JSON.stringify(target.params, null, 2),
    base64: encodeParams(target.params),
    body: importRequestBody(IMPORT_ACTION, keyShown, target.params).toString(),
    curl: curlCommand(target, keyShown),
  };
}

/** The curl with the real key: only for the admin's explicit "copy with key". */
export function importCurlWithKey(target: ImportTarget, key: string): string {
  return curlCommand(target, key);
}

/**
 * POSIX shell single quotes: nothing inside is special, so `$()`, backticks and newlines stay
 * text; a quote itself closes, is escaped and reopens.
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** `--data-urlencode` percent-encodes each field as the extension's body does (base64's `+ / =`, 0.2). */
function curlCommand(target: ImportTarget, key: string): string {
  const args = [
    ['-X', 'POST'],
    [shellQuote(importUrl(target.origin, target.endpoint))],
    ['-H', shellQuote(`Accept: ${IMPORT_ACCEPT}`)],
    ['--data-urlencode', shellQuote(`action=${IMPORT_ACTION}`)],
    ['--data-urlencode', shellQuote(`key=${key}`)],
    ['--data-urlencode', shellQuote(`params=${encodeParams(target.params)}`)],
  ];
  return ['curl', ...args.map((a) => a.join(' '))].join(' \\\n  ');
}

// ---- texts -----------------------------------------------------------------------------------

export const IMPORT_TEXTS: Record<Lang, ImportTexts> = { ru: importRu, en: importEn };

/** The message a form shows beside the field `issue.path` names. */
export function importIssueText(issue: Pick<ImportIssue, 'code' | 'max'>, lang: Lang): string {
  const texts = IMPORT_TEXTS[lang === 'en' ? 'en' : 'ru'];
  const entry = texts.issues[issue.code] ?? texts.issues.invalid;
  return typeof entry === 'string' ? entry : plural(lang, issue.max ?? 0, entry);
}

/** A risk as the confirmation shows it: what it is, why, and what may change. */
export function importRiskText(risk: ImportRisk, lang: Lang): { title: string; detail: string; changes: string[] } {
  const texts = IMPORT_TEXTS[lang === 'en' ? 'en' : 'ru'];
  const { title, detail } = texts.risks[risk.code];
  return { title, detail, changes: risk.changes.map((change) => texts.changes[change]) };
}
