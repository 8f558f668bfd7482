/**
 * The note for a test import or call that went out but is not in the history (its answer is
 * still shown): one wording for the popup and the in-page view, in the page's language.
 */
import type { ContentKey } from '@/utils/i18n-content';
import type { Vars } from '@/utils/i18n-core';
import type { HistoryNotKept } from '@/utils/problem';

/** `answered`: an answer came back (shown above the note); otherwise the request failed on its way. */
export function historyNotKeptText(t: (key: ContentKey, vars?: Vars) => string, reason: HistoryNotKept, answered: boolean): string {
  return t(answered ? 'historyNotKept.answer' : 'historyNotKept.request', { reason: t(`historyNotKept.${reason}`) });
}
