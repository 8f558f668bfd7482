import { useEffect, useState } from 'preact/hooks';
import type { SchoolView } from '@/utils/messages';
import { listSchools, readOpening, type Opening, type Subject } from './opening';

/**
 * What the popup is about and the saved schools, both null until the first reads come back.
 * `opening`: those reads when the page already asked them beside the settings (main.tsx);
 * otherwise they are asked here. `saved`: the shown school's saved entry, once there is one.
 */
export function usePopupSubject(opening: Promise<Opening> | undefined) {
  const [subject, setSubject] = useState<Subject | null>(null);
  const [schools, setSchools] = useState<SchoolView[] | null>(null);

  useEffect(() => {
    void (opening ?? readOpening()).then((read) => {
      setSchools(read.schools);
      setSubject(read.subject);
    });
    // Once, when the popup opens: `opening` is the read main.tsx started before the first render.
    // oxlint-disable-next-line react/exhaustive-deps
  }, []);

  const reloadSchools = () => void listSchools().then(setSchools);
  // A school picked and then forgotten leaves nothing shown: back to the question.
  const picked = subject?.kind === 'picked' ? schools?.find((s) => s.id === subject.schoolId) : undefined;
  const saved = subject?.kind === 'tab' ? schools?.find((s) => s.origin === subject.school.origin) : picked;
  return { subject, setSubject, schools, reloadSchools, picked, saved };
}
