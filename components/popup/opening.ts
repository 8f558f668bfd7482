/**
 * What the popup needs before its first paint: the saved schools and what the popup is about (the
 * tab's school, or the question which). The reads are asked at once rather than one after another
 * (the tab, the schools, the granted own domains, the tab's status were four round trips in a row):
 * the tab's status is asked as soon as the tab's address looks like a school's, before the granted
 * own domains say whether it is one (a tab with no readable or school address asks nothing more).
 */
import { detectPage, type PageKind } from '@/utils/page-detect';
import { schoolFromUrl, type SchoolAddress } from '@/utils/school';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';
import { findSubjectTab, grantedOwnDomainSchools, popupSubject, type AskReason } from './active-tab';

/** What the popup is about: the tab's school, a saved school the admin picked, or the question which. */
export type Subject =
  | { kind: 'tab'; school: SchoolAddress; pageKind: PageKind | null; contentScriptSeen: boolean }
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
  const tabRead = findSubjectTab();
  const statusRead = tabRead.then((tab) =>
    tab?.url && schoolFromUrl(tab.url) ? sendToBackground({ type: UI_TO_BG.tabStatus, tabId: tab.id }) : null,
  );
  const [tab, schools] = await Promise.all([tabRead, listSchools()]);
  const found = popupSubject(tab, await grantedOwnDomainSchools(schools.map((s) => s.origin)));
  if (found.kind === 'ask') return { schools, subject: found };
  const status = await statusRead;
  return {
    schools,
    subject: {
      kind: 'tab',
      school: found.school,
      pageKind: detectPage(found.tab.url),
      contentScriptSeen: Boolean(status?.ok && status.contentScriptSeen),
    },
  };
}
