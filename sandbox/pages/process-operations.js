// @ts-check
/**
 * The operations a process block's modal offers (ref R.2): each is one `input[name=operationType]`
 * radio, and its settings live in an element with `data-operation-type="<value>"`, as inputs named
 * `<Something>Operation[<attr>]`. The block keeps the settings by attribute (`settings.url`, …).
 */
import { esc } from './html.js';

/** ref R.2: the value of the «Вызвать URL» radio. */
export const CALL_URL_OPERATION = 'common_get_url';

/**
 * ASSUMPTION (see sandbox/README.md#assumptions, A25): the names of the «Вызвать URL» inputs. R.2 found
 * the `<X>Operation[attr]` pattern but not these two names; change them here only.
 */
export const CALL_URL_INPUT_NAMES = Object.freeze({ url: 'CallUrlOperation[url]', method: 'CallUrlOperation[method]' });

/** ASSUMPTION (see sandbox/README.md#assumptions, A25): the radio values of the other operations. */
export const UPDATE_FIELD_OPERATION = 'common_update_field';
export const SIMPLE_OPERATION = 'common_simple';

/**
 * @typedef {{ attr: string, name: string, label: string, control: 'text' | 'textarea' }} FreeField
 * @typedef {{ attr: string, name: string, label: string, control: 'select', options: (school: import('../types.js').School) => Array<[string, string]> }} ChoiceField
 * @typedef {FreeField | ChoiceField} SettingField
 * @typedef {{ type: string, label: string, fields: SettingField[] }} Operation
 */

/** @type {readonly Operation[]} */
export const OPERATIONS = [
  {
    type: CALL_URL_OPERATION, // ref R.2, labelled «Вызвать URL» / «Вызов URL»
    label: 'Вызвать URL',
    fields: [
      {
        attr: 'method',
        name: CALL_URL_INPUT_NAMES.method,
        label: 'Метод',
        control: 'select',
        options: () => [
          ['GET', 'GET'],
          ['POST', 'POST'],
        ],
      }, // ref C.5: GET or POST
      { attr: 'url', name: CALL_URL_INPUT_NAMES.url, label: 'URL', control: 'text' },
    ],
  },
  {
    type: UPDATE_FIELD_OPERATION, // ref R.2 names `UpdateFieldOperation[fieldId]`
    label: 'Изменить значение поля',
    fields: [
      {
        attr: 'fieldId',
        name: 'UpdateFieldOperation[fieldId]',
        label: 'Поле',
        control: 'select',
        options: (school) => school.fields.filter((f) => !f.system).map((f) => [String(f.id), f.title]),
      },
      { attr: 'value', name: 'UpdateFieldOperation[value]', label: 'Значение', control: 'text' },
    ],
  },
  {
    type: SIMPLE_OPERATION, // ref R.2 names `SimpleOperation[description]`
    label: 'Простая операция',
    fields: [{ attr: 'description', name: 'SimpleOperation[description]', label: 'Описание', control: 'textarea' }],
  },
];

/** Yii's id for `Model[attr]`: `model-attr`. @param {string} name */
const inputId = (name) => name.toLowerCase().replace(/\[([^\]]*)\]/g, '-$1');

/**
 * The radios and every operation's settings section; only the chosen one's section is visible.
 * @param {import('../types.js').School} school
 * @param {string | undefined} chosen
 * @param {Record<string, string>} settings
 */
export function operationControls(school, chosen, settings) {
  const radios = OPERATIONS.map(
    (op) =>
      `<div class="radio"><label><input type="radio" name="operationType" value="${esc(op.type)}"${op.type === chosen ? ' checked' : ''}> ${esc(op.label)}</label></div>`,
  ).join('\n');
  const sections = OPERATIONS.map((op) => {
    const own = op.type === chosen ? settings : {};
    const fields = op.fields
      .map(
        (field) =>
          `<div class="form-group"><label for="${inputId(field.name)}">${esc(field.label)}</label>\n${control(school, field, own[field.attr] ?? '')}</div>`,
      )
      .join('\n');
    return `<div class="operation-settings" data-operation-type="${esc(op.type)}"${op.type === chosen ? '' : ' hidden'}>\n${fields}\n</div>`;
  }).join('\n');
  return `<div class="form-group operation-types"><label class="control-label">Операция</label>\n${radios}\n</div>\n${sections}`;
}

/**
 * @param {import('../types.js').School} school
 * @param {SettingField} field
 * @param {string} value
 */
function control(school, field, value) {
  const attrs = `id="${inputId(field.name)}" class="form-control" name="${esc(field.name)}"`;
  if (field.control !== 'select')
    return field.control === 'textarea'
      ? `<textarea ${attrs}>${esc(value)}</textarea>`
      : `<input type="text" ${attrs} value="${esc(value)}">`;
  const options = field
    .options(school)
    .map(([v, label]) => `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(label)}</option>`)
    .join('');
  return `<select ${attrs}>${options}</select>`;
}

/**
 * The chosen operation and its settings from a posted block form; null for an unknown operation.
 * @param {URLSearchParams} form
 * @returns {{ operationType: string, settings: Record<string, string> } | null}
 */
export function readOperation(form) {
  const op = OPERATIONS.find((o) => o.type === form.get('operationType'));
  if (!op) return null;
  return { operationType: op.type, settings: Object.fromEntries(op.fields.map((f) => [f.attr, (form.get(f.name) ?? '').trim()])) };
}
