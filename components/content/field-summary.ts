/**
 * The page summary above the custom-field editor: how many fields Albato can't see, «rename all»
 * with undo, a copyable rename plan, fields without a title, the reminder to refresh the Albato
 * connection, and a copyable page diagnosis.
 */
import { renamePlan, titledCount, type FieldVerdict } from '@/utils/field-plan';
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';

type T = ContentT;

export interface RenamedView {
  pairs: { from: string; to: string }[];
  skipped: number;
  /** after an undo: how many were put back, and how many had been edited since */
  undone?: { undone: number; changedSince: number };
}

export interface SummaryInput {
  verdicts: readonly FieldVerdict[];
  context: 'user' | 'deal';
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

function renameSection(t: T, input: SummaryInput, bad: number, actions: SummaryActions) {
  const { renamed } = input;
  const undone = renamed?.undone
    ? el(
        'p',
        { class: 'gc-note', role: 'status' },
        t('fields.undone', { n: renamed.undone.undone }),
        renamed.undone.changedSince > 0 ? ` ${t('fields.undoChanged', { n: renamed.undone.changedSince })}` : '',
      )
    : null;
  if (renamed && !renamed.undone) {
    return el(
      'div',
      { class: 'gc-rename', role: 'status' },
      el('p', {}, t('fields.renamedDone', { n: renamed.pairs.length })),
      el('ul', { class: 'gc-renamed' }, ...renamed.pairs.map(({ from, to }) => el('li', {}, `${from} → `, el('code', {}, to)))),
      renamed.skipped > 0 ? el('p', { class: 'gc-note' }, t('fields.renameSkipped', { n: renamed.skipped })) : null,
      el('p', { class: 'gc-note' }, t('fields.renameBreaks')),
      el('button', { type: 'button', class: 'gc-undo', onTrustedClick: actions.undo }, t('fields.undo')),
    );
  }
  if (bad === 0 || !input.canRename) return undone;
  return el(
    'div',
    { class: 'gc-rename' },
    el(
      'button',
      { type: 'button', class: 'gc-rename-all', disabled: input.renaming, onTrustedClick: actions.renameAll },
      t('fields.renameAll', { n: bad }),
    ),
    el('p', { class: 'gc-note' }, t('fields.renameHow')),
    el('p', { class: 'gc-note' }, t('fields.renameBreaks')),
    undone,
  );
}

export function renderSummary(root: ShadowRoot, input: SummaryInput, t: T, actions: SummaryActions): void {
  // The summary is drawn anew when the page's names change; a plan the admin opened stays open.
  const planOpen = root.querySelector<HTMLDetailsElement>('details.gc-plan')?.open === true;
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
  root.append(
    el(
      'section',
      { class: `gc-summary${bad.length === 0 ? ' gc-good' : ''}`, 'aria-label': 'GetCourse → Albato' },
      el('div', { class: 'gc-title', role: 'status' }, title),
      input.stateProblem ? el('p', { class: 'gc-note gc-state-problem' }, t('fields.stateUnreadable')) : null,
      bad.length > 0 ? el('p', {}, t('fields.why')) : null,
      renameSection(t, input, bad.length, actions),
      input.missing > 0 ? el('p', { class: 'gc-note gc-missing' }, t('fields.notOnPage', { n: input.missing })) : null,
      bad.length > 0 ? planSection(root, t, input.verdicts, bad.length, planOpen) : null,
      untitled > 0 ? el('p', { class: 'gc-note gc-untitled' }, t('fields.untitled', { n: untitled })) : null,
      el('p', { class: 'gc-note' }, t('fields.refresh')),
      el('p', { class: 'gc-note' }, t(input.context === 'user' ? 'fields.kindUser' : 'fields.kindDeal')),
      diagnoseSection(root, t, input.diagnose),
    ),
  );
}

/**
 * A folded text with a copy button: written when the admin opens it or copies it, not before.
 * `fresh`: written anew on every opening (the page diagnosis follows the page); else once.
 */
function foldedText(
  root: ShadowRoot,
  t: T,
  view: { section: string; area: string; title: string; label: ContentKey; write: () => string; fresh: boolean; open: boolean },
) {
  const area = el('textarea', { readonly: true, class: view.area, 'aria-label': t(view.label) });
  const written = () => (area.value ||= view.write());
  const details = el(
    'details',
    { class: view.section },
    el('summary', {}, view.title),
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
  const title = t('fields.plan', { n: bad });
  return foldedText(root, t, {
    section: 'gc-plan',
    area: 'gc-plan-text',
    title,
    label: 'fields.copyPlan',
    write: () => renamePlan(verdicts),
    fresh: false,
    open,
  });
}

/** The page diagnosis, written when opened: it queries the whole page. */
function diagnoseSection(root: ShadowRoot, t: T, diagnose: () => string) {
  const title = t('diagnose.title');
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
