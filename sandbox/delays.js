// @ts-check
/**
 * Delayed answers (the webhook receiver's and the API override's) wait here, so `close()` can cut every
 * one of them short at once and no timer outlives the sandbox.
 */

/** @typedef {import('./state.js').SandboxState} SandboxState */

/**
 * @param {SandboxState} state
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function delay(state, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.pendingDelays.delete(timer);
      resolve();
    }, ms);
    state.pendingDelays.set(timer, resolve);
  });
}

/**
 * Ends every pending delay at once (used by `close()`).
 * @param {SandboxState} state
 */
export function cancelDelays(state) {
  for (const [timer, resolve] of state.pendingDelays) {
    clearTimeout(timer);
    resolve();
  }
  state.pendingDelays.clear();
}
