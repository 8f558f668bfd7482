/**
 * «Rename all for Albato»: every invisible field's title input gets its suggestion, the way typing
 * does (native setter + input/change), so GetCourse's own editor follows and its state changes
 * exactly as if the admin had typed (fact sheet R.1). Nothing is saved: the admin presses the
 * page's own button, or undoes. Suggestions come from the page plan, so they collide with no
 * other name or suggestion.
 */
import { typeIntoInput } from '@/entrypoints/content/ui/dom';
import type { FieldVerdict } from '@/utils/field-plan';

export interface RenameStep {
  input: HTMLInputElement;
  from: string;
  to: string;
}

export interface RenameResult {
  steps: RenameStep[];
  /** invisible fields whose title input is not known on this page (renamed by hand from the plan) */
  skipped: number;
}

/** GetCourse rewrites the whole state on every edit: a pause now and then keeps the page responsive. */
const PER_TASK = 50;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renameAll(
  verdicts: readonly FieldVerdict[],
  inputs: readonly (HTMLInputElement | null)[],
  signal: AbortSignal,
): Promise<RenameResult> {
  const result: RenameResult = { steps: [], skipped: 0 };
  let done = 0;
  for (const [i, verdict] of verdicts.entries()) {
    if (signal.aborted) break;
    if (verdict.untitled || verdict.problems.length === 0) continue;
    const input = inputs[i];
    // The input must still hold the name the plan was made for: never overwrite what the admin is typing.
    if (!input?.isConnected || input.value !== verdict.name) {
      result.skipped += 1;
      continue;
    }
    typeIntoInput(input, verdict.suggestion);
    result.steps.push({ input, from: verdict.name, to: verdict.suggestion });
    if (++done % PER_TASK === 0) await nextTask();
  }
  return result;
}

/** Puts the old titles back where the input still holds what «rename all» typed; counts the rest. */
export async function undoRename(steps: readonly RenameStep[], signal: AbortSignal): Promise<{ undone: number; changedSince: number }> {
  let undone = 0;
  let changedSince = 0;
  for (const step of steps.toReversed()) {
    if (signal.aborted) break;
    if (!step.input.isConnected || step.input.value !== step.to) {
      changedSince += 1;
      continue;
    }
    typeIntoInput(step.input, step.from);
    if (++undone % PER_TASK === 0) await nextTask();
  }
  return { undone, changedSince };
}
