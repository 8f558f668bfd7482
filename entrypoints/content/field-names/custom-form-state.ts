/**
 * Reads the custom-form editor's state: the JSON GetCourse keeps in `#CustomFormValue` and rewrites
 * on every edit (fact sheet C.4, R.1: `{"fields":[{id,label,type,required,settings,description,hide,…}]}`).
 * It is the most stable anchor of the page: it carries the names themselves, in page order, with
 * ids, whatever the markup around them looks like. Pure: no DOM, never throws.
 */
export interface StateField {
  /** GetCourse's id; null for a field added on the page and not saved yet */
  id: number | null;
  /** the title, as the admin typed it (GetCourse draws it as HTML; we only ever read it as text) */
  label: string;
  type: string;
}

export type StateReading =
  | { ok: true; fields: StateField[] }
  /** present but not a field list: the page is mid-change or not what we know; never guess */
  | { ok: false; reason: 'broken-json' | 'not-a-field-list' };

/** More would not be a page an admin edits by hand; the page's own editor would not draw it either. */
export const MAX_STATE_FIELDS = 20_000;

function fieldOf(value: unknown): StateField | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, label, type } = value as Record<string, unknown>;
  const numericId = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null;
  return {
    id: numericId !== null && Number.isSafeInteger(numericId) ? numericId : null,
    // A label that is not a string is not a title GetCourse would show: read it as none.
    label: typeof label === 'string' ? label : '',
    type: typeof type === 'string' ? type : '',
  };
}

export function readCustomFormState(text: string): StateReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'broken-json' };
  }
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as { fields?: unknown }).fields : undefined;
  if (!Array.isArray(list) || list.length > MAX_STATE_FIELDS) return { ok: false, reason: 'not-a-field-list' };
  const fields: StateField[] = [];
  for (const item of list) {
    const field = fieldOf(item);
    if (!field) return { ok: false, reason: 'not-a-field-list' };
    fields.push(field);
  }
  return { ok: true, fields };
}
