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

/** A verdict's parts that are made only when read (a suggestion transliterates, the rest is cheap). */
const SUGGESTED = ['suggestion', 'suffixed', 'takenBy'] as const;

/**
 * Every field's verdict, with the problems found at once and each suggestion made the first time
 * any part of it is read — together with the suggestions of the invisible names before it, in page
 * order, so collisions resolve exactly as `planFieldNames` resolves them. The custom-field editor
 * reads its list when the page opens and shows a screenful of warnings: with 1 000 fields, making
 * every suggestion up front put 1 000 transliterations into the page's opening (README,
 * "Performance"), while the rest are read only as rows scroll in, the plan is opened, or «rename
 * all» is pressed.
 * Once read, a verdict is a plain object like `planFieldNames`'s.
 */
export function planFieldNamesLazily(names: readonly string[], standard: TranslitStandard = DEFAULT_STANDARD): FieldVerdict[] {
  const counts = new Map<string, number>();
  for (const name of names) if (key(name) !== '') counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
  const taken = new Set(counts.keys());
  const style = caseStyleOf(names);
  const unsuggested: FieldVerdict[] = [];
  let next = 0;

  const suggestUpTo = (target: FieldVerdict) => {
    while (next < unsuggested.length) {
      const verdict = unsuggested[next++]!;
      const { suggestion, takenBy } = suggestFieldName(verdict.name, { style, taken, standard });
      taken.add(key(suggestion));
      const dataProperty = (value: unknown) => ({ value, writable: true, enumerable: true, configurable: true });
      Object.defineProperty(verdict, 'suggestion', dataProperty(suggestion));
      Object.defineProperty(verdict, 'suffixed', dataProperty(takenBy !== undefined));
      if (takenBy) Object.defineProperty(verdict, 'takenBy', dataProperty(takenBy));
      else delete verdict.takenBy;
      if (verdict === target) return;
    }
  };

  return names.map((name) => {
    if (key(name) === '') return { name, problems: [], suggestion: '', suffixed: false, untitled: true };
    const problems: string[] = fieldNameProblems(name);
    if ((counts.get(key(name)) ?? 0) > 1 && !problems.includes('duplicate')) problems.push('duplicate');
    if (problems.length === 0) return { name, problems, suggestion: name, suffixed: false };
    const verdict = { name, problems } as FieldVerdict;
    for (const part of SUGGESTED)
      Object.defineProperty(verdict, part, {
        enumerable: true,
        configurable: true,
        get: () => {
          suggestUpTo(verdict);
          return verdict[part];
        },
      });
    unsuggested.push(verdict);
    return verdict;
  });
}

/** Every verdict with its suggestion made: `planFieldNamesLazily` with the last one read. */
export function planFieldNames(names: readonly string[], standard: TranslitStandard = DEFAULT_STANDARD): FieldVerdict[] {
  const verdicts = planFieldNamesLazily(names, standard);
  void verdicts.findLast((verdict) => verdict.problems.length > 0)?.suggestion;
  return verdicts;
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
