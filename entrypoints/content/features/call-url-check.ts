/**
 * In the process editor, under the URL of each «Вызвать URL» operation open in a block modal
 * (fact sheet R.2, C.5, D): whether the URL is an Albato webhook (E.2), what each `{object.…}`
 * variable carries (D.1), "cost with currency" where Albato expects a number with a one-click swap
 * to the plain number (D.3; the field is changed, not saved), variables of the other object kind
 * when the process's kind is known, and what is wrong with the URL as text (too long, invisible
 * characters). The modal is found by evidence and meaning (../process-modal.ts).
 *
 * Test URLs: /pl/tasks/mission/process?id=101 (users, Albato), ?id=102 (orders, cost_money):
 * double-click the «Вызвать URL» block.
 */
import { renderCallUrl } from '@/entrypoints/content/ui/process-views';
import { shadowHost, typeIntoInput } from '@/entrypoints/content/ui/dom';
import { useIntentGuard } from '@/entrypoints/content/ui/intent';
import { CS_TO_BG } from '@/utils/message-names';
import { checkCallUrl, urlTextNotes, urlVariables, type ProcessKind } from '@/utils/process-url';
import { sendToBackground } from '@/entrypoints/content/send';
import { diagnoseCallUrl } from '../diagnose-process';
import type { ContentFeature } from '../feature';
import { eachCallUrlTarget } from '../watch-call-url';

export const callUrlCheck: ContentFeature = {
  id: 'call-url-check',
  needs: { strings: ['processes', 'processVars', 'processModal', 'diagnose', 'pageKind', 'common', 'guard'], styles: ['process'] },
  include: (pageKind) => pageKind === 'process-editor',
  async init({ url, pageKind, signal, lang, t }) {
    // The cost swap and every other guarded control of the editor's modal (Test this URL's too, same
    // page and script) say this when a press is refused (entrypoints/content/ui/intent.ts).
    useIntentGuard(t('guard.refused'));
    const [reply, fieldsReply] = await Promise.all([
      sendToBackground({ type: CS_TO_BG.processKind, processId: url.searchParams.get('id') ?? '' }),
      sendToBackground({ type: CS_TO_BG.schoolFields }),
    ]);
    const kind: ProcessKind | null = reply.ok ? reply.kind : null;
    // Custom-field variables are checked only once both field pages have been seen: with one list
    // missing, a title from it would look unknown.
    const known = fieldsReply.ok ? fieldsReply.fields : null;
    const customFields = known?.user && known.deal ? { user: known.user, deal: known.deal } : undefined;
    if (signal.aborted) return;

    eachCallUrlTarget('call-url-check', signal, (target, viewSignal) => {
      const input = target.url;
      const { host, root } = shadowHost('call-url', 'process', 'div');
      let swapped = false;
      const show = () => {
        const template = input.value;
        renderCallUrl(
          root,
          {
            url: template,
            kind,
            lang,
            swapped,
            notes: urlTextNotes(template),
            variables: urlVariables(template, kind ?? 'user'),
            findings: kind
              ? checkCallUrl(template, kind, customFields)
              : checkCallUrl(template, 'deal').filter((f) => f.code === 'formatted-money'),
            diagnose: () => diagnoseCallUrl(t, pageKind, url, target),
          },
          t,
          (finding) => {
            if (!finding.replacement || !input.isConnected) return;
            typeIntoInput(input, input.value.split(finding.variable.raw).join(finding.replacement));
            swapped = true;
            show();
          },
        );
      };
      input.addEventListener('input', show, { signal: viewSignal });
      show();
      (input.closest('label') ?? input).insertAdjacentElement('afterend', host);
      return host;
    });
  },
};
