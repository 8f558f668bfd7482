/**
 * "Test this URL" under each «Вызвать URL» operation open in a block modal (issue 4, fact sheet
 * R.2): the preview shows the call GetCourse would send for a sample object
 * (utils/call-url-request.ts); "Send…" asks the background to open that call on the extension's
 * own page, where the admin sends it, grants a new host and reads the answer — where the school's
 * page can neither draw over the button nor read the answer (README, Security; issue 20). The
 * content script never touches the network. "Send…" acts only on the admin's own intended click
 * and asks the background for a one-time token inside it; what opens is what the preview shows,
 * and the host the admin typed is followed from their own edits (../own-edits.ts).
 *
 * Test URLs: /pl/tasks/mission/process?id=101 (users, Albato), ?id=102 (orders): double-click
 * the «Вызвать URL» block.
 */
import { renderCallTest, type CallTestState } from '@/entrypoints/content/ui/call-test-view';
import { shadowHost } from '@/entrypoints/content/ui/dom';
import { useIntentGuard } from '@/entrypoints/content/ui/intent';
import { CS_TO_BG } from '@/utils/message-names';
import type { ClickAction, Failure } from '@/utils/messages';
import { CALL_URL_MAX } from '@/utils/page-data-limits';
import { isAlbatoWebhook, MAX_CALL_URL_LENGTH, urlVariables, type ProcessKind } from '@/utils/process-url';
import { sendToBackground } from '@/entrypoints/content/send';
import type { ContentFeature } from '../feature';
import { followOwnEdits } from '../own-edits';
import { placeBelowSettings } from '../process-modal';
import { eachCallUrlTarget } from '../watch-call-url';

/** Without the process's kind, an order variable in the URL means an order process (D.1). */
function guessKind(template: string): ProcessKind {
  return urlVariables(template, 'deal').some((v) => v.fact?.kind === 'deal' && v.refersTo === 'deal') ? 'deal' : 'user';
}

/**
 * Asked inside the admin's trusted click, before the request it allows: the background opens a
 * call for confirmation only with a token of a click moments ago, for that action, once.
 */
async function withClickToken<R>(action: ClickAction, request: (token: string) => Promise<R | Failure>): Promise<R | Failure> {
  const reply = await sendToBackground({ type: CS_TO_BG.clickToken, action });
  return reply.ok ? request(reply.token) : reply;
}

export const callUrlTest: ContentFeature = {
  id: 'call-url-test',
  needs: { strings: ['callTest', 'processModal', 'guard'], styles: ['process'] },
  include: (pageKind) => pageKind === 'process-editor',
  async init({ url, signal, t }) {
    // Test this URL and Send… act only on presses the admin could see and aim (entrypoints/content/ui/intent.ts).
    useIntentGuard(t('guard.refused'));
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
      // What the preview shows is what Send opens: a value a page script changes without telling
      // (no input event) is not picked up behind the admin's back at the moment of the click.
      let shown = { template: '', method: target.method(), kind: 'user' as ProcessKind };
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
            confirm: () => void confirm(),
          },
        );
      };
      const set = (next: CallTestState) => {
        state = next;
        show();
      };
      const confirm = async () => {
        const { template, method, kind } = shown;
        if (state.phase === 'opening' || template.length > MAX_CALL_URL_LENGTH) return;
        set({ phase: 'opening' });
        const outcome = await withClickToken('confirm-call', (token) =>
          sendToBackground({ type: CS_TO_BG.confirmCall, token, template, method, kind, typedHost: typedHost() }),
        );
        if (viewSignal.aborted) return; // the modal closed meanwhile
        set(outcome.ok ? { phase: 'opened' } : { phase: 'problem', problem: outcome.problem });
      };
      // An edited URL makes the last outcome stale: back to the preview of the new URL.
      const edited = () => (state.phase === 'closed' || state.phase === 'opening' ? show() : set({ phase: 'preview' }));
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
