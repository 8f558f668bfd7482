/**
 * "Test this URL" under each «Вызвать URL» operation open in a block modal (issue 4, fact sheet
 * R.2): the preview shows the call GetCourse would send for a sample object
 * (utils/call-url-request.ts); "Send" asks the background, which rebuilds the same request and
 * sends it — the content script never touches the network. Access to a new host is granted on the
 * extension's own page, opened from the admin's click. Send and Allow access act only on the
 * admin's own (trusted) clicks, and each asks the background for a one-time token inside that click
 * (README, Security); what is sent is what the preview shows, and the host the admin typed is
 * followed from their own edits (../own-edits.ts).
 *
 * Test URLs: /pl/tasks/mission/process?id=101 (users, Albato), ?id=102 (orders): double-click
 * the «Вызвать URL» block.
 */
import { renderCallTest, type CallTestState } from '@/components/content/call-test-view';
import { shadowHost } from '@/components/content/dom';
import { CS_TO_BG, type ClickAction, type Failure } from '@/utils/messages';
import { CALL_URL_MAX } from '@/utils/page-data-limits';
import { isAlbatoWebhook, MAX_CALL_URL_LENGTH, urlVariables, type ProcessKind } from '@/utils/process-url';
import { sendToBackground } from '@/utils/send';
import type { ContentFeature } from '../feature';
import { followOwnEdits } from '../own-edits';
import { placeBelowSettings } from '../process-modal';
import { eachCallUrlTarget } from '../watch-call-url';

/** Without the process's kind, an order variable in the URL means an order process (D.1). */
function guessKind(template: string): ProcessKind {
  return urlVariables(template, 'deal').some((v) => v.fact?.kind === 'deal' && v.refersTo === 'deal') ? 'deal' : 'user';
}

/**
 * Asked inside the admin's trusted click, before the request it allows: the background serves a
 * test call or an access page only with a token of a click moments ago, for that action, once.
 */
async function withClickToken<R>(action: ClickAction, request: (token: string) => Promise<R | Failure>): Promise<R | Failure> {
  const reply = await sendToBackground({ type: CS_TO_BG.clickToken, action });
  return reply.ok ? request(reply.token) : reply;
}

export const callUrlTest: ContentFeature = {
  id: 'call-url-test',
  needs: { strings: ['callTest', 'processModal', 'historyNotKept'], styles: ['process'] },
  include: (pageKind) => pageKind === 'process-editor',
  async init({ url, signal, t }) {
    const processId = url.searchParams.get('id') ?? '';
    const reply = await sendToBackground({ type: CS_TO_BG.processKind, processId });
    const knownKind: ProcessKind | null = reply.ok ? reply.kind : null;
    if (signal.aborted) return;
    // The URLs as the modal opened with them (what is saved) go to the background once each, so
    // the popup's webhook test can offer them; typing does not change what is remembered. One longer
    // than the background keeps (page-data-limits.ts) is not sent: the message would be refused.
    const remembered = new Set<string>();

    eachCallUrlTarget('call-url-test', signal, (target, viewSignal) => {
      const input = target.url;
      const saved = input.defaultValue.trim();
      if (saved && saved.length <= CALL_URL_MAX && !remembered.has(saved) && /^\d+$/.test(processId)) {
        remembered.add(saved);
        void sendToBackground({ type: CS_TO_BG.callUrlsSeen, processId, urls: [saved] });
      }
      const { host, root } = shadowHost('call-url-test', 'process', 'div');
      const typedHost = followOwnEdits(input, viewSignal);
      let state: CallTestState = { phase: 'closed' };
      // What the preview shows is what Send sends: a value a page script changes without telling
      // (no input event) is not picked up behind the admin's back at the moment of the click.
      let shown = { template: '', method: target.method(), kind: 'user' as ProcessKind };
      // The call whose answer asked for access: "Allow access…" asks for its origin.
      let sent = { template: '', typedHost: undefined as string | undefined };
      const show = () => {
        const template = input.value;
        shown = { template, method: target.method(), kind: knownKind ?? guessKind(template) };
        renderCallTest(
          root,
          {
            ...shown,
            kindGuessed: knownKind === null,
            albato: isAlbatoWebhook(template),
            tooLong: template.length > MAX_CALL_URL_LENGTH,
            state,
          },
          t,
          {
            open: () => set({ phase: 'preview' }),
            hide: () => set({ phase: 'closed' }),
            send: () => void send(),
            grant: () => void grant(),
          },
        );
      };
      const set = (next: CallTestState) => {
        state = next;
        show();
      };
      const send = async () => {
        const { template, method, kind } = shown;
        if (state.phase === 'sending' || template.length > MAX_CALL_URL_LENGTH) return;
        set({ phase: 'sending' });
        sent = { template, typedHost: typedHost() };
        const answer = await withClickToken('test-call', (token) =>
          sendToBackground({ type: CS_TO_BG.testCallUrl, token, template, method, kind, typedHost: sent.typedHost }),
        );
        if (viewSignal.aborted) return; // the modal closed meanwhile: the call is in the history
        set(answer.ok ? { phase: 'answer', answer: answer.answer } : { phase: 'problem', problem: answer.problem });
      };
      const grant = async () => {
        const reply = await withClickToken('request-access', (token) => sendToBackground({ type: CS_TO_BG.requestAccess, token, ...sent }));
        if (!reply.ok && !viewSignal.aborted) set({ phase: 'problem', problem: reply.problem });
      };
      // An edited URL makes the last answer stale: back to the preview of the new URL.
      const edited = () => (state.phase === 'closed' || state.phase === 'sending' ? show() : set({ phase: 'preview' }));
      input.addEventListener('input', edited, { signal: viewSignal });
      // The method is read when drawing: a switch of GET/POST redraws the preview.
      target.section.addEventListener('change', (event) => event.target !== input && state.phase !== 'closed' && show(), {
        signal: viewSignal,
      });
      show();
      placeBelowSettings(target, host);
      return host;
    });
  },
};
