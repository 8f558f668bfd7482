/**
 * On a process's settings page: is «Одобрено» ticked? Albato's help: test requests don't arrive
 * unless data pass through the process and "the checkbox in the process settings" is set (fact
 * sheet E.1, C.5 [INF]: that checkbox is «Одобрено», confirmed on this page by R.2). If the page
 * shows the process's object type (41 users, 42 orders; C.2), the background is told it for the
 * editor, which does not show it. R.2 found that select only on /create, so on real settings pages
 * the background usually reads the kind from GetCourse's processes-by-type list instead.
 *
 * Test URLs: /pl/tasks/mission/update?id=101 (approved), ?id=102 (not approved)
 */
import { renderApproved } from '@/entrypoints/content/ui/process-views';
import { shadowHost } from '@/entrypoints/content/ui/dom';
import { CS_TO_BG } from '@/utils/message-names';
import { sendToBackground } from '@/entrypoints/content/send';
import type { ContentFeature } from '../feature';
import { PROCESS_SELECTORS as P } from '../selectors/processes';
import { queryAll } from '../selectors/types';
import type { ProcessKind } from '@/utils/process-url';

const OBJECT_TYPES: Record<string, ProcessKind> = { '41': 'user', '42': 'deal' };

export const processApproved: ContentFeature = {
  id: 'process-approved',
  needs: { strings: ['processes', 'processVars', 'processModal', 'diagnose', 'common'], styles: ['process'] },
  include: (pageKind) => pageKind === 'process-settings',
  init({ url, signal, t }) {
    const processId = url.searchParams.get('id') ?? '';
    const select = queryAll<HTMLSelectElement>(document, P.objectType)[0];
    // The saved type: the option the page came with, not one being chosen now.
    const saved = select ? (Array.from(select.options).find((o) => o.defaultSelected) ?? select.options[0])?.value : undefined;
    const kind = saved ? OBJECT_TYPES[saved] : undefined;
    if (kind) void sendToBackground({ type: CS_TO_BG.processKind, processId, kind });

    const checkbox = queryAll<HTMLInputElement>(document, P.approved)[0];
    if (!checkbox) return;
    const { host, root } = shadowHost('process-approved', 'process', 'div');
    (checkbox.closest('label') ?? checkbox).insertAdjacentElement('afterend', host);
    const show = () => renderApproved(root, checkbox.checked, t);
    checkbox.addEventListener('change', show, { signal });
    show();
    signal.addEventListener('abort', () => host.remove(), { once: true });
  },
};
