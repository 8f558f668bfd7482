/**
 * The page summary above the custom-field editor: how many fields Albato can't see, «rename all»
 * with undo, a copyable rename plan, fields without a title, the reminder to refresh the Albato
 * connection, and a copyable page diagnosis.
 * One line unless the admin opens a part (issue 24): «23 поля из 30 не видны Albato · Rename all ·
 * план ▸ · подробнее ▸ · диагностика ▸», so GetCourse's editor starts within the first screen.
 */
import { renamePlan, titledCount, type FieldVerdict } from '@/utils/field-plan';
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';
import type { ProcessKind } from '@/utils/process-url';

type T = ContentT;
type Child = Node | string | null;

export interface RenamedView {
  pairs: { from: string; to: string }[];
  skipped: number;
  /** after an undo: how many were put back, and how many had been edited since */
  undone?: { undone: number; changedSince: number };
}

export interface SummaryInput {
  verdicts: readonly FieldVerdict[];
  context: ProcessKind;
  /** the editor's state could not be read: the names come from the labels on the page */
  stateProblem?: boolean;
  /** titled fields the page shows nowhere the extension could find (their names are in the plan) */
  missing: number;
  /** «rename all» is offered (the editor's state is there to follow the change) */
  canRename: boolean;
  renaming: boolean;
  renamed: RenamedView | null;
  /** built when the admin opens the section: it queries the whole page */
  diagnose: () => string;
}

export interface SummaryActions {
  renameAll: () => void;
  undo: () => void;
}

/**
 * «Rename all» on the summary's line, or after it «N renamed — not saved · Undo · list ▸»: the
 * list of renames, what was skipped and what renaming breaks fold under «list» (issue 24: unfolded,
 * the list pushed GetCourse's editor below the first screen).
 */
function renameParts(t: T, input: SummaryInput, bad: number, actions: SummaryActions): Child[] {
  const { renamed } = input;
  if (renamed && !renamed.undone) {
    return [
      el('span', { class: 'gc-renamed-count', role: 'status' }, t('fields.renamedShort', { n: renamed.pairs.length })),
      el('button', { type: 'button', class: 'gc-undo', onTrustedClick: actions.undo }, t('fields.undo')),
      folded(
        'gc-renamed-list',
        t('fields.showRenamed'),
        el('p', {}, t('fields.renamedDone', { n: renamed.pairs.length })),
        el('ul', { class: 'gc-renamed' }, ...renamed.pairs.map(({ from, to }) => el('li', {}, `${from} → `, el('code', {}, to)))),
        renamed.skipped > 0 ? el('p', { class: 'gc-note' }, t('fields.renameSkipped', { n: renamed.skipped })) : null,
        el('p', { class: 'gc-note' }, t('fields.renameBreaks')),
      ),
    ];
  }
  const undone = renamed?.undone
    ? el(
        'span',
        { class: 'gc-note gc-undone', role: 'status' },
        t('fields.undone', { n: renamed.undone.undone }),
        renamed.undone.changedSince > 0 ? ` ${t('fields.undoChanged', { n: renamed.undone.changedSince })}` : '',
      )
    : null;
  if (bad === 0 || !input.canRename) return [undone];
  return [
    el(
      'button',
      { type: 'button', class: 'gc-rename-all', disabled: input.renaming, onTrustedClick: actions.renameAll },
      t('fields.renameAll', { n: bad }),
    ),
    undone,
  ];
}

/** A part of the summary the admin opens: its «▸ title» stays on the line; opened, it takes a row below. */
function folded(section: string, title: string, ...children: Child[]): HTMLDetailsElement {
  return el('details', { class: section }, el('summary', {}, title), ...children);
}

/** Why, how renaming works, what it breaks, and the notes that hold for the whole page: on demand. */
function moreSection(t: T, input: SummaryInput, bad: number, untitled: number) {
  const renaming = bad > 0 && input.canRename && !input.renamed;
  return folded(
    'gc-more',
    t('fields.more'),
    bad > 0 ? el('p', {}, t('fields.why')) : null,
    renaming ? el('p', { class: 'gc-note' }, t('fields.renameHow')) : null,
    renaming ? el('p', { class: 'gc-note' }, t('fields.renameBreaks')) : null,
    input.missing > 0 ? el('p', { class: 'gc-note gc-missing' }, t('fields.notOnPage', { n: input.missing })) : null,
    untitled > 0 ? el('p', { class: 'gc-note gc-untitled' }, t('fields.untitled', { n: untitled })) : null,
    el('p', { class: 'gc-note' }, t('fields.refresh')),
    el('p', { class: 'gc-note' }, t(input.context === 'user' ? 'fields.kindUser' : 'fields.kindDeal')),
  );
}

/** Escape folds the part the focus is in and gives the focus back to its «▸ title» (issue 24, keyboard). */
function foldOnEscape(section: HTMLElement): void {
  section.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
    const open = event.target.closest<HTMLDetailsElement>('details[open]');
    if (!open) return;
    open.open = false;
    open.querySelector('summary')?.focus();
    event.preventDefault();
  });
}

const OPEN_KEPT = ['gc-plan', 'gc-more', 'gc-renamed-list'];

export function renderSummary(root: ShadowRoot, input: SummaryInput, t: T, actions: SummaryActions): void {
  // The summary is drawn anew when the page's names change; a part the admin opened stays open.
  const wasOpen = new Set(OPEN_KEPT.filter((name) => root.querySelector<HTMLDetailsElement>(`details.${name}`)?.open === true));
  root.querySelector('.gc-summary')?.remove();
  const bad = input.verdicts.filter((v) => v.problems.length > 0);
  const untitled = input.verdicts.length - titledCount(input.verdicts);
  const total = titledCount(input.verdicts);
  const title =
    total === 0
      ? t('fields.summaryEmpty')
      : bad.length > 0
        ? t('fields.summaryBad', { n: bad.length, total })
        : t('fields.summaryGood', { n: total });
  const section = el(
    'section',
    { class: `gc-summary${bad.length === 0 ? ' gc-good' : ''}`, 'aria-label': 'GetCourse → Albato' },
    el('span', { class: 'gc-title', role: 'status' }, title),
    ...renameParts(t, input, bad.length, actions),
    bad.length > 0 ? planSection(root, t, input.verdicts, bad.length, wasOpen.has('gc-plan')) : null,
    moreSection(t, input, bad.length, untitled),
    diagnoseSection(root, t, input.diagnose),
    // Not folded: without the page's list the counts above may be wrong and renaming is off.
    input.stateProblem ? el('p', { class: 'gc-note gc-state-problem' }, t('fields.stateUnreadable')) : null,
  );
  for (const name of ['gc-more', 'gc-renamed-list']) {
    const details = section.querySelector<HTMLDetailsElement>(`details.${name}`);
    if (details && wasOpen.has(name)) details.open = true;
  }
  foldOnEscape(section);
  root.append(section);
}

/**
 * A folded text with a copy button: written when the admin opens it or copies it, not before.
 * `fresh`: written anew on every opening (the page diagnosis follows the page); else once.
 */
function foldedText(
  root: ShadowRoot,
  t: T,
  view: {
    section: string;
    area: string;
    title: string;
    note?: string;
    label: ContentKey;
    write: () => string;
    fresh: boolean;
    open: boolean;
  },
) {
  const area = el('textarea', { readonly: true, class: view.area, 'aria-label': t(view.label) });
  const written = () => (area.value ||= view.write());
  const details = el(
    'details',
    { class: view.section },
    el('summary', {}, view.title),
    view.note ? el('p', { class: 'gc-note' }, view.note) : null,
    area,
    ...copyButton(root, written, t, { label: t(view.label) }),
  );
  details.addEventListener('toggle', () => {
    if (!details.open) return;
    if (view.fresh) area.value = '';
    written();
  });
  if (view.open) {
    details.open = true;
    written();
  }
  return details;
}

/**
 * The rename plan, folded: on a page of 1 000 fields it is 1 000 lines, and writing it needs every
 * suggestion, which the page otherwise makes only for the warnings in view (utils/field-plan.ts,
 * planFieldNamesLazily).
 */
function planSection(root: ShadowRoot, t: T, verdicts: readonly FieldVerdict[], bad: number, open: boolean) {
  return foldedText(root, t, {
    section: 'gc-plan',
    area: 'gc-plan-text',
    title: t('fields.planShort'),
    note: t('fields.plan', { n: bad }),
    label: 'fields.copyPlan',
    write: () => renamePlan(verdicts),
    fresh: false,
    open,
  });
}

/** The page diagnosis, written when opened: it queries the whole page. Its «▸» says it in a word (the line is short). */
function diagnoseSection(root: ShadowRoot, t: T, diagnose: () => string) {
  const title = t('fields.diagnose');
  return foldedText(root, t, {
    section: 'gc-diagnose',
    area: 'gc-diagnosis-text',
    title,
    label: 'diagnose.copy',
    write: diagnose,
    fresh: true,
    open: false,
  });
}
