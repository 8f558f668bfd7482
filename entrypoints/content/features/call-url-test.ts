/**
 * "Test this URL" under each «Вызвать URL» operation (issue 4): the preview shows the call GetCourse
 * would send for a sample object (utils/call-url-request.ts); "Send" asks the background, which
 * rebuilds the same request and sends it — the content script never touches the network. Access
 * to a new host is granted on the extension's own page, opened from the admin's click.
 *
 * Test URLs: /pl/tasks/mission/process?id=101 (users, Albato), ?id=102 (orders)
 */
import { renderCallTest, type CallTestState } from '@/components/content/call-test-view';
import { shadowHost } from '@/components/content/dom';
import { PROCESS_CSS } from '@/components/content/styles';
import type { CallMethod } from '@/utils/call-url-request';
import { CS_TO_BG } from '@/utils/messages';
import { isAlbatoWebhook, urlVariables, type ProcessKind } from '@/utils/process-url';
import { sendToBackground } from '@/utils/send';
import type { ContentFeature } from '../feature';
import { decorateEach } from '../observe';
import { PROCESS_SELECTORS as P } from '../selectors/processes';
import { selectorOf } from '../selectors/types';

/** Without the process's kind, an order variable in the URL means an order process (D.1). */
function guessKind(template: string): ProcessKind {
  return urlVariables(template, 'deal').some((v) => v.fact?.kind === 'deal' && v.refersTo === 'deal') ? 'deal' : 'user';
}

function methodOf(input: HTMLInputElement): CallMethod {
  const select = input.closest(selectorOf(P.operationBlock))?.querySelector<HTMLSelectElement>(selectorOf(P.callUrlMethod));
  return select?.value.toUpperCase() === 'POST' ? 'POST' : 'GET';
}

export const callUrlTest: ContentFeature = {
  id: 'call-url-test',
  include: (pageKind) => pageKind === 'process-editor',
  async init({ url, signal, t }) {
    const reply = await sendToBackground({ type: CS_TO_BG.processKind, processId: url.searchParams.get('id') ?? '' });
    const knownKind: ProcessKind | null = reply.ok ? reply.kind : null;
    if (signal.aborted) return;

    const wire = (input: HTMLInputElement) => {
      const { host, root } = shadowHost('call-url-test', PROCESS_CSS, 'div');
      // At the end of the operation block: below the variable check, which sits right under the input.
      const block = input.closest(selectorOf(P.operationBlock));
      if (block) block.append(host);
      else (input.closest('label') ?? input).insertAdjacentElement('afterend', host);
      let state: CallTestState = { phase: 'closed' };
      const show = () => {
        const template = input.value;
        renderCallTest(root, {
          template,
          method: methodOf(input),
          kind: knownKind ?? guessKind(template),
          kindGuessed: knownKind === null,
          albato: isAlbatoWebhook(template),
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
        set({ phase: 'sending' });
        const answer = await sendToBackground({ type: CS_TO_BG.testCallUrl, template, method: methodOf(input), kind: knownKind ?? guessKind(template) });
        if (signal.aborted || !input.isConnected) return;
        set(answer.ok ? { phase: 'answer', answer: answer.answer } : { phase: 'problem', problem: answer.problem });
      };
      // An edited URL makes the last answer stale: back to the preview of the new URL.
      input.addEventListener('input', () => (state.phase === 'closed' || state.phase === 'sending' ? show() : set({ phase: 'preview' })), { signal });
      show();
      return host;
    };

    // The URLs as the page loaded them (what is saved) go to the background, so the popup's webhook
    // test can offer them; typing does not change what is remembered.
    const seen: string[] = [];
    const processId = url.searchParams.get('id') ?? '';
    decorateEach(selectorOf(P.callUrlInput), (input: HTMLInputElement) => {
      if (input.defaultValue.trim()) seen.push(input.defaultValue.trim().slice(0, 4096));
      return wire(input);
    }, signal, () => {
      if (seen.length > 0 && /^\d+$/.test(processId)) void sendToBackground({ type: CS_TO_BG.callUrlsSeen, processId, urls: seen.splice(0, 20) });
    });
  },
};
