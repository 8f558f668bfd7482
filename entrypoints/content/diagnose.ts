/**
 * "Diagnose this page": which page the extension thinks this is and which anchors it found, as
 * plain text to paste into a bug report. Built from the selector tables; nothing leaves the browser.
 */
import { browser } from 'wxt/browser';
import type { ContentT } from '@/utils/i18n-content';
import type { PageKind } from '@/utils/page-detect';
import { queryAll, type SelectorSpec } from './selectors/types';

type T = ContentT;

/** `findings`: what the feature's own strategies found (lines of text, already translated). */
export function diagnosePage(
  t: T,
  pageKind: PageKind,
  url: URL,
  anchors: Record<string, SelectorSpec>,
  findings: readonly string[] = [],
): string {
  const lines = [
    `${t('diagnose.page')}: ${t(`pageKind.${pageKind}`)} (${pageKind})`,
    `URL: ${url.host}${url.pathname}${url.search}`,
    `${t('diagnose.anchors')}:`,
    ...Object.entries(anchors).map(([name, spec]) => {
      const found = queryAll(document, spec).length;
      return `  ${name}: ${found === 0 ? t('diagnose.missing') : found} — ${spec.css.join(' | ')}`;
    }),
    ...findings,
    `${t('appTitle')} ${browser.runtime.getManifest().version}, ${navigator.userAgent}`,
    t('diagnose.local'),
  ];
  return lines.join('\n');
}
