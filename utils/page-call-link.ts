/**
 * A «Вызвать URL» call the admin asked to send from the process editor, carried to the
 * extension's own page where it is confirmed (README, Security: a school's page script can hide,
 * cover or move our in-page buttons and read what they show, so the step that sends — and asks for
 * access to a new host — happens where the page can neither draw nor read). The background writes
 * the link after its checks; the popup page reads it back. Only the extension can open its pages,
 * but the link is read as untrusted all the same: a wrong field means no draft, never a guess.
 */
import { isProcessKind, MAX_CALL_URL_LENGTH, type ProcessKind } from './process-url';

export interface PageCall {
  template: string;
  method: 'GET' | 'POST';
  kind: ProcessKind;
  /** the process whose block the admin looked at, shown with the draft */
  processId: string;
}

const PARAM = 'call';

/** `?call=…#webhook`: the popup's webhook tab with this call filled in. */
export function pageCallQuery(call: PageCall): string {
  return `?${new URLSearchParams({ [PARAM]: JSON.stringify(call) }).toString()}#webhook`;
}

/** The call in a popup page's `location.search`, or null when there is none or it is not one. */
export function readPageCall(search: string): PageCall | null {
  const raw = new URLSearchParams(search).get(PARAM);
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { template, method, kind, processId } = parsed as Record<string, unknown>;
  if (typeof template !== 'string' || template.length === 0 || template.length > MAX_CALL_URL_LENGTH) return null;
  if (method !== 'GET' && method !== 'POST') return null;
  if (!isProcessKind(kind)) return null;
  if (typeof processId !== 'string' || !/^\d{1,20}$/.test(processId)) return null;
  return { template, method, kind, processId };
}
