/**
 * The page summary's place on the custom-form editor page: one shadow host, drawn anew from what
 * the page state says, put under the page's heading the first time (or at the top of the main
 * content when the page has no heading).
 */
import { renderSummary, type SummaryActions, type SummaryInput } from '@/entrypoints/content/ui/field-summary';
import { shadowHost } from '@/entrypoints/content/ui/dom';
import type { ContentT } from '@/utils/i18n-content';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

export function createSummaryPanel(t: ContentT) {
  const summary = shadowHost('summary', 'summary', 'div');
  return {
    isShown: () => summary.host.isConnected,
    draw(input: SummaryInput, actions: SummaryActions) {
      renderSummary(summary.root, input, t, actions);
      const main = queryAll(document, S.mainContent)[0];
      if (main && !summary.host.isConnected) {
        const heading = main.querySelector('h1');
        if (heading) heading.after(summary.host);
        else main.prepend(summary.host);
      }
    },
    remove: () => summary.host.remove(),
  };
}

export type SummaryPanel = ReturnType<typeof createSummaryPanel>;
