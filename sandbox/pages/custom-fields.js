// @ts-check
/**
 * `/pl/logic/context/custom-fields?contextName=UserContext|DealContext` (ref C.2, C.4, R.1): GetCourse's
 * custom-form editor. The server sends the field definitions as the JSON value of `#CustomFormValue`
 * and as the editor's JS config; the page's own script (`./custom-form-editor.js`) draws the editor
 * after load; the form's save button posts the JSON back, and only then is anything saved.
 */
import { html, redirect } from '../http-util.js';
import { drawCustomFormEditor, EDITOR_SCRIPT_PARTS } from './custom-form-editor.js';
import { csrfInput, esc, layout, scriptJson } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').CustomField} CustomField */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

export const CUSTOM_FIELDS_PATH = '/pl/logic/context/custom-fields';
const CONTEXTS = /** @type {const} */ ({ UserContext: 'user', DealContext: 'deal' });
/**
 * The editor's «add field» menu: one entry per type the widget knows (ref R.1). GetCourse gives a
 * new field the entry's name as its title. ASSUMPTION (see sandbox/README.md#assumptions, A23): the words.
 */
const FIELD_TYPES = /** @type {Record<string, { label: string }>} */ ({
  string: { label: 'Строка' },
  text: { label: 'Текст' },
  date: { label: 'Дата' },
  checkbox: { label: 'Флажок' },
  select: { label: 'Список' },
  multi_select: { label: 'Множественный выбор' },
  phone: { label: 'Телефон' },
  numeric: { label: 'Число' },
  file: { label: 'Файл' },
});
/**
 * Just enough layout to use the editor by hand: fields on the left, the selected field's settings
 * on the right. The required sign shows only on required fields (the widget toggles `required`, ref R.1).
 */
const EDITOR_CSS = `<style>
.custom-form-editor { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.custom-form-editor .add-field-block { flex-basis: 100%; }
.custom-form-editor .fields { flex: 1; }
.custom-form-editor .field-settings-editor { position: sticky; top: 8px; width: 380px; padding: 8px; border: 1px solid #ccc; }
.field-wrapper { padding: 4px 6px; cursor: pointer; }
.field-wrapper.selected { background: #eef4ff; }
.custom-field:not(.required) .required-sign { display: none; }
.field-params > * { display: block; margin-bottom: 6px; }
.add-types-list { display: inline; padding: 0; } .add-types-list li { display: inline; margin-right: 8px; }
</style>`;

/** Values of the seeded list fields (the select widget reads `settings.valueList`, ref R.1). */
const VALUE_LISTS = /** @type {Record<string, string>} */ ({ select: 'Первый\nВторой\nТретий', multi_select: 'Один\nДва\nТри' });
export const LONG_DEMO_COUNT = 300;
export const MAX_DEMO_COUNT = 5000;
/** `&render=late`: the editor is drawn this long after load (a slow page; a sandbox knob, not a GetCourse fact). */
export const LATE_RENDER_MS = 400;

/**
 * Generated fields for `&demo=long` (benchmarks; `&count=N` up to 5000, default 300), a mix of
 * Cyrillic, spaced and Latin names.
 * @param {number} count
 * @returns {CustomField[]}
 */
function longDemoFields(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: 50001 + i,
    title: demoTitle(i + 1),
    type: 'string',
    required: false,
    context: /** @type {const} */ ('user'),
    order: i + 1,
    system: false,
  }));
}

/** @param {number} n */
function demoTitle(n) {
  const variant = n % 4;
  if (variant === 0) return `Поле анкеты ${n}`;
  if (variant === 1) return `field_${n}`;
  if (variant === 2) return `utm source ${n}`;
  return `Ответ на вопрос №${n}`;
}

/**
 * The shape `#CustomFormValue` carries (ref C.4, R.1; field keys as in a third-party dump of it).
 * @param {CustomField} f
 */
function formField(f) {
  return {
    id: f.id,
    label: f.title,
    type: f.type,
    required: f.required,
    settings: VALUE_LISTS[f.type] ? { valueList: VALUE_LISTS[f.type] } : {},
    description: '',
    html_block: '',
    html_block_position: '',
    show_in_table: false,
    hide_filled: false,
    hide: '0',
  };
}

/**
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null} null for an unknown context (→ 404)
 */
export function customFieldsPage(request, school) {
  const params = request.url.searchParams;
  const contextName = params.get('contextName') ?? 'UserContext';
  if (contextName !== 'UserContext' && contextName !== 'DealContext') return null;
  const context = CONTEXTS[contextName];
  const listUrl = `${CUSTOM_FIELDS_PATH}?contextName=${contextName}`;
  const long = params.get('demo') === 'long';
  const count = Math.min(MAX_DEMO_COUNT, Math.max(1, Number(params.get('count')) || LONG_DEMO_COUNT));
  // ASSUMPTION (see sandbox/README.md#assumptions): system `gc_system_*` fields are not listed on this page.
  const fields = long ? longDemoFields(count) : school.fields.filter((f) => f.context === context && !f.system);

  let error = '';
  if (request.method === 'POST' && !long) {
    const saved = saveFields(school, context, new URLSearchParams(request.body).get('CustomFormValue'));
    if (saved) return redirect(listUrl);
    error = 'Не удалось сохранить поля: данные формы повреждены.';
  }
  const title = contextName === 'UserContext' ? 'Дополнительные поля пользователей' : 'Дополнительные поля заказов';
  const state = { fields: fields.map(formField) };
  const config = { fields: state.fields, types: FIELD_TYPES, delayMs: params.get('render') === 'late' ? LATE_RENDER_MS : 0 };
  const body = `${EDITOR_CSS}
<form class="custom-fields-form" method="post" action="${esc(listUrl)}">
${csrfInput(school)}
${error ? `<div class="error-summary">${esc(error)}</div>` : ''}
<input type="hidden" id="CustomFormValue" name="CustomFormValue" value="${esc(JSON.stringify(state))}">
<div class="custom-form-editor">
<div class="add-field-block"><span>Добавить поле:</span> <ul class="add-types-list"></ul></div>
<div class="fields"></div>
<div class="field-settings-editor"></div>
</div>
<div class="control-buttons"><button type="submit" class="btn btn-primary">Сохранить</button></div>
</form>
<script>${EDITOR_SCRIPT_PARTS.map(String).join('\n')}</script>
<script>(${drawCustomFormEditor.toString()})(${scriptJson(config)});</script>`;
  return html(200, layout({ school, title, controllerId: 'logic', body }));
}

/**
 * Saves what the editor posted: fields with a known id are updated, fields without an id are
 * created, fields of this context missing from the list are deleted.
 * ASSUMPTION (see sandbox/README.md#assumptions, A23): the save button posts the whole JSON and
 * deletion is "left out of the list"; the real request is not documented (R.1 only says nothing
 * is saved before the page's own button).
 * @param {School} school
 * @param {import('../types.js').FieldContext} context
 * @param {string | null} posted
 * @returns {boolean} false when the JSON is not a field list (nothing saved)
 */
function saveFields(school, context, posted) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(posted ?? '');
  } catch {
    return false;
  }
  const list = /** @type {{ fields?: unknown }} */ (value)?.fields;
  if (!Array.isArray(list) || !list.every((f) => f && typeof f === 'object' && typeof f.label === 'string' && typeof f.type === 'string'))
    return false;
  const own = school.fields.filter((f) => f.context === context && !f.system);
  const kept = new Set();
  list.forEach((item, i) => {
    const existing = own.find((f) => f.id === Number(item.id));
    const data = {
      title: item.label.slice(0, 255),
      type: FIELD_TYPES[item.type] ? item.type : 'string',
      required: item.required === true || item.required === '1',
      order: i + 1,
    };
    if (existing) {
      Object.assign(existing, data);
      kept.add(existing);
    } else {
      const created = { id: school.nextId.field++, context, system: false, ...data };
      school.fields.push(created);
      kept.add(created);
    }
  });
  school.fields = school.fields.filter((f) => f.context !== context || f.system || kept.has(f));
  return true;
}
