/**
 * Inline warnings for custom-field names Albato can't see (Latin + "_" rule, fact sheet 0.10/E.1),
 * on the user- and order-field pages: one warning beside each bad name in the list, a live warning
 * under the create/edit name input with "use this name", and a page summary with a rename plan.
 * Follows the page as it changes (late lists, dialogs); removes everything when the run is aborted.
 *
 * Test URLs: /pl/logic/context/custom-fields?contextName=UserContext (and DealContext, &fieldId=N)
 */
import { renderSummary } from '@/components/content/field-summary';
import { shadowHost } from '@/components/content/dom';
import { SUMMARY_CSS } from '@/components/content/styles';
import type { FieldVerdict } from '@/utils/field-plan';
import { createContentT } from '@/utils/i18n-content';
import type { ContentFeature } from '../feature';
import { diagnosePage } from '../diagnose';
import { createFormWarnings } from '../field-names/form-warnings';
import { createListWarnings } from '../field-names/list-warnings';
import { createPageNames } from '../field-names/page-names';
import { measured, observeChanges } from '../observe';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

export const fieldNameWarnings: ContentFeature = {
  id: 'field-name-warnings',
  include: (pageKind) => pageKind === 'user-fields' || pageKind === 'deal-fields',
  init({ pageKind, url, signal, lang, standard }) {
    const t = createContentT(lang);
    const context = pageKind === 'deal-fields' ? 'deal' : 'user';
    const pageNames = createPageNames(standard);
    const list = createListWarnings(t);
    const forms = createFormWarnings(t, signal, standard);
    const summary = shadowHost('summary', SUMMARY_CSS, 'div');
    let summaryKey: string | null = null;

    const scan = measured('gc-albato:field-scan', () => {
      const labels = queryAll(document, S.listLabel).map((element) => ({ element, text: (element.textContent ?? '').trim() }));
      const page = pageNames.update(() => labels.map((l) => l.text));

      // Each label shown in the list gets its name's verdict (the n-th label with a name gets the
      // n-th verdict of that name); labels whose text is not a field name are left alone.
      const bad = new Map<Element, FieldVerdict>();
      const seen = new Map<string, number>();
      for (const { element, text } of labels) {
        const same = page.byName.get(text);
        if (!same) continue;
        const occurrence = seen.get(text) ?? 0;
        seen.set(text, occurrence + 1);
        const verdict = same[Math.min(occurrence, same.length - 1)]!;
        if (verdict.problems.length > 0) bad.set(element, verdict);
      }
      list.update(bad);
      forms.update(queryAll<HTMLInputElement>(document, S.nameInput), () => pageNames.update(() => labels.map((l) => l.text)));

      const main = queryAll(document, S.mainContent)[0];
      if (main && !summary.host.isConnected) {
        const heading = main.querySelector('h1');
        if (heading) heading.after(summary.host);
        else main.prepend(summary.host);
      }
      if (summaryKey !== page.key) {
        summaryKey = page.key;
        renderSummary(summary.root, { verdicts: page.verdicts, context, diagnose: () => diagnosePage(t, pageKind, url, S) }, t);
      }
    });

    scan();
    observeChanges(document.body, scan, signal);
    signal.addEventListener('abort', () => {
      list.clear();
      forms.clear();
      summary.host.remove();
    }, { once: true });
  },
};
