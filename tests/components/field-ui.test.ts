/**
 * The in-page views render every fixture name, hostile ones included, as text: no element is
 * ever created from a field name, and the names come through unchanged.
 */
import { renderSummary } from '@/entrypoints/content/ui/field-summary';
import { renderFieldWarning } from '@/entrypoints/content/ui/field-warning';
import { planFieldNames, planFieldNamesLazily } from '@/utils/field-plan';
import { createContentT, type ContentKey } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { FIELD_NAMES } from '../fixtures/field-names';

// Texts from the dictionary the views read: a copy edit changes both sides, a wrong message fails.
const t = createContentT('ru', CONTENT_STRINGS.ru);
/** A count the text must state whatever its wording. */
const states = (text: string | null | undefined, n: number) => expect(text).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`));
/** The warning's sentence for a verdict's problems, each named by its own key. */
const invisible = (problems: readonly string[]) =>
  t('fields.invisible', { problems: problems.map((problem) => t(`fields.problem.${problem}` as ContentKey)).join(', ') });
const names = FIELD_NAMES.map((c) => c.name);

const ACTIONS = { renameAll: () => undefined, undo: () => undefined };
const summaryInput = (verdicts: ReturnType<typeof planFieldNames>) => ({
  verdicts,
  context: 'user' as const,
  missing: 0,
  canRename: true,
  renaming: false,
  renamed: null,
  diagnose: () => '',
});

/** The folded rename plan, opened as the admin opens it (happy-dom fires `toggle` as browsers do). */
async function openPlan(root: ShadowRoot): Promise<string> {
  const details = root.querySelector<HTMLDetailsElement>('details.gc-plan')!;
  details.open = true;
  await vi.waitFor(() => expect(root.querySelector<HTMLTextAreaElement>('.gc-plan-text')!.value).not.toBe(''));
  return root.querySelector<HTMLTextAreaElement>('.gc-plan-text')!.value;
}

function shadow(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('in-page views with hostile field names', () => {
  it('the summary lists every bad name verbatim in its rename plan and creates no foreign elements', async () => {
    const root = shadow();
    const verdicts = planFieldNames(names);
    renderSummary(root, summaryInput(verdicts), t, ACTIONS);
    const plan = await openPlan(root);
    for (const verdict of verdicts.filter((v) => v.problems.length > 0)) expect(plan).toContain(`${verdict.name} → ${verdict.suggestion}`);
    expect(root.querySelectorAll('img, script, iframe, svg, style:not(:first-child)')).toHaveLength(0);
    expect(names.some((n) => n.includes('<img'))).toBe(true);
  });

  it('each warning shows its problems and suggestion as text', () => {
    for (const verdict of planFieldNames(names).filter((v) => v.problems.length > 0)) {
      const root = shadow();
      renderFieldWarning(root, verdict, t);
      expect(root.querySelector('.gc-suggestion')!.textContent).toBe(verdict.suggestion);
      expect(root.querySelector('.gc-what')!.textContent).toContain(invisible(verdict.problems));
      expect(root.querySelectorAll('img, script, iframe')).toHaveLength(0);
      expect(root.querySelector('button')!.getAttribute('type')).toBe('button');
    }
  });

  it('a re-render replaces the warning instead of adding a second one', () => {
    const root = shadow();
    const [verdict] = planFieldNames(['Город']);
    renderFieldWarning(root, verdict!, t);
    renderFieldWarning(root, verdict!, t);
    expect(root.querySelectorAll('.gc-warning')).toHaveLength(1);
  });
});

describe('summary: untitled fields and «rename all»', () => {
  it('gives untitled fields one calm note, never an error per field, and leaves them out of the count', async () => {
    const root = shadow();
    renderSummary(root, summaryInput(planFieldNames(['Город', '', 'telegram_id', ' '])), t, ACTIONS);
    const title = root.querySelector('.gc-title')!.textContent;
    expect(title).toBe(t('fields.summaryBad', { n: 1, total: 2 }));
    states(title, 1);
    states(title, 2);
    expect(root.querySelectorAll('.gc-untitled')).toHaveLength(1);
    const untitled = root.querySelector('.gc-untitled')!.textContent;
    expect(untitled).toBe(t('fields.untitled', { n: 2 }));
    states(untitled, 2);
    expect(await openPlan(root)).toBe('Город → gorod');
  });

  it('writes the rename plan, and makes the suggestions it needs, only when it is opened or copied', async () => {
    const lazy = planFieldNamesLazily(['Город', 'telegram_id', 'Дата рождения']);
    const made = () => lazy.filter((v) => Object.getOwnPropertyDescriptor(v, 'suggestion')!.get === undefined).length;
    const root = shadow();
    renderSummary(root, summaryInput(lazy), t, ACTIONS);
    expect(root.querySelector('details.gc-plan > summary')!.textContent).toBe(t('fields.planShort'));
    const note = root.querySelector('details.gc-plan > .gc-note')!.textContent;
    expect(note).toBe(t('fields.plan', { n: 2 }));
    states(note, 2);
    expect(root.querySelector<HTMLTextAreaElement>('.gc-plan-text')!.value).toBe('');
    expect(made()).toBe(1); // telegram_id: visible as it is, nothing to suggest
    const copied = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    root.querySelector<HTMLButtonElement>('.gc-plan .gc-copy')!.click();
    await vi.waitFor(() => expect(copied).toHaveBeenCalledWith('Город → gorod\nДата рождения → data_rozhdeniia'));
    expect(made()).toBe(3);
  });

  it('keeps an opened plan open when the summary is drawn anew', async () => {
    const root = shadow();
    renderSummary(root, summaryInput(planFieldNames(['Город'])), t, ACTIONS);
    await openPlan(root);
    renderSummary(root, summaryInput(planFieldNamesLazily(['Город', 'Дата рождения'])), t, ACTIONS);
    expect(root.querySelectorAll('details.gc-plan')).toHaveLength(1);
    expect(root.querySelector<HTMLDetailsElement>('details.gc-plan')!.open).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('.gc-plan-text')!.value).toBe('Город → gorod\nДата рождения → data_rozhdeniia');
  });

  it('offers «rename all» with the number of fields and the warning about old titles; only a trusted click acts', () => {
    const root = shadow();
    let pressed = 0;
    renderSummary(root, summaryInput(planFieldNames(['Город', 'Дата рождения', 'telegram_id'])), t, {
      ...ACTIONS,
      renameAll: () => void pressed++,
    });
    const button = root.querySelector<HTMLButtonElement>('.gc-rename-all')!;
    expect(button.textContent).toBe(t('fields.renameAll', { n: 2 }));
    states(button.textContent, 2);
    expect(root.querySelector('details.gc-more')!.textContent).toContain(t('fields.renameBreaks'));
    expect(root.querySelector('details.gc-more')!.textContent).toContain('{object.'); // names the variables that break
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button.click();
    expect(pressed).toBe(0);
  });

  it('shows what was renamed, old → new as text, with undo; no button to rename again until undone', () => {
    const root = shadow();
    const renamed = {
      pairs: [
        { from: '<img src=x onerror=alert(1)>', to: 'img_src_x_onerror_alert_1' },
        { from: 'Город', to: 'gorod' },
      ],
      skipped: 1,
    };
    renderSummary(root, { ...summaryInput(planFieldNames(['img_src_x_onerror_alert_1', 'gorod'])), renamed }, t, ACTIONS);
    expect([...root.querySelectorAll('.gc-renamed li')].map((li) => li.textContent)).toEqual([
      '<img src=x onerror=alert(1)> → img_src_x_onerror_alert_1',
      'Город → gorod',
    ]);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('.gc-undo')).not.toBeNull();
    expect(root.querySelector('.gc-rename-all')).toBeNull();
    expect(root.textContent).toContain(t('fields.renameSkipped', { n: 1 }));
    expect(root.textContent).toContain(t('fields.renamedDone', { n: 2 }));
  });

  it("says when the page's field list could not be read, and offers no renaming then", () => {
    const root = shadow();
    renderSummary(root, { ...summaryInput(planFieldNames(['Город'])), stateProblem: true, canRename: false }, t, ACTIONS);
    expect(root.querySelector('.gc-state-problem')!.textContent).toContain('#CustomFormValue');
    expect(root.querySelector('.gc-rename-all')).toBeNull();
  });
});

describe('summary folds (issue 24)', () => {
  /** What shows on the summary's line: every direct part but the folded ones' contents. */
  const line = (root: ShadowRoot) =>
    [...root.querySelector('.gc-summary')!.children].map((part) =>
      part instanceof HTMLDetailsElement ? `${part.open ? '▾' : '▸'} ${part.querySelector('summary')!.textContent}` : part.textContent,
    );

  it('is one line by default: the count, «rename all» and the parts to open, every part folded', () => {
    const root = shadow();
    renderSummary(root, summaryInput(planFieldNames(['Город', 'Дата рождения', 'telegram_id', ''])), t, ACTIONS);
    expect(line(root)).toEqual([
      t('fields.summaryBad', { n: 2, total: 3 }),
      t('fields.renameAll', { n: 2 }),
      `▸ ${t('fields.planShort')}`,
      `▸ ${t('fields.more')}`,
      `▸ ${t('fields.diagnose')}`,
    ]);
    states(line(root)[0], 2);
    states(line(root)[0], 3);
    // The untitled note, the why and what renaming breaks are there, folded under «more».
    expect(root.querySelector('details.gc-more .gc-untitled')!.textContent).toBe(t('fields.untitled', { n: 1 }));
    expect(root.querySelector('details.gc-more')!.textContent).toContain(t('fields.why'));
  });

  it('after «rename all» folds the list of renames into «N renamed — not saved · Undo · list»', () => {
    const root = shadow();
    const renamed = {
      pairs: [
        { from: 'Город', to: 'gorod' },
        { from: 'Дата рождения', to: 'data_rozhdeniia' },
      ],
      skipped: 0,
    };
    renderSummary(root, { ...summaryInput(planFieldNames(['gorod', 'data_rozhdeniia'])), renamed }, t, ACTIONS);
    expect(line(root)).toEqual([
      t('fields.summaryGood', { n: 2 }),
      t('fields.renamedShort', { n: 2 }),
      t('fields.undo'),
      `▸ ${t('fields.showRenamed')}`,
      `▸ ${t('fields.more')}`,
      `▸ ${t('fields.diagnose')}`,
    ]);
    states(line(root)[1], 2);
    expect(root.querySelectorAll('details.gc-renamed-list .gc-renamed li')).toHaveLength(2);
  });

  it('keeps an opened part open when drawn anew, and Escape folds the part the focus is in', () => {
    const root = shadow();
    const input = summaryInput(planFieldNames(['Город']));
    renderSummary(root, input, t, ACTIONS);
    root.querySelector<HTMLDetailsElement>('details.gc-more')!.open = true;
    renderSummary(root, input, t, ACTIONS);
    const more = root.querySelector<HTMLDetailsElement>('details.gc-more')!;
    expect(more.open).toBe(true);
    const note = more.querySelector('p')!;
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(more.open).toBe(false);
    expect(root.activeElement).toBe(more.querySelector('summary'));
  });
});
