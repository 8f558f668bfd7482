/**
 * The host name the admin's own last edit left in a field (README, Security): an in-page test call
 * goes only to a host the admin typed or the process has saved, never to one a page script put in.
 *
 * A page script can set the field's value at will, and `document.execCommand('insertText')` even
 * fires a *trusted* `input` event (Chromium and Firefox ESR both do). It fires no `beforeinput`,
 * though: that comes only with the browser's own editing (keys, paste, drop, IME, spelling fixes).
 * So an edit counts when a trusted `beforeinput` is followed by a trusted `input` of the same kind
 * and, where both carry it, the same text (a page that cancels the admin's keystroke and inserts
 * its own text instead does not pass).
 */
import type { TextField } from './process-modal';

function hostnameOf(value: string): string | undefined {
  try {
    return new URL(value.trim()).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function followOwnEdits(field: TextField, signal: AbortSignal): () => string | undefined {
  let pending: InputEvent | null = null;
  let host: string | undefined;
  field.addEventListener(
    'beforeinput',
    (event) => {
      pending = event.isTrusted ? (event as InputEvent) : null;
    },
    { signal },
  );
  field.addEventListener(
    'input',
    (event) => {
      const before = pending;
      pending = null;
      const { inputType, data } = event as InputEvent;
      if (!event.isTrusted || !before || before.inputType !== inputType) return;
      if (before.data !== null && data !== null && before.data !== data) return;
      host = hostnameOf(field.value);
    },
    { signal },
  );
  return () => host;
}
