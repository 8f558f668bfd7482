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
import { renderSummary, type RenamedView } from '@/entrypoints/content/ui/field-summary';
import { OWN_NODE_ATTRIBUTE, shadowHost } from '@/entrypoints/content/ui/dom';
import { useIntentGuard } from '@/entrypoints/content/ui/intent';
import { CS_TO_BG } from '@/utils/messages';
import { sendToBackground } from '@/entrypoints/content/send';
import type { ContentFeature } from '../feature';
import { diagnosePage } from '../diagnose';
import { locateFieldAnchors, type FieldAnchors } from '../field-names/field-anchors';
import { createListWarnings } from '../field-names/list-warnings';
import { createPageNames, type PageNames } from '../field-names/page-names';
import { renameAll, undoRename, type RenameStep } from '../field-names/rename-all';
import { createTitleInputs, isTextInput } from '../field-names/title-inputs';
import { createTitleWarnings } from '../field-names/title-warnings';
import { changesLayout, FOLLOW_WITHIN_MS, watchFieldList } from '../field-names/editor-watch';
import { measured, whenIdle } from '../observe';
import { FIELD_TITLE_MAX, FIELDS_PER_CONTEXT_MAX } from '@/utils/page-data-limits';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll } from '../selectors/types';

const NO_ANCHORS: FieldAnchors = { anchors: [], found: { byId: 0, byPosition: 0, byText: 0, missing: 0 } };

export const fieldNameWarnings: ContentFeature = {
  id: 'field-name-warnings',
  needs: { strings: ['fields', 'diagnose', 'pageKind', 'common', 'guard'], styles: ['summary', 'warning'] },
  include: (pageKind) => pageKind === 'user-fields' || pageKind === 'deal-fields',
  init({ pageKind, url, signal, standard, t }) {
    // «Use this name», «Rename all» and «Undo» say this when a press is refused (entrypoints/content/ui/intent.ts).
    useIntentGuard(t('guard.refused'));
    const context = pageKind === 'deal-fields' ? 'deal' : 'user';
    const pageNames = createPageNames(standard);
    const titles = createTitleInputs();
    const list = createListWarnings(t, (label) => focusTitle(label));
    const titleWarnings = createTitleWarnings(t, signal, standard);
    const summary = shadowHost('summary', 'summary', 'div');
    let page: PageNames = pageNames.current;
    let located = NO_ANCHORS;
    let warned = new Set<Element>();
    let layoutDirty = true;
    let sentSaved = false;
    let summaryStamp = '';
    let renaming = false;
    let renamed: (RenamedView & { steps: RenameStep[] }) | null = null;

    /**
     * After a click on a field's warning text selected the field: its title input, if the page now
     * shows it (GetCourse shows the selected field's panel; a panel order that no longer matches
     * the list, e.g. after a drag, shows another one, and then the focus stays where it is).
     */
    const focusTitle = (label: Element) => {
      const index = located.anchors.indexOf(label);
      const input = index >= 0 ? titles.inputs(page.fields)[index] : null;
      if (input?.isConnected && input.getClientRects().length > 0 && input.value === page.names[index]) input.focus();
    };

    const nothingFoundYet = () => located.found.byId + located.found.byPosition + located.found.byText === 0;

    const applyVerdicts = () => {
      const next = new Set<Element>();
      page.verdicts.forEach((verdict, i) => {
        const anchor = located.anchors[i];
        if (!anchor || verdict.untitled || verdict.problems.length === 0) return;
        list.set(anchor, verdict);
        next.add(anchor);
      });
      for (const anchor of warned) if (!next.has(anchor)) list.forget(anchor);
      warned = next;
    };

    const diagnose = () => {
      const { found } = located;
      const inputs = titles.counts(page.fields.length);
      const untitled = page.verdicts.filter((v) => v.untitled).length;
      const fieldsLine =
        page.source === 'state'
          ? t('diagnose.fieldsState', { n: page.fields.length, untitled })
          : t('diagnose.fieldsLabels', { n: page.fields.length, untitled, problem: page.stateProblem ?? '—' });
      return diagnosePage(t, pageKind, url, S, [fieldsLine, t('diagnose.located', found), t('diagnose.titleInputs', inputs)]);
    };

    const showSummary = (force = false) => {
      // Before anything is found the editor may simply not be drawn yet: no "not found" then.
      const missing = nothingFoundYet() ? 0 : located.found.missing;
      // What the summary shows: the editor drawn after the first summary changes nothing in it.
      const stamp = `${page.key}\u0003${missing}\u0003${renaming}`;
      if (!force && stamp === summaryStamp && summary.host.isConnected) return;
      summaryStamp = stamp;
      cancelSummary();
      renderSummary(
        summary.root,
        {
          verdicts: page.verdicts,
          context,
          stateProblem: page.stateProblem !== undefined,
          missing,
          canRename: page.source === 'state',
          renaming,
          renamed,
          diagnose,
        },
        t,
        { renameAll: () => void renameFields(), undo: () => void undoFields() },
      );
      const main = queryAll(document, S.mainContent)[0];
      if (main && !summary.host.isConnected) {
        const heading = main.querySelector('h1');
        if (heading) heading.after(summary.host);
        else main.prepend(summary.host);
      }
    };

    // The summary (a plan of every invisible name) is drawn after the warnings, when the page is idle.
    let cancelSummary = () => {};
    const scheduleSummary = () => {
      cancelSummary();
      cancelSummary = whenIdle(
        measured('gc-albato:field-deferred', () => showSummary()),
        FOLLOW_WITHIN_MS,
      );
    };

    const refresh = () => {
      editor.watch();
      const before = page;
      page = pageNames.update();
      if (page !== before) list.prepare(page.verdicts);
      if (layoutDirty || page.fields.length !== before.fields.length) {
        layoutDirty = false;
        located = locateFieldAnchors(page.fields, editor.scope());
        applyVerdicts();
      } else if (page !== before) applyVerdicts();
      // The titles as the page was loaded (what is saved) let the process editor check
      // {object.<title>} variables; typing does not change what is remembered.
      if (!sentSaved && page.source === 'state') {
        sentSaved = true;
        // Within what the background accepts (page-data-limits.ts; beyond it the whole list is
        // refused). A title past 255 characters is no saved GetCourse title: it is left out rather
        // than cut, as a cut one would match a variable it is not.
        const saved = page.names.filter((name) => name.trim() !== '' && name.length <= FIELD_TITLE_MAX).slice(0, FIELDS_PER_CONTEXT_MAX);
        void sendToBackground({ type: CS_TO_BG.schoolFields, context, titles: saved });
      }
      scheduleSummary();
    };

    // The editor's first appearance is followed at once (the first warnings are what the admin
    // waits for); later changes while GetCourse redraws are followed once, in idle time.
    let cancelFollow: (() => void) | null = null;
    const follow = measured('gc-albato:field-deferred', () => {
      cancelFollow = null;
      if (!renaming) refresh();
    });

    const renameFields = async () => {
      if (renaming || page.source !== 'state') return;
      renaming = true;
      showSummary(true);
      const result = await renameAll(page.verdicts, titles.inputs(page.fields), signal);
      renaming = false;
      if (signal.aborted) return;
      renamed = { steps: result.steps, pairs: result.steps.map(({ from, to }) => ({ from, to })), skipped: result.skipped };
      refresh();
      showSummary(true);
    };

    const undoFields = async () => {
      if (renaming || !renamed) return;
      renaming = true;
      showSummary(true);
      const undone = await undoRename(renamed.steps, signal);
      renaming = false;
      if (signal.aborted) return;
      renamed = { ...renamed, undone };
      refresh();
      showSummary(true);
    };

    const wireTitle = (input: HTMLInputElement) =>
      titleWarnings.wire(
        input,
        () => titles.indexOf(input, page.fields),
        () => page,
      );

    // After GetCourse's own handler (on the input itself) has updated its state. A known title
    // input has its own live check; the list and the summary follow in idle time (with thousands of
    // fields, reading the state on every keystroke would cost more than GetCourse's own typing).
    // An input not known yet is read at once: is it the title input of a field after all?
    document.addEventListener(
      'input',
      measured('gc-albato:field-scan', (event: Event) => {
        const target = event.target;
        if (renaming || !isTextInput(target) || target.closest(`[${OWN_NODE_ATTRIBUTE}]`)) return;
        titleWarnings.prune();
        if (titles.indexOf(target, page.fields) !== null) {
          wireTitle(target);
          cancelFollow ??= whenIdle(follow, FOLLOW_WITHIN_MS);
          return;
        }
        const before = page;
        refresh();
        if (titles.learn(target, before.fields, page.fields) !== null) wireTitle(target);
      }),
      { signal },
    );
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (!isTextInput(target)) return;
        titleWarnings.prune();
        if (titles.indexOf(target, page.fields) !== null) wireTitle(target);
      },
      { signal },
    );

    const onMutations = measured('gc-albato:field-scan', (records: MutationRecord[]) => {
      if (changesLayout(records)) {
        layoutDirty = true;
        titleWarnings.prune();
      }
      if (renaming) return;
      if (!nothingFoundYet()) {
        cancelFollow ??= whenIdle(follow, FOLLOW_WITHIN_MS);
      } else if (page.fields.length > 0) {
        // The editor has just been drawn for fields already read from the state: place their
        // warnings now, and read the state the editor rewrote while drawing in idle time.
        located = locateFieldAnchors(page.fields, editor.scope());
        layoutDirty = false;
        applyVerdicts();
        cancelFollow ??= whenIdle(follow, FOLLOW_WITHIN_MS);
      } else refresh();
    });

    const editor = watchFieldList(onMutations, signal);
    measured('gc-albato:field-scan', refresh)();
    signal.addEventListener(
      'abort',
      () => {
        cancelFollow?.();
        cancelSummary();
        list.clear();
        titleWarnings.clear();
        summary.host.remove();
      },
      { once: true },
    );
  },
};
