/**
 * "Test this URL" under each «Вызвать URL» operation open in a block modal (issue 4, fact sheet
 * R.2): the preview shows the call GetCourse would send for a sample object
 * (utils/call-url-request.ts); "Send" asks the background, which rebuilds the same request and
 * sends it — the content script never touches the network. Access to a new host is granted on the
 * extension's own page, opened from the admin's click. Send and Allow access act only on the
 * admin's own (trusted) clicks.
 *
 * Test URLs: /pl/tasks/mission/process?id=101 (users, Albato), ?id=102 (orders): double-click
 * the «Вызвать URL» block.
 */
import { renderCallTest, type CallTestState } from '@/components/content/call-test-view';
import { shadowHost } from '@/components/content/dom';
import { CS_TO_BG } from '@/utils/messages';
import { isAlbatoWebhook, MAX_CALL_URL_LENGTH, urlVariables, type ProcessKind } from '@/utils/process-url';
import { sendToBackground } from '@/utils/send';
import type { ContentFeature } from '../feature';
import { placeBelowSettings } from '../process-modal';
import { eachCallUrlTarget } from '../watch-call-url';

/** Without the process's kind, an order variable in the URL means an order process (D.1). */
function guessKind(template: string): ProcessKind {
  return urlVariables(template, 'deal').some((v) => v.fact?.kind === 'deal' && v.refersTo === 'deal') ? 'deal' : 'user';
}

export const callUrlTest: ContentFeature = {
  id: 'call-url-test',
  include: (pageKind) => pageKind === 'process-editor',
  async init({ url, signal, t }) {
    const processId = url.searchParams.get('id') ?? '';
    const reply = await sendToBackground({ type: CS_TO_BG.processKind, processId });
    const knownKind: ProcessKind | null = reply.ok ? reply.kind : null;
    if (signal.aborted) return;
    // The URLs as the modal opened with them (what is saved) go to the background once each, so
    // the popup's webhook test can offer them; typing does not change what is remembered.
    const remembered = new Set<string>();

    eachCallUrlTarget('call-url-test', signal, (target, viewSignal) => {
      const input = target.url;
      const saved = input.defaultValue.trim();
      if (saved && saved.length <= MAX_CALL_URL_LENGTH && !remembered.has(saved) && /^\d+$/.test(processId)) {
        remembered.add(saved);
        void sendToBackground({ type: CS_TO_BG.callUrlsSeen, processId, urls: [saved] });
      }
      const { host, root } = shadowHost('call-url-test', 'process', 'div');
      let state: CallTestState = { phase: 'closed' };
      const show = () => {
        const template = input.value;
        renderCallTest(root, {
          template,
          method: target.method(),
          kind: knownKind ?? guessKind(template),
          kindGuessed: knownKind === null,
          albato: isAlbatoWebhook(template),
          tooLong: template.length > MAX_CALL_URL_LENGTH,
          state,
        }, t, {
          open: () => set({ phase: 'preview' }),
          hide: () => set({ phase: 'closed' }),
          send: () => void send(),
          grant: (origin) => void sendToBackground({ type: CS_TO_BG.requestAccess, origin }),
        });
      };
      const set = (next: CallTestState) => {
        state = next;
        show();
      };
      const send = async () => {
        const template = input.value;
        if (state.phase === 'sending' || template.length > MAX_CALL_URL_LENGTH) return;
        set({ phase: 'sending' });
        const answer = await sendToBackground({ type: CS_TO_BG.testCallUrl, template, method: target.method(), kind: knownKind ?? guessKind(template) });
        if (viewSignal.aborted) return; // the modal closed meanwhile: the call is in the history
        set(answer.ok ? { phase: 'answer', answer: answer.answer } : { phase: 'problem', problem: answer.problem });
      };
      // An edited URL makes the last answer stale: back to the preview of the new URL.
      const edited = () => (state.phase === 'closed' || state.phase === 'sending' ? show() : set({ phase: 'preview' }));
      input.addEventListener('input', edited, { signal: viewSignal });
      // The method is read when drawing: a switch of GET/POST redraws the preview.
      target.section.addEventListener('change', (event) => event.target !== input && state.phase !== 'closed' && show(), { signal: viewSignal });
      show();
      placeBelowSettings(target, host);
      return host;
    });
  },
};
