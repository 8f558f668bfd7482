/**
 * What the field-name warnings know of the custom-form editor page (fact sheet R.1) at a given
 * moment, and the page events that change it: the names read, where the editor draws them, which
 * warnings are up, what the summary shows, and a «rename all» in progress or done. The feature
 * only wires the page's observers and events to these transitions.
 */
import type { ProcessKind } from '@/utils/process-url';
import type { RenamedView } from '@/entrypoints/content/ui/field-summary';
import { OWN_NODE_ATTRIBUTE } from '@/entrypoints/content/ui/dom';
import { sendToBackground } from '@/entrypoints/content/send';
import { CS_TO_BG } from '@/utils/message-names';
import { FIELD_TITLE_MAX, FIELDS_PER_CONTEXT_MAX } from '@/utils/page-data-limits';
import { measured, whenIdle } from '../observe';
import { changesLayout, FOLLOW_WITHIN_MS, type watchFieldList } from './editor-watch';
import { locateFieldAnchors, type FieldAnchors } from './field-anchors';
import type { createListWarnings } from './list-warnings';
import type { createPageNames, PageNames } from './page-names';
import { renameAll, undoRename, type RenameStep } from './rename-all';
import type { SummaryPanel } from './summary-panel';
import { isTextInput, type TitleInputs } from './title-inputs';
import type { createTitleWarnings } from './title-warnings';

const NO_ANCHORS: FieldAnchors = { anchors: [], found: { byId: 0, byPosition: 0, byText: 0, missing: 0 } };

/** What the page state works with; made by the feature, in the order the page needs them. */
export interface FieldPageParts {
  context: ProcessKind;
  signal: AbortSignal;
  pageNames: ReturnType<typeof createPageNames>;
  titles: TitleInputs;
  list: ReturnType<typeof createListWarnings>;
  titleWarnings: ReturnType<typeof createTitleWarnings>;
  summary: SummaryPanel;
  /** the page diagnosis, built when the admin opens it (it queries the whole page) */
  diagnose: (page: PageNames, found: FieldAnchors['found']) => string;
}

type EditorWatch = ReturnType<typeof watchFieldList>;

export class FieldPageState {
  private page: PageNames;
  private located = NO_ANCHORS;
  private warned = new Set<Element>();
  private layoutDirty = true;
  private sentSaved = false;
  private summaryStamp = '';
  private renaming = false;
  private renamed: (RenamedView & { steps: RenameStep[] }) | null = null;
  private cancelSummary = () => {};
  private cancelFollow: (() => void) | null = null;
  private editor: EditorWatch | null = null;

  // The editor's first appearance is followed at once (the first warnings are what the admin
  // waits for); later changes while GetCourse redraws are followed once, in idle time.
  private readonly follow = measured('gc-albato:field-deferred', () => {
    this.cancelFollow = null;
    if (!this.renaming) this.namesChanged();
  });

  constructor(private readonly parts: FieldPageParts) {
    this.page = parts.pageNames.current;
  }

  /** The watch of GetCourse's field list, made once the state is there to hear from it. */
  watchedBy(editor: EditorWatch): void {
    this.editor = editor;
  }

  /** The feature starts on the page: read what is there now. */
  opened(): void {
    this.namesChanged();
  }

  /** GetCourse changed the page (a batch of its DOM changes). */
  pageChanged(records: MutationRecord[]): void {
    if (changesLayout(records)) {
      this.layoutDirty = true;
      this.parts.titleWarnings.prune();
    }
    if (this.renaming) return;
    if (!this.nothingFoundYet()) this.followLater();
    else if (this.page.fields.length > 0) this.editorDrawn();
    else this.namesChanged();
  }

  /**
   * The admin typed in an input, after GetCourse's own handler (on the input itself) has updated
   * its state. A known title input has its own live check; the list and the summary follow in idle
   * time (with thousands of fields, reading the state on every keystroke would cost more than
   * GetCourse's own typing). An input not known yet is read at once: is it the title input of a
   * field after all?
   */
  typed(target: EventTarget | null): void {
    const { titles, titleWarnings } = this.parts;
    if (this.renaming || !isTextInput(target) || target.closest(`[${OWN_NODE_ATTRIBUTE}]`)) return;
    titleWarnings.prune();
    if (titles.indexOf(target, this.page.fields) !== null) {
      this.wireTitle(target);
      this.followLater();
      return;
    }
    const before = this.page;
    this.namesChanged();
    if (titles.learn(target, before.fields, this.page.fields) !== null) this.wireTitle(target);
  }

  /** An input got the focus: a title input gets its live check. */
  focused(target: EventTarget | null): void {
    if (!isTextInput(target)) return;
    this.parts.titleWarnings.prune();
    if (this.parts.titles.indexOf(target, this.page.fields) !== null) this.wireTitle(target);
  }

  /**
   * After a click on a field's warning text selected the field: its title input, if the page now
   * shows it (GetCourse shows the selected field's panel; a panel order that no longer matches
   * the list, e.g. after a drag, shows another one, and then the focus stays where it is).
   */
  warningClicked(label: Element): void {
    const index = this.located.anchors.indexOf(label);
    const input = index >= 0 ? this.parts.titles.inputs(this.page.fields)[index] : null;
    if (input?.isConnected && input.getClientRects().length > 0 && input.value === this.page.names[index]) input.focus();
  }

  /** The run is over: everything the feature put on the page goes. */
  closed(): void {
    this.cancelFollow?.();
    this.cancelSummary();
    this.parts.list.clear();
    this.parts.titleWarnings.clear();
    this.parts.summary.remove();
  }

  private async renameAllPressed(): Promise<void> {
    const { titles, signal } = this.parts;
    if (this.renaming || this.page.source !== 'state') return;
    this.renamingStarted();
    const result = await renameAll(this.page.verdicts, titles.inputs(this.page.fields), signal);
    this.renaming = false;
    if (signal.aborted) return;
    this.renamed = { steps: result.steps, pairs: result.steps.map(({ from, to }) => ({ from, to })), skipped: result.skipped };
    this.renamingEnded();
  }

  private async undoPressed(): Promise<void> {
    const { signal } = this.parts;
    if (this.renaming || !this.renamed) return;
    this.renamingStarted();
    const undone = await undoRename(this.renamed.steps, signal);
    this.renaming = false;
    if (signal.aborted) return;
    this.renamed = { ...this.renamed, undone };
    this.renamingEnded();
  }

  private renamingStarted(): void {
    this.renaming = true;
    this.showSummary(true);
  }

  private renamingEnded(): void {
    this.namesChanged();
    this.showSummary(true);
  }

  /** Reads the names again and brings the warnings, the saved titles and the summary up to date. */
  private namesChanged(): void {
    this.editor?.watch();
    const before = this.page;
    this.page = this.parts.pageNames.update();
    if (this.page !== before) this.parts.list.prepare(this.page.verdicts);
    if (this.layoutDirty || this.page.fields.length !== before.fields.length) {
      this.layoutDirty = false;
      this.locate();
    } else if (this.page !== before) this.applyVerdicts();
    this.sendSavedTitles();
    this.scheduleSummary();
  }

  /**
   * The editor has just been drawn for fields already read from the state: place their warnings
   * now, and read the state the editor rewrote while drawing in idle time.
   */
  private editorDrawn(): void {
    this.locate();
    this.layoutDirty = false;
    this.followLater();
  }

  private followLater(): void {
    this.cancelFollow ??= whenIdle(this.follow, FOLLOW_WITHIN_MS);
  }

  private locate(): void {
    this.located = locateFieldAnchors(this.page.fields, this.editor?.scope());
    this.applyVerdicts();
  }

  private nothingFoundYet(): boolean {
    const { found } = this.located;
    return found.byId + found.byPosition + found.byText === 0;
  }

  private applyVerdicts(): void {
    const next = new Set<Element>();
    this.page.verdicts.forEach((verdict, i) => {
      const anchor = this.located.anchors[i];
      if (!anchor || verdict.untitled || verdict.problems.length === 0) return;
      this.parts.list.set(anchor, verdict);
      next.add(anchor);
    });
    for (const anchor of this.warned) if (!next.has(anchor)) this.parts.list.forget(anchor);
    this.warned = next;
  }

  /**
   * The titles as the page was loaded (what is saved) let the process editor check
   * {object.<title>} variables; typing does not change what is remembered.
   */
  private sendSavedTitles(): void {
    if (this.sentSaved || this.page.source !== 'state') return;
    this.sentSaved = true;
    // Within what the background accepts (page-data-limits.ts; beyond it the whole list is
    // refused). A title past 255 characters is no saved GetCourse title: it is left out rather
    // than cut, as a cut one would match a variable it is not.
    const saved = this.page.names.filter((name) => name.trim() !== '' && name.length <= FIELD_TITLE_MAX).slice(0, FIELDS_PER_CONTEXT_MAX);
    void sendToBackground({ type: CS_TO_BG.schoolFields, context: this.parts.context, titles: saved });
  }

  private wireTitle(input: HTMLInputElement): void {
    this.parts.titleWarnings.wire(
      input,
      () => this.parts.titles.indexOf(input, this.page.fields),
      () => this.page,
    );
  }

  // The summary (a plan of every invisible name) is drawn after the warnings, when the page is idle.
  private scheduleSummary(): void {
    this.cancelSummary();
    this.cancelSummary = whenIdle(
      measured('gc-albato:field-deferred', () => this.showSummary()),
      FOLLOW_WITHIN_MS,
    );
  }

  private showSummary(force = false): void {
    const { summary, context, diagnose } = this.parts;
    const { page, renaming, renamed } = this;
    // Before anything is found the editor may simply not be drawn yet: no "not found" then.
    const missing = this.nothingFoundYet() ? 0 : this.located.found.missing;
    // What the summary shows: the editor drawn after the first summary changes nothing in it.
    const stamp = `${page.key}\u0003${missing}\u0003${renaming}`;
    if (!force && stamp === this.summaryStamp && summary.isShown()) return;
    this.summaryStamp = stamp;
    this.cancelSummary();
    summary.draw(
      {
        verdicts: page.verdicts,
        context,
        stateProblem: page.stateProblem !== undefined,
        missing,
        canRename: page.source === 'state',
        renaming,
        renamed,
        diagnose: () => diagnose(this.page, this.located.found),
      },
      { renameAll: () => void this.renameAllPressed(), undo: () => void this.undoPressed() },
    );
  }
}
