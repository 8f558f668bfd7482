/**
 * "Test this URL" under a «Вызвать URL» operation: a preview of the call GetCourse would send for
 * a sample user or order, and «Send…», which opens that call on the extension's own page to be
 * confirmed and sent there (README, Security): the answer is shown there, never in the school's
 * page. Everything that came from the page is inserted as text.
 */
import type { CallMethod } from '@/utils/call-url-request';
import { buildCallRequest } from '@/utils/call-url-request';
import type { ContentT } from '@/utils/i18n-content';
import type { Problem } from '@/utils/problem';
import type { ProcessKind } from '@/utils/process-url';
import { el } from './dom';

export type CallTestState =
  | { phase: 'closed' }
  | { phase: 'preview' }
  | { phase: 'opening' }
  /** the extension's page with the call is open: the admin sends it there */
  | { phase: 'opened' }
  | { phase: 'problem'; problem: Problem };

export interface CallTestView {
  template: string;
  method: CallMethod;
  kind: ProcessKind;
  /** the process's kind was not known: the sample follows the URL's variables */
  kindGuessed: boolean;
  albato: boolean;
  /** longer than the extension sends (MAX_CALL_URL_LENGTH): no preview, no Send */
  tooLong: boolean;
  state: CallTestState;
}

export interface CallTestActions {
  open: () => void;
  hide: () => void;
  /** opens the call on the extension's page */
  confirm: () => void;
}

function problemView(problem: Problem, t: ContentT): HTMLElement {
  const raw = problem.raw ?? '';
  const say = (text: string) => el('p', { class: 'gc-finding', role: 'alert', 'data-code': problem.code }, `⚠ ${text}`);
  switch (problem.code) {
    case 'insecure-target':
      return say(t('callTest.insecure', { raw }));
    // The background's refusals of in-page requests (README, Security).
    case 'not-clicked':
      return say(t('callTest.notClicked'));
    case 'getcourse-target':
      return say(t('callTest.getcourseTarget', { raw }));
    case 'untyped-target':
      return say(t('callTest.untypedTarget', { raw }));
    case 'too-many':
      return say(t('callTest.tooMany', { seconds: problem.seconds ?? '—' }));
    default:
      return say(t('callTest.failed', { raw: [problem.code, problem.status, raw].filter(Boolean).join(' ') }));
  }
}

export function renderCallTest(root: ShadowRoot, view: CallTestView, t: ContentT, actions: CallTestActions): void {
  root.querySelector('.gc-test')?.remove();
  const { state } = view;
  if (state.phase === 'closed') {
    root.append(
      el(
        'div',
        { class: 'gc-test' },
        el('button', { type: 'button', class: 'gc-test-open', onTrustedClick: actions.open }, t('callTest.open')),
      ),
    );
    return;
  }
  const built = buildCallRequest(view.template, view.method, view.kind);
  const parts: (Node | null)[] = [];
  if (view.tooLong) {
    parts.push(el('p', { class: 'gc-finding', role: 'alert', 'data-code': 'too-long' }, `⚠ ${t('processModal.tooLong')}`));
  } else if (!built.ok) {
    parts.push(el('p', { class: 'gc-finding', role: 'alert' }, `⚠ ${t('callTest.invalid')}`));
  } else {
    const { request } = built;
    parts.push(
      el('p', {}, t(view.kind === 'user' ? 'callTest.previewUser' : 'callTest.previewDeal')),
      view.kindGuessed ? el('p', { class: 'gc-note' }, t('callTest.guessed')) : null,
      el('pre', { class: 'gc-request' }, `${request.method} ${request.url}`),
      request.filled.length > 0
        ? el(
            'ul',
            { class: 'gc-filled' },
            ...request.filled.map((f) =>
              el(
                'li',
                {},
                el('code', {}, f.raw),
                ` → ${f.value === '' ? t('callTest.empty') : `«${f.value}»`}${f.custom ? ` (${t('callTest.custom')})` : ''}`,
              ),
            ),
          )
        : null,
      el('p', { class: 'gc-note' }, t('callTest.noBody')),
      el(
        'button',
        { type: 'button', class: 'gc-test-send', disabled: state.phase === 'opening', onTrustedClick: actions.confirm },
        t('callTest.send'),
      ),
      el('p', { class: 'gc-note' }, t('callTest.sendWhere')),
    );
  }
  parts.push(el('button', { type: 'button', class: 'gc-test-hide', onclick: actions.hide }, t('callTest.hide')));
  if (state.phase === 'opened') parts.push(el('p', { class: 'gc-note', role: 'status', 'data-code': 'opened' }, t('callTest.opened')));
  if (state.phase === 'problem') parts.push(problemView(state.problem, t));
  root.append(el('div', { class: 'gc-test gc-process', role: 'region', 'aria-label': t('callTest.open') }, ...parts));
}
