/**
 * "Test this URL" under a «Вызвать URL» operation: a preview of the call GetCourse would send for
 * a sample user or order, then the answer or a translated explanation. Everything that came from
 * the page or the network is inserted as text.
 */
import type { CallMethod } from '@/utils/call-url-request';
import { buildCallRequest } from '@/utils/call-url-request';
import type { ContentT } from '@/utils/i18n-content';
import { historyNotKeptText } from '@/utils/history-note';
import type { CallUrlAnswer, HistoryNotKept, Problem } from '@/utils/messages';
import type { ProcessKind } from '@/utils/process-url';
import { answerMeaningKey } from '@/utils/webhook-answer';
import { el } from './dom';

export type CallTestState =
  | { phase: 'closed' }
  | { phase: 'preview' }
  | { phase: 'sending' }
  | { phase: 'answer'; answer: CallUrlAnswer }
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
  send: () => void;
  /** asks for access to the origin of the call that was just sent */
  grant: () => void;
}

function problemView(problem: Problem, t: ContentT, actions: CallTestActions): HTMLElement {
  const raw = problem.raw ?? '';
  const say = (text: string) => el('p', { class: 'gc-finding', role: 'alert', 'data-code': problem.code }, `⚠ ${text}`);
  switch (problem.code) {
    case 'needs-permission': {
      const node = say(t('callTest.needsPermission', { origin: raw }));
      node.append(' ', el('button', { type: 'button', class: 'gc-test-grant', onTrustedClick: actions.grant }, t('callTest.grant')));
      return node;
    }
    case 'insecure-target':
      return say(t('callTest.insecure', { raw }));
    case 'timeout':
      return say(t('callTest.timeout', { seconds: problem.seconds ?? '—' }));
    case 'redirect':
      return say(t('callTest.redirect'));
    case 'busy':
      return say(t('callTest.busy'));
    // The background's refusals of in-page requests (README, Security).
    case 'not-clicked':
      return say(t('callTest.notClicked'));
    case 'getcourse-target':
      return say(t('callTest.getcourseTarget', { raw }));
    case 'untyped-target':
      return say(t('callTest.untypedTarget', { raw }));
    case 'too-many':
      return say(t('callTest.tooMany', { seconds: problem.seconds ?? '—' }));
    case 'access-asked':
      return say(t('callTest.accessAsked', { raw }));
    case 'network':
    case 'offline':
    case 'tls':
    case 'unreachable':
      return say(t('callTest.network', { raw: raw || problem.code }));
    default:
      return say(t('callTest.failed', { raw: [problem.code, problem.status, raw].filter(Boolean).join(' ') }));
  }
}

/** The call went out but is not in the school's history (storage full): said beside its answer. */
function historyNote(reason: HistoryNotKept | undefined, answered: boolean, t: ContentT): HTMLElement | null {
  return reason
    ? el('p', { class: 'gc-note', role: 'status', 'data-code': 'history-not-kept' }, `⚠ ${historyNotKeptText(t, reason, answered)}`)
    : null;
}

export function renderCallTest(root: ShadowRoot, view: CallTestView, t: ContentT, actions: CallTestActions): void {
  root.querySelector('.gc-test')?.remove();
  const { state } = view;
  if (state.phase === 'closed') {
    root.append(
      el('div', { class: 'gc-test' }, el('button', { type: 'button', class: 'gc-test-open', onclick: actions.open }, t('callTest.open'))),
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
        { type: 'button', class: 'gc-test-send', disabled: state.phase === 'sending', onTrustedClick: actions.send },
        t(state.phase === 'sending' ? 'callTest.sending' : 'callTest.send'),
      ),
    );
  }
  parts.push(el('button', { type: 'button', class: 'gc-test-hide', onclick: actions.hide }, t('callTest.hide')));
  if (state.phase === 'answer') {
    const { answer } = state;
    parts.push(
      el(
        'div',
        { class: 'gc-answer', role: 'status', 'data-status': answer.status },
        el('strong', {}, t('callTest.status', { status: answer.status, ms: answer.ms })),
        ` — ${t(answerMeaningKey(answer.status, view.albato), { status: answer.status })}`,
        answer.body ? el('p', { class: 'gc-note' }, t('callTest.body', { type: answer.contentType || '—' })) : null,
        answer.body ? el('pre', { class: 'gc-body' }, answer.body) : null,
        historyNote(answer.historyNotKept, true, t),
      ),
    );
  }
  if (state.phase === 'problem') parts.push(problemView(state.problem, t, actions), historyNote(state.problem.historyNotKept, false, t));
  root.append(el('div', { class: 'gc-test gc-process', role: 'region', 'aria-label': t('callTest.open') }, ...parts));
}
