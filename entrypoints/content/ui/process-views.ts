/** In-page views for process pages: the «Одобрено» check and the «Вызвать URL» check. */
import type { ContentKey, ContentT } from '@/utils/i18n-content';
import type { Lang } from '@/utils/i18n-content';
import { isAlbatoWebhook, type Finding, type ProcessKind, type UrlTextNote, type UrlVariable } from '@/utils/process-url';
import { copyButton } from './clipboard';
import { el } from './dom';

export function renderApproved(root: ShadowRoot, approved: boolean, t: ContentT): void {
  root.querySelector('.gc-process')?.remove();
  root.append(
    el(
      'span',
      { class: `gc-process ${approved ? 'gc-ok' : 'gc-bad'}`, role: 'status' },
      approved ? `✓ ${t('processes.approvedOn')}` : `⚠ ${t('processes.approvedOff')}`,
    ),
  );
}

const kindWord = (t: ContentT, kind: ProcessKind) => t(kind === 'user' ? 'processes.kindUser' : 'processes.kindDeal');

export interface CallUrlView {
  url: string;
  kind: ProcessKind | null;
  variables: UrlVariable[];
  findings: Finding[];
  swapped: boolean;
  lang: Lang;
  /** the URL as text: too long to check, invisible characters */
  notes: UrlTextNote[];
  /** "Diagnose this page": built when the admin opens it */
  diagnose: () => string;
}

const NOTE_KEYS: Record<UrlTextNote, ContentKey> = { 'too-long': 'processModal.tooLong', 'invisible-characters': 'processModal.invisible' };

/**
 * The URL's variables. A long list folds (issue 24, point 4): one line each pushed the block
 * modal's own buttons down, while what needs the admin (the findings) is shown below it anyway.
 */
const VARIABLES_SHOWN = 3;

function variablesList(t: ContentT, variables: readonly UrlVariable[], open: boolean) {
  if (variables.length === 0) return null;
  const list = el(
    'ul',
    {},
    ...variables.map((v) =>
      el('li', {}, el('code', {}, v.raw), ` — ${v.fact ? t(`processVars.${v.name}` as ContentKey) : t('processes.customOrUnknown')}`),
    ),
  );
  if (variables.length <= VARIABLES_SHOWN) return el('div', { class: 'gc-vars' }, el('span', {}, t('processes.variables')), list);
  const details = el('details', { class: 'gc-vars' }, el('summary', {}, `${t('processes.variables')} ${variables.length}`), list);
  details.open = open;
  return details;
}

export function renderCallUrl(root: ShadowRoot, view: CallUrlView, t: ContentT, swap: (finding: Finding) => void): void {
  // Re-rendered on every keystroke in the URL: a list the admin opened stays open.
  const varsOpen = root.querySelector<HTMLDetailsElement>('details.gc-vars')?.open === true;
  root.querySelector('.gc-process')?.remove();
  const findingText = (finding: Finding) => {
    const variable = finding.variable.raw;
    if (finding.code === 'formatted-money') return t('processes.formattedMoney', { variable, replacement: finding.replacement ?? '' });
    if (finding.code === 'unknown-variable') return t('processes.unknownVariable', { variable });
    if (finding.code === 'custom-field-wrong-kind') {
      const fieldKind = view.kind === 'user' ? 'processes.fieldKindDeal' : 'processes.fieldKindUser';
      return t('processes.customWrongKind', { variable, fieldKind: t(fieldKind), processKind: view.kind ? kindWord(t, view.kind) : '?' });
    }
    const variableKind = finding.variable.fact?.kind ?? (view.kind === 'user' ? 'deal' : 'user');
    return t('processes.wrongKind', {
      variable,
      processKind: view.kind ? kindWord(t, view.kind) : '?',
      variableKind: kindWord(t, variableKind),
    });
  };
  const check = el(
    'div',
    { class: 'gc-process', role: 'region', 'aria-label': t('processes.variables') },
    el(
      'div',
      { class: isAlbatoWebhook(view.url) ? 'gc-albato' : 'gc-note' },
      isAlbatoWebhook(view.url) ? `✓ ${t('processes.albato')}` : t('processes.notAlbato'),
    ),
    variablesList(t, view.variables, varsOpen),
    ...view.notes.map((note) => el('p', { class: 'gc-finding', role: 'note', 'data-code': note }, `⚠ ${t(NOTE_KEYS[note])}`)),
    view.kind === null ? el('p', { class: 'gc-note' }, t('processes.kindUnknown')) : null,
    ...view.findings.map((finding) =>
      el(
        'p',
        { class: 'gc-finding', role: 'note', 'data-code': finding.code },
        `⚠ ${findingText(finding)}`,
        // The swap changes the page's field: guarded like «Use this name» (a page script's click or a
        // press on a hidden or covered button changes nothing; issue 20, point 7).
        finding.replacement
          ? el(
              'button',
              { type: 'button', class: 'gc-swap', onTrustedClick: () => swap(finding) },
              t('processes.swap', { replacement: finding.replacement }),
            )
          : null,
      ),
    ),
    view.swapped ? el('p', { class: 'gc-note', role: 'status' }, t('processes.swapped')) : null,
  );
  // The diagnosis is built once, after the check and outside it: re-rendering the check while
  // the admin types must not close it.
  const diagnosis = root.querySelector('.gc-diagnose');
  if (diagnosis) diagnosis.before(check);
  else root.append(check, diagnoseSection(root, t, view.diagnose));
}

/** "Diagnose this page": what the extension found and how, to paste into a bug report. */
function diagnoseSection(root: ShadowRoot, t: ContentT, diagnose: () => string) {
  const area = el('textarea', { readonly: true, class: 'gc-diagnosis-text', 'aria-label': t('diagnose.copy') });
  const details = el(
    'details',
    { class: 'gc-diagnose' },
    el('summary', {}, t('diagnose.title')),
    area,
    ...copyButton(root, () => area.value, t, { label: t('diagnose.copy') }),
  );
  details.addEventListener('toggle', () => {
    if (details.open) area.value = diagnose();
  });
  return details;
}
