// @ts-check
/**
 * `/pl/logic/context/custom-fields?contextName=UserContext|DealContext` (ref C.2, C.4): the field list,
 * the hidden `#CustomFormValue` JSON, a JS `fields: [...]` config and a create / edit form that saves.
 */
import { html, redirect } from '../http-util.js';
import { csrfInput, esc, layout, scriptJson } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').CustomField} CustomField */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

export const CUSTOM_FIELDS_PATH = '/pl/logic/context/custom-fields';
const CONTEXTS = /** @type {const} */ ({ UserContext: 'user', DealContext: 'deal' });
const TYPE_LABELS = /** @type {Record<string, string>} */ ({ string: 'Строка', text: 'Текст', checkbox: 'Флажок', date: 'Дата' });
export const LONG_DEMO_COUNT = 300;
export const MAX_DEMO_COUNT = 5000;

/**
 * Generated fields for `&demo=long` (benchmarks; `&count=N` up to 5000, default 300), a mix of
 * Cyrillic, spaced and Latin names.
 * @param {number} count
 * @returns {CustomField[]}
 */
function longDemoFields(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: 50001 + i, title: demoTitle(i + 1), type: 'string', required: false, context: /** @type {const} */ ('user'), order: i + 1, system: false,
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
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null} null for an unknown context or field (→ 404)
 */
export function customFieldsPage(request, school) {
  const params = request.url.searchParams;
  const contextName = params.get('contextName') ?? 'UserContext';
  if (contextName !== 'UserContext' && contextName !== 'DealContext') return null;
  const context = CONTEXTS[contextName];
  const listUrl = `${CUSTOM_FIELDS_PATH}?contextName=${contextName}`;
  const long = params.get('demo') === 'long';
  const count = Math.min(MAX_DEMO_COUNT, Math.max(1, Number(params.get('count')) || LONG_DEMO_COUNT));
  // `&render=late`: the list arrives from JS after the page loaded and the form opens as a dialog,
  // as GetCourse's own JS-driven admin screens do (the page carries a JS `fields` config, ref C.4).
  const late = params.get('render') === 'late';
  // ASSUMPTION (see sandbox/README.md#assumptions): system `gc_system_*` fields are not listed on this page.
  const fields = long ? longDemoFields(count) : school.fields.filter((f) => f.context === context && !f.system);
  const fieldIdText = params.get('fieldId');
  const editing = fieldIdText ? fields.find((f) => String(f.id) === fieldIdText) : undefined;
  if (fieldIdText && !editing) return null;

  let error = '';
  if (request.method === 'POST' && !long) {
    const form = new URLSearchParams(request.body);
    const label = (form.get('CustomField[label]') ?? '').trim();
    const type = form.get('CustomField[type]') ?? 'string';
    if (label === '') error = 'Необходимо заполнить «Название поля».';
    else {
      saveField(school, editing, { label, type: TYPE_LABELS[type] ? type : 'string', context });
      return redirect(listUrl);
    }
  }
  const title = contextName === 'UserContext' ? 'Дополнительные поля пользователей' : 'Дополнительные поля заказов';
  const body = late
    ? [lateFieldTable(), hiddenState(fields, contextName), lateDialog(fieldForm(school, listUrl, undefined, ''))].join('\n')
    : [fieldTable(fields, listUrl), hiddenState(fields, contextName), fieldForm(school, listUrl, editing, error)].join('\n');
  return html(200, layout({ school, title, controllerId: 'logic', body }));
}

/**
 * @param {School} school
 * @param {CustomField | undefined} editing
 * @param {{ label: string, type: string, context: 'user' | 'deal' }} input
 */
function saveField(school, editing, input) {
  if (editing) {
    editing.title = input.label;
    editing.type = input.type;
    return;
  }
  const order = school.fields.filter((f) => f.context === input.context).length + 1;
  school.fields.push({ id: school.nextId.field++, title: input.label, type: input.type, required: false, context: input.context, order, system: false });
}

/** @param {CustomField[]} fields @param {string} listUrl */
function fieldTable(fields, listUrl) {
  const rows = fields
    .map((f) => `<tr class="custom-field-row" data-field-id="${f.id}"><td>${f.id}</td><td class="field-label"><a href="${esc(`${listUrl}&fieldId=${f.id}`)}">${esc(f.title)}</a></td><td>${esc(TYPE_LABELS[f.type] ?? f.type)}</td><td>${f.required ? 'Да' : ''}</td></tr>`)
    .join('\n');
  return `<p><a class="btn btn-default add-field-link" href="${esc(`${listUrl}#custom-field-form`)}">Добавить поле</a></p>
<table class="table custom-fields-table"><thead><tr><th>ID</th><th>Название</th><th>Тип</th><th>Обязательное</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/**
 * `#CustomFormValue` with `{"fields":[{id,label,type,required,settings,description,hide}]}` and the JS config (ref C.4).
 * @param {CustomField[]} fields
 * @param {string} contextName
 */
function hiddenState(fields, contextName) {
  const value = { fields: fields.map((f) => ({ id: f.id, label: f.title, type: f.type, required: f.required, settings: {}, description: '', hide: false })) };
  const config = { contextName, fields: fields.map((f) => ({ id: f.id, label: f.title })) };
  return `<input type="hidden" id="CustomFormValue" name="CustomFormValue" value="${esc(JSON.stringify(value))}">
<script>var customFieldsConfig = ${scriptJson(config)};</script>`;
}

/**
 * ASSUMPTION (see sandbox/README.md#assumptions): the form's input names (`CustomField[label]`, `CustomField[type]`) are not documented.
 * @param {School} school
 * @param {string} listUrl
 * @param {CustomField | undefined} editing
 * @param {string} error
 */
function fieldForm(school, listUrl, editing, error) {
  const action = editing ? `${listUrl}&fieldId=${editing.id}` : listUrl;
  const options = Object.entries(TYPE_LABELS)
    .map(([type, label]) => `<option value="${type}"${editing?.type === type ? ' selected' : ''}>${esc(label)}</option>`)
    .join('');
  return `<form id="custom-field-form" class="custom-field-form" method="post" action="${esc(action)}">
${csrfInput(school)}
<h2>${editing ? 'Редактирование поля' : 'Добавить поле'}</h2>
${error ? `<div class="error-summary">${esc(error)}</div>` : ''}
<label for="customfield-label">Название поля</label>
<input type="text" id="customfield-label" name="CustomField[label]" value="${esc(editing?.title ?? '')}">
<label for="customfield-type">Тип</label>
<select id="customfield-type" name="CustomField[type]">${options}</select>
<button type="submit" class="btn btn-primary save-custom-field">Сохранить</button>
</form>`;
}

/**
 * The late-rendered variant: an empty table filled from `customFieldsConfig` 400 ms after load, and
 * an «Добавить поле» button that opens the form in a dialog (inserted into and removed from the DOM).
 * ASSUMPTION (see sandbox/README.md#assumptions): the real page's dialog markup is unknown.
 */
function lateFieldTable() {
  return `<p><button type="button" class="btn btn-default add-field-button">Добавить поле</button></p>
<table class="table custom-fields-table"><thead><tr><th>ID</th><th>Название</th><th>Тип</th><th>Обязательное</th></tr></thead>
<tbody></tbody></table>`;
}

/** @param {string} form */
function lateDialog(form) {
  return `<template id="custom-field-dialog-template"><div class="modal custom-field-dialog" role="dialog" aria-modal="true">
<button type="button" class="close" aria-label="Закрыть">×</button>
${form}
</div></template>
<script>
(function () {
  setTimeout(function () {
    var body = document.querySelector('.custom-fields-table tbody');
    customFieldsConfig.fields.forEach(function (f) {
      var tr = document.createElement('tr');
      tr.className = 'custom-field-row';
      tr.dataset.fieldId = String(f.id);
      var id = document.createElement('td'); id.textContent = String(f.id);
      var label = document.createElement('td'); label.className = 'field-label';
      var a = document.createElement('a'); a.href = '#'; a.textContent = f.label; label.appendChild(a);
      tr.append(id, label, document.createElement('td'), document.createElement('td'));
      body.appendChild(tr);
    });
  }, 400);
  document.querySelector('.add-field-button').addEventListener('click', function () {
    var dialog = document.getElementById('custom-field-dialog-template').content.firstElementChild.cloneNode(true);
    dialog.querySelector('.close').addEventListener('click', function () { dialog.remove(); });
    document.body.appendChild(dialog);
  });
})();
</script>`;
}
