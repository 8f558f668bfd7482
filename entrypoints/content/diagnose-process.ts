/**
 * "Diagnose this page" under a «Вызвать URL» operation: the page's process anchors (counts) and
 * which strategy found each part of the operation (fact sheet R.2: by evidence, or by meaning
 * where the markup drifted), as text for a bug report. Nothing leaves the browser.
 */
import type { ContentT } from '@/utils/i18n-content';
import type { PageKind } from '@/utils/page-detect';
import { diagnosePage } from './diagnose';
import type { CallUrlTarget } from './process-modal';
import { PROCESS_SELECTORS } from './selectors/processes';

export function diagnoseCallUrl(t: ContentT, pageKind: PageKind, url: URL, target: CallUrlTarget): string {
  const { found } = target;
  const lines = [
    `${t('processModal.foundTitle')}:`,
    `  ${t('processModal.form')}: ${t(`processModal.viaForm.${found.form}`)}`,
    `  ${t('processModal.section')}: ${t(`processModal.viaSection.${found.section}`)}`,
    `  ${t('processModal.url')}: ${t(`processModal.viaUrl.${found.url}`)}${target.url.isConnected ? '' : ' (—)'}`,
    `  ${t('processModal.method')}: ${t(`processModal.viaMethod.${found.method}`)} → ${target.method()}`,
  ];
  return `${diagnosePage(t, pageKind, url, PROCESS_SELECTORS)}\n${lines.join('\n')}`;
}
