/**
 * Page-wide verdicts for custom-field names: which names Albato can't see, and a Latin name for
 * each that collides with no existing name and no other suggestion on the page. Built on
 * `lintFieldName` (the rule); collisions are resolved here with one Set so a page with 5 000
 * fields stays linear instead of linting every name against every other.
 */
import { caseStyleOf, fieldNameProblems, suggestFieldName } from './field-name';
import { DEFAULT_STANDARD, type TranslitStandard } from './transliterate';

export interface FieldVerdict {
  name: string;
  /** empty when Albato sees the name as it is */
  problems: string[];
  /** the name itself when it is fine; otherwise a valid Latin name unique on the page */
  suggestion: string;
  /** the plain suggestion was taken, so a numeric suffix was added */
  suffixed: boolean;
  /** the plain suggestion that was taken (to say so) */
  takenBy?: string;
  /**
   * No title at all: GetCourse's consent checkboxes have none (fact sheet R.4). Albato cannot map
   * such a field, but that is a choice, not a mistake: no problems, no suggestion, one calm note.
   */
  untitled?: true;
}

const key = (name: string) => name.trim().toLowerCase();

export function planFieldNames(names: readonly string[], standard: TranslitStandard = DEFAULT_STANDARD): FieldVerdict[] {
  const counts = new Map<string, number>();
  for (const name of names) if (key(name) !== '') counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
  const taken = new Set(counts.keys());
  const style = caseStyleOf(names);

  return names.map((name) => {
    if (key(name) === '') return { name, problems: [], suggestion: '', suffixed: false, untitled: true };
    const problems: string[] = fieldNameProblems(name);
    if ((counts.get(key(name)) ?? 0) > 1 && !problems.includes('duplicate')) problems.push('duplicate');
    if (problems.length === 0) return { name, problems, suggestion: name, suffixed: false };
    const { suggestion, takenBy } = suggestFieldName(name, { style, taken, standard });
    taken.add(key(suggestion));
    return { name, problems, suggestion, suffixed: takenBy !== undefined, ...(takenBy ? { takenBy } : {}) };
  });
}

/** How many fields are named (untitled ones are left out of "N of M are invisible"). */
export function titledCount(verdicts: readonly FieldVerdict[]): number {
  return verdicts.filter((v) => !v.untitled).length;
}

/** "old → new" lines for the names Albato can't see, ready to paste into a ticket or a note. */
export function renamePlan(verdicts: readonly FieldVerdict[]): string {
  return verdicts
    .filter((v) => v.problems.length > 0)
    .map((v) => `${v.name} → ${v.suggestion}`)
    .join('\n');
}
