/**
 * The connection check's steps, in the order the admin sees them (issue 5). Kept apart from the
 * rules (connection-check.ts) so the popup can list the steps still to come without loading the
 * answer parser, and zod with it, before its first paint.
 */
export const CHECK_STEPS = ['address', 'key', 'write', 'plan', 'rights', 'limits'] as const;
export type CheckStepId = (typeof CHECK_STEPS)[number];
