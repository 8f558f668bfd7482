/**
 * Inline warnings for custom-field names Albato can't see (Latin + "_" rule, fact sheet 0.10/E.1)
 * in GetCourse's custom-form editor (R.1): beside each invisible field, a live check under the
 * title input the admin is typing in with "use this name", and a page summary with «rename all»,
 * undo and a rename plan. Names come from the editor's state (`#CustomFormValue`), so the check
 * holds even where the markup around them drifts; the markup only says where to show things.
 * Removes everything when the run is aborted.
 *
 * Test URLs: /pl/logic/context/custom-fields?contextName=UserContext (and DealContext)
 */
import { useIntentGuard } from '@/entrypoints/content/ui/intent';
import type { ContentT } from '@/utils/i18n-content';
import type { PageKind } from '@/utils/page-detect';
import type { ContentFeature } from '../feature';
import { diagnosePage } from '../diagnose';
import type { FieldAnchors } from '../field-names/field-anchors';
import { createListWarnings } from '../field-names/list-warnings';
import { createPageNames, type PageNames } from '../field-names/page-names';
import { FieldPageState } from '../field-names/page-state';
import { createSummaryPanel } from '../field-names/summary-panel';
import { createTitleInputs, type TitleInputs } from '../field-names/title-inputs';
import { createTitleWarnings } from '../field-names/title-warnings';
import { watchFieldList } from '../field-names/editor-watch';
import { measured } from '../observe';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';

export const fieldNameWarnings: ContentFeature = {
  id: 'field-name-warnings',
  needs: { strings: ['fields', 'diagnose', 'pageKind', 'common', 'guard'], styles: ['summary', 'warning'] },
  include: (pageKind) => pageKind === 'user-fields' || pageKind === 'deal-fields',
  init({ pageKind, url, signal, standard, t }) {
    // «Use this name», «Rename all» and «Undo» say this when a press is refused (entrypoints/content/ui/intent.ts).
    useIntentGuard(t('guard.refused'));
    const pageNames = createPageNames(standard);
    const titles = createTitleInputs();
    const page: FieldPageState = new FieldPageState({
      context: pageKind === 'deal-fields' ? 'deal' : 'user',
      signal,
      pageNames,
      titles,
      list: createListWarnings(t, (label) => page.warningClicked(label)),
      titleWarnings: createTitleWarnings(t, signal, standard),
      summary: createSummaryPanel(t),
      diagnose: fieldsDiagnosis(t, pageKind, url, titles),
    });

    document.addEventListener(
      'input',
      measured('gc-albato:field-scan', (event: Event) => page.typed(event.target)),
      { signal },
    );
    document.addEventListener('focusin', (event) => page.focused(event.target), { signal });
    page.watchedBy(
      watchFieldList(
        measured('gc-albato:field-scan', (records: MutationRecord[]) => page.pageChanged(records)),
        signal,
      ),
    );
    measured('gc-albato:field-scan', () => page.opened())();
    signal.addEventListener('abort', () => page.closed(), { once: true });
  },
};

/** The page diagnosis with what this feature found: where the names came from, where they are shown. */
function fieldsDiagnosis(t: ContentT, pageKind: PageKind, url: URL, titles: TitleInputs) {
  return (page: PageNames, found: FieldAnchors['found']) => {
    const inputs = titles.counts(page.fields.length);
    const untitled = page.verdicts.filter((v) => v.untitled).length;
    const fieldsLine =
      page.source === 'state'
        ? t('diagnose.fieldsState', { n: page.fields.length, untitled })
        : t('diagnose.fieldsLabels', { n: page.fields.length, untitled, problem: page.stateProblem ?? '—' });
    return diagnosePage(t, pageKind, url, S, [fieldsLine, t('diagnose.located', found), t('diagnose.titleInputs', inputs)]);
  };
}
