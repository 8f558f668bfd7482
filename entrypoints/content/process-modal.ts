/**
 * Finding a «Вызвать URL» operation in the process editor's block modal (fact sheet R.2), by
 * evidence first and by meaning where the markup drifts:
 * - the block form: `form.block-modal-window`, else any form or dialog holding the
 *   `operationType` radios;
 * - the call-URL settings: `[data-operation-type="common_get_url"]`, else the form itself once
 *   its checked radio is `common_get_url` (fields of other operations' sections left out). A form
 *   whose checked operation is another one has no call URL, whatever its inputs hold;
 * - the URL field: the one holding an `http(s)://` value, else the section's first text field.
 *   Its name is unknown (R.2), so names are never used;
 * - the method: a select or radios offering GET and POST, whatever their names (GET without one,
 *   as GetCourse's default is unknown and GET carries the same data, C.5).
 */
import type { CallMethod } from '@/utils/call-url-request';
import { CALL_URL_OPERATION, PROCESS_SELECTORS as P } from './selectors/processes';
import { queryAll, selectorOf } from './selectors/types';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** How each part was found: shown by "Diagnose this page". */
export interface FoundBy {
  form: 'class' | 'radios';
  section: 'data-attribute' | 'checked-radio';
  url: 'http-value' | 'first-field';
  method: 'select' | 'radios' | 'none';
}

export interface CallUrlTarget {
  /** the block form (or the dialog holding the operation radios) */
  form: Element;
  /** the call-URL settings: their own section, or the form when there is none */
  section: Element;
  url: TextField;
  /** read at the moment of use: the admin may switch it after the views appeared */
  method: () => CallMethod;
  found: FoundBy;
}

/** Zero-width and text-direction characters, which a URL copied from some places carries invisibly. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HTTP_VALUE = /^\s*https?:\/\//i;
const TEXT_TYPES = new Set(['text', 'url', 'search']);

/** Block forms on the page, each once: by class (R.2), then by the radios they hold. */
export function blockForms(root: ParentNode): { form: Element; via: FoundBy['form'] }[] {
  const found: { form: Element; via: FoundBy['form'] }[] = queryAll(root, P.blockForm).map((form) => ({ form, via: 'class' }));
  for (const radio of queryAll<HTMLInputElement>(root, P.operationRadio)) {
    const holder = radio.form ?? radio.closest('[role="dialog"], dialog, .modal');
    if (holder && !found.some(({ form }) => form === holder || form.contains(holder) || holder.contains(form)))
      found.push({ form: holder, via: 'radios' });
  }
  return found;
}

function operationOf(element: Element): string | null {
  return element.closest('[data-operation-type]')?.getAttribute('data-operation-type') ?? null;
}

/** Where the call-URL settings of this form are, or null when the form is set to another operation. */
export function callUrlSection(form: Element): { section: Element; via: FoundBy['section'] } | null {
  const radios = queryAll<HTMLInputElement>(form, P.operationRadio);
  const checked = radios.find((radio) => radio.checked);
  if (radios.length > 0 && checked?.value !== CALL_URL_OPERATION) return null;
  const section = form.querySelector(selectorOf(P.callUrlSection));
  // Without radios to ask, a hidden call-URL section is taken as not the chosen operation.
  if (section && (checked || !section.closest('[hidden]'))) return { section, via: 'data-attribute' };
  return checked ? { section: form, via: 'checked-radio' } : null;
}

/** Text fields of the call-URL settings: not the block title, not another operation's. */
function textFields(section: Element): TextField[] {
  return Array.from(section.querySelectorAll<TextField>('input, textarea')).filter((field) => {
    if (field instanceof HTMLInputElement && !TEXT_TYPES.has(field.type)) return false;
    if (field.name === 'title' || field.disabled) return false;
    const operation = operationOf(field);
    return operation === null || operation === CALL_URL_OPERATION;
  });
}

function urlField(section: Element): { url: TextField; via: FoundBy['url'] } | null {
  const fields = textFields(section);
  const byValue = fields.find((field) => HTTP_VALUE.test(field.value.replace(INVISIBLE, '')));
  if (byValue) return { url: byValue, via: 'http-value' };
  const first = fields.find((field) => field instanceof HTMLInputElement) ?? fields[0];
  return first ? { url: first, via: 'first-field' } : null;
}

const isMethod = (value: string) => /^(GET|POST)$/i.test(value.trim());

/** The method control: a select with GET and POST options, or GET/POST radios. */
function methodOf(section: Element): { read: () => CallMethod; via: FoundBy['method'] } {
  const mine = (element: Element) => [null, CALL_URL_OPERATION].includes(operationOf(element));
  const select = Array.from(section.querySelectorAll('select')).find(
    (s) => mine(s) && Array.from(s.options).filter((o) => isMethod(o.value || o.text)).length >= 2,
  );
  const upper = (value: string | undefined): CallMethod => (value?.trim().toUpperCase() === 'POST' ? 'POST' : 'GET');
  if (select) return { read: () => upper(select.value || select.selectedOptions[0]?.text), via: 'select' };
  const radios = Array.from(section.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter(
    (r) => mine(r) && r.name !== 'operationType' && isMethod(r.value),
  );
  if (radios.length >= 2) return { read: () => upper(radios.find((r) => r.checked)?.value), via: 'radios' };
  return { read: () => 'GET', via: 'none' };
}

/** Every «Вызвать URL» operation open on the page right now. */
export function callUrlTargets(root: ParentNode): CallUrlTarget[] {
  const targets: CallUrlTarget[] = [];
  for (const { form, via } of blockForms(root)) {
    const section = callUrlSection(form);
    const field = section && urlField(section.section);
    if (!section || !field) continue;
    const method = methodOf(section.section);
    targets.push({
      form,
      section: section.section,
      url: field.url,
      method: method.read,
      found: { form: via, section: section.via, url: field.via, method: method.via },
    });
  }
  return targets;
}

/** Below the call-URL settings (the end of their section), for a view that belongs to the whole operation. */
export function placeBelowSettings(target: CallUrlTarget, host: HTMLElement): void {
  if (target.section !== target.form) {
    target.section.append(host);
    return;
  }
  const box = target.url.parentElement;
  (box && box !== target.form ? box : target.url).insertAdjacentElement('afterend', host);
}
