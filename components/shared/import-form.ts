/**
 * The popup's test-import form as plain strings and checkboxes, and the two ways between it and
 * import params: form → params (what Send validates and sends) and params → form (a failed import
 * from the history, loaded back to be edited and sent again). The history keeps what the form
 * sent, unvalidated, so the way back distrusts every value.
 */
import type { DealImportInput, ImportEndpoint, UserImportInput } from '@/utils/import-params';

export interface ImportForm {
  email: string;
  firstName: string;
  phone: string;
  /** comma-separated group names */
  groups: string;
  /** "Title = value" per line (fact sheet 0.8: custom fields are keyed by their title) */
  fields: string;
  offerCode: string;
  /** as typed: "1 500 руб." is read by the schema */
  cost: string;
  status: string;
  paid: boolean;
  dealNumber: string;
  refresh: boolean;
  multiple: boolean;
}

export function blankImportForm(email: string): ImportForm {
  return {
    email,
    firstName: '',
    phone: '',
    groups: '',
    fields: '',
    offerCode: '',
    cost: '',
    status: '',
    paid: false,
    dealNumber: '',
    refresh: false,
    multiple: false,
  };
}

/** "Title = value" lines → addfields; a line without "=" or without a title is not a field. */
export function readFieldLines(text: string): Record<string, string> | undefined {
  const pairs = text
    .split('\n')
    .map((line) => line.split('='))
    .filter((parts) => parts.length >= 2 && parts[0]!.trim());
  return pairs.length ? Object.fromEntries(pairs.map(([title, ...value]) => [title!.trim(), value.join('=').trim()])) : undefined;
}

/**
 * What Send validates and sends. A deal always asks for its number and payment link back (A.3), so
 * the result can show them.
 */
export function importInputOf(endpoint: ImportEndpoint, form: ImportForm): UserImportInput | DealImportInput {
  const groups = form.groups
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  const addfields = readFieldLines(form.fields);
  const user = {
    email: form.email,
    first_name: form.firstName,
    phone: form.phone,
    ...(groups.length ? { group_name: groups } : {}),
    ...(addfields ? { addfields } : {}),
  };
  if (endpoint === 'users') return { user, system: { refresh_if_exists: form.refresh } };
  return {
    user,
    system: { refresh_if_exists: form.refresh, multiple_offers: form.multiple, return_deal_number: true, return_payment_link: true },
    deal: {
      offer_code: form.offerCode,
      deal_cost: form.cost,
      deal_status: form.status,
      deal_is_paid: form.paid,
      deal_number: form.dealNumber,
    },
  };
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
const on = (value: unknown): boolean => value === true || value === 1 || value === '1';

/** A group item is "Name" or ["Name", "date"] (A.2); the form keeps names only. */
const groupName = (item: unknown): string => (Array.isArray(item) ? text(item[0]) : text(item)).replaceAll(',', ' ').trim();

/** Params from the history back into the form. Anything the form has no place for is dropped. */
export function importFormOf(params: unknown): ImportForm {
  const root = record(params);
  const user = record(root.user);
  const deal = record(root.deal);
  const system = record(root.system);
  const groups = Array.isArray(user.group_name) ? user.group_name.map(groupName).filter(Boolean) : [];
  const fields = Object.entries(record(user.addfields)).map(
    ([title, value]) => `${title.replaceAll('\n', ' ')} = ${text(value).replaceAll('\n', ' ')}`,
  );
  return {
    email: text(user.email),
    firstName: text(user.first_name),
    phone: text(user.phone),
    groups: groups.join(', '),
    fields: fields.join('\n'),
    offerCode: text(deal.offer_code),
    cost: text(deal.deal_cost),
    status: text(deal.deal_status),
    paid: on(deal.deal_is_paid),
    dealNumber: text(deal.deal_number),
    refresh: on(system.refresh_if_exists),
    multiple: on(system.multiple_offers),
  };
}
