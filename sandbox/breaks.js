// @ts-check
/**
 * Breaking a school on purpose (issue 21, part 6), so the watch's tests and the demo can show a
 * break and what the extension says about it. Each break changes the school's own data, and the
 * answers follow from it as they do for the seeded schools: a deleted key is refused like a wrong
 * one (A.7, B.3), a key made read-only gets «Действие запрещено» on writes (A.8), a school on the
 * trial plan gets the plan's answers (A.3, B.2 917). The admin's rights are `setSessionRole`
 * (session.js); a slow or broken answer is `setApiResponse` (api-override.js). `reset` undoes all.
 */

/** @typedef {import('./state.js').SandboxState} SandboxState */

/**
 * @param {SandboxState} state
 * @param {string} key
 * @returns {boolean} whether some school had that key
 */
export function deleteKey(state, key) {
  for (const school of Object.values(state.schools)) {
    const kept = school.apiKeys.filter((k) => k.key !== key);
    if (kept.length === school.apiKeys.length) continue;
    school.apiKeys = kept;
    return true;
  }
  return false;
}

/**
 * @param {SandboxState} state
 * @param {string} key
 * @param {'readWrite' | 'readOnly'} access
 * @returns {boolean} whether some school had that key
 */
export function setKeyAccess(state, key, access) {
  if (access !== 'readWrite' && access !== 'readOnly')
    throw new RangeError(`key access must be readWrite or readOnly, got ${JSON.stringify(access)}`);
  const found = Object.values(state.schools)
    .flatMap((school) => school.apiKeys)
    .find((k) => k.key === key);
  if (found) found.access = access;
  return found !== undefined;
}

/**
 * @param {SandboxState} state
 * @param {string} schoolName `school` or `trial`
 * @param {'paid' | 'trial'} plan
 */
export function setPlan(state, schoolName, plan) {
  if (plan !== 'paid' && plan !== 'trial') throw new RangeError(`plan must be paid or trial, got ${JSON.stringify(plan)}`);
  const school = state.schools[/** @type {keyof SandboxState['schools']} */ (schoolName)];
  if (!school) throw new RangeError(`no school ${JSON.stringify(schoolName)}`);
  school.plan = plan;
}
