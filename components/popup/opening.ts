/**
 * What the popup needs before its first paint: the saved schools and what the popup is about (the
 * tab's school, or the question which). The tab and the schools are asked at once rather than one
 * after another. Nothing else is asked before the first paint (the page's kind comes from its
 * address): each message is one more the worker answers, in turn, while the popup waits.
 */
import { detectPage, type PageKind } from '@/utils/page-detect';
import type { SchoolAddress } from '@/utils/school';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';
import { findSubjectTab, grantedOwnDomainSchools, popupSubject, type AskReason } from './active-tab';

/** What the popup is about: the tab's school, a saved school the admin picked, or the question which. */
export type Subject =
  | { kind: 'tab'; school: SchoolAddress; pageKind: PageKind | null }
  /** `reason` (here and below): why the tab named no school; null when the shown school moved away from the tab's address */
  | { kind: 'ask'; reason: AskReason | null }
  | { kind: 'picked'; schoolId: string; reason: AskReason | null };

export interface Opening {
  schools: SchoolView[];
  subject: Subject;
}

export const listSchools = (): Promise<SchoolView[]> =>
  sendToBackground({ type: UI_TO_BG.listSchools }).then((reply) => (reply.ok ? reply.schools : []));

export async function readOpening(): Promise<Opening> {
  const [tab, schools] = await Promise.all([findSubjectTab(), listSchools()]);
  const found = popupSubject(tab, await grantedOwnDomainSchools(schools.map((s) => s.origin)));
  if (found.kind === 'ask') return { schools, subject: found };
  return { schools, subject: { kind: 'tab', school: found.school, pageKind: detectPage(found.tab.url) } };
}
