// @ts-check
/**
 * GetCourse's custom-form editor as the page's own script draws it (ref R.1 [GC-JS]: the jQuery UI
 * widgets `gc.abstractField`, `gc.customFormEditor`, `window.initCustomFormFieldEl`). The sandbox
 * ships it as plain DOM code, no jQuery; what it builds, and when it rewrites `#CustomFormValue`,
 * follows the widget:
 * - `.custom-form-editor` → `.fields` → `.field-wrapper` (click selects it: `selected`) → `.field.custom-field.type-<type>`
 *   → `label.field-label[for="field-input-<id>"]` → `span.label-value` (the title, set **as HTML**) and
 *   `span.required-sign` «*»; a field with an empty title has its label hidden; a checkbox puts
 *   `input[type=checkbox]#field-input-<id>` inside the label and drops the required sign;
 *   `.field-input-block`, `.field-description-block` follow.
 * - `.field-settings-editor` (hidden until a field is selected) → `.editor-settings` with one hidden
 *   `.field-settings` per field, built up front: `.field-params` with the visibility select
 *   (`select#hide.hide-input`), the title input `input.label-input[type=text][size=40]` (no name, no
 *   id), `input.required-input`, `textarea.description-input`, `.table_title-input`,
 *   `.is_important-input`, and for text-like types `.placeholder-input`; then «Удалить поле».
 * - Typing in `.label-input` (the `input` event) re-reads the settings, redraws `.label-value` and
 *   writes `JSON.stringify({fields})` into `#CustomFormValue`. Nothing is saved until the form's
 *   own button in `.control-buttons` is pressed.
 * ASSUMPTION (see sandbox/README.md#assumptions, A23): the words next to the settings inputs are
 * Russian stand-ins for `Yii.t` strings GetCourse translates; the widget writes the value after
 * every field it adds, the sandbox once after drawing them all (the same end state, so the
 * 5 000-field bench page draws in reasonable time).
 *
 * These functions are serialised into the page (`EDITOR_SCRIPT_PARTS`, each by its `toString()`,
 * then a call of `drawCustomFormEditor`): they use nothing from this module's scope but each other.
 */

/**
 * @typedef {{ wrapper: HTMLElement, settingsEl: HTMLElement, getField: () => any }} EditorWidget
 * @typedef {{ valueEl: HTMLInputElement, fieldsEl: HTMLElement, editorEl: HTMLElement, editorSettingsEl: HTMLElement,
 *   widgets: EditorWidget[], selected: EditorWidget | null }} EditorState
 * @typedef {{ labelInput: HTMLInputElement, requiredInput: HTMLInputElement, hideSelect: HTMLSelectElement,
 *   descriptionInput: HTMLInputElement, tableTitleInput: HTMLInputElement, importantInput: HTMLInputElement,
 *   placeholderInput: HTMLInputElement | null }} SettingsInputs
 */

/** @param {{ fields: any[], types: Record<string, { label: string }>, delayMs: number }} config */
export function drawCustomFormEditor(config) {
  const start = () => (config.delayMs > 0 ? setTimeout(() => drawEditor(config), config.delayMs) : drawEditor(config));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** @param {string} tag @param {string} [className] @param {string} [text] */
function makeEditorNode(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** @param {{ fields: any[], types: Record<string, { label: string }> }} config */
function drawEditor(config) {
  const root = /** @type {HTMLElement} */ (document.querySelector('.custom-form-editor'));
  const valueEl = /** @type {HTMLInputElement} */ (document.getElementById('CustomFormValue'));
  const editorEl = /** @type {HTMLElement} */ (root.querySelector('.field-settings-editor'));
  const editorSettingsEl = makeEditorNode('div', 'editor-settings');
  editorEl.append(editorSettingsEl);
  const deleteButton = makeEditorNode('a', 'btn btn-default', 'Удалить поле');
  deleteButton.setAttribute('href', 'javascript:void(0)');
  editorEl.append(deleteButton);
  editorEl.style.display = 'none';
  root.classList.add('without-help-elems');

  const fieldsEl = /** @type {HTMLElement} */ (root.querySelector('.fields'));
  /** @type {EditorState} */
  const editor = { valueEl, fieldsEl, editorEl, editorSettingsEl, widgets: [], selected: null };
  deleteButton.addEventListener('click', (event) => {
    event.preventDefault();
    const { selected } = editor;
    if (!selected) return;
    selected.wrapper.remove();
    selected.settingsEl.remove();
    editor.widgets.splice(editor.widgets.indexOf(selected), 1);
    editor.selected = null;
    editorEl.style.display = 'none';
    writeEditorValue(editor);
  });
  drawTypeLinks(editor, /** @type {HTMLElement} */ (root.querySelector('.add-types-list')), config.types);
  for (const field of config.fields) addEditorField(editor, field, false);
  writeEditorValue(editor);
  makeSortable(fieldsEl, () => {
    // `update` → the widget's changed(), which reads the fields in the page's order.
    const order = [...fieldsEl.children];
    editor.widgets.sort((a, b) => order.indexOf(a.wrapper) - order.indexOf(b.wrapper));
    writeEditorValue(editor);
  });
}

/** The widget's changed(): the fields as the page shows them, written into `#CustomFormValue`. @param {EditorState} editor */
function writeEditorValue(editor) {
  editor.valueEl.value = JSON.stringify({ fields: editor.widgets.map((w) => w.getField()) });
}

/** @param {EditorState} editor @param {EditorWidget} widget */
function selectEditorField(editor, widget) {
  const { selected } = editor;
  if (selected) {
    selected.settingsEl.style.display = 'none';
    selected.wrapper.classList.remove('selected');
  }
  widget.wrapper.classList.add('selected');
  editor.selected = widget;
  widget.settingsEl.style.display = '';
  editor.editorEl.style.display = '';
}

/** «Добавить поле»: one link per type. @param {EditorState} editor @param {HTMLElement} typesList @param {Record<string, { label: string }>} types */
function drawTypeLinks(editor, typesList, types) {
  for (const [type, template] of Object.entries(types)) {
    const item = makeEditorNode('li');
    const link = makeEditorNode('a', '', template.label);
    link.setAttribute('href', 'javascript:void(0)');
    // GetCourse hands out the type's template itself as the new field (ref R.1), so a new field
    // starts with the type's name as its title, in the interface's language.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      selectEditorField(
        editor,
        addEditorField(editor, {
          id: null,
          type,
          required: false,
          settings: {},
          description: '',
          hide: '0',
          ...JSON.parse(JSON.stringify(template)),
        }),
      );
    });
    item.append(link);
    typesList.append(item);
  }
}

/**
 * One field: its block in the list, its settings panel, and the settings' inputs wired to the
 * field, the block and the value. @param {EditorState} editor @param {any} field @param {boolean} [write]
 */
function addEditorField(editor, field, write = true) {
  if (!field.settings || Array.isArray(field.settings)) field.settings = {};
  const block = drawFieldBlock(editor.fieldsEl, field);
  const rebuild = () => {
    block.labelValue.innerHTML = field.label; // as GetCourse's widget does (ref R.1): the title is HTML
    block.fieldEl.classList.toggle('required', Boolean(field.required));
    block.labelEl.style.display = field.label === '' ? 'none' : '';
    block.descriptionBlock.textContent = field.description ?? '';
    block.descriptionBlock.style.display = field.description ? '' : 'none';
  };
  const { settingsEl, inputs } = drawFieldSettings(editor.editorSettingsEl, field);
  const getField = () => readFieldSettings(field, inputs);
  const fieldChanged = () => {
    getField();
    rebuild();
    writeEditorValue(editor);
  };
  const { labelInput, descriptionInput, tableTitleInput, placeholderInput, hideSelect, requiredInput, importantInput } = inputs;
  labelInput.addEventListener('input', fieldChanged);
  for (const element of [descriptionInput, tableTitleInput, placeholderInput, hideSelect]) element?.addEventListener('input', fieldChanged);
  for (const element of [requiredInput, importantInput]) element.addEventListener('change', fieldChanged);

  /** @type {EditorWidget} */
  const widget = { wrapper: block.wrapper, settingsEl, getField };
  block.wrapper.addEventListener('click', () => selectEditorField(editor, widget));
  editor.widgets.push(widget);
  rebuild();
  if (write) writeEditorValue(editor);
  return widget;
}

/** The field as its settings say now. @param {any} field @param {SettingsInputs} inputs */
function readFieldSettings(field, inputs) {
  field.label = inputs.labelInput.value;
  field.required = inputs.requiredInput.checked;
  field.description = inputs.descriptionInput.value;
  field.hide = inputs.hideSelect.value;
  field.settings.table_title = inputs.tableTitleInput.value;
  field.settings.is_important = inputs.importantInput.checked;
  if (inputs.placeholderInput) field.settings.placeholder = inputs.placeholderInput.value;
  return field;
}

/** The field's block in the list: wrapper, label with the title and required sign, its input, its description. @param {HTMLElement} fieldsEl @param {any} field */
function drawFieldBlock(fieldsEl, field) {
  const wrapper = makeEditorNode('div', 'field-wrapper');
  const fieldEl = makeEditorNode('div', `field custom-field type-${field.type}`);
  wrapper.append(fieldEl);
  fieldsEl.append(wrapper);
  const labelEl = /** @type {HTMLLabelElement} */ (makeEditorNode('label', 'field-label'));
  const labelValue = makeEditorNode('span', 'label-value');
  labelEl.append(labelValue);
  if (field.id) labelEl.htmlFor = `field-input-${field.id}`;
  fieldEl.append(labelEl);
  const requiredSign = makeEditorNode('span', 'required-sign', '*');
  labelEl.append(requiredSign);
  const inputBlock = makeEditorNode('div', 'field-input-block');
  const descriptionBlock = makeEditorNode('div', 'field-description-block');
  fieldEl.append(inputBlock, descriptionBlock);
  const input = drawFieldInput(field, { labelEl, requiredSign, inputBlock });
  if (field.id) input.id = `field-input-${field.id}`;
  return { wrapper, fieldEl, labelEl, labelValue, descriptionBlock };
}

/**
 * The input a visitor would fill, by the field's type.
 * @param {any} field @param {{ labelEl: HTMLElement, requiredSign: HTMLElement, inputBlock: HTMLElement }} block
 * @returns {HTMLElement}
 */
function drawFieldInput(field, { labelEl, requiredSign, inputBlock }) {
  if (field.type === 'checkbox') {
    const input = /** @type {HTMLInputElement} */ (makeEditorNode('input'));
    input.type = 'checkbox';
    requiredSign.remove();
    labelEl.prepend(input);
    return input;
  }
  if (field.type === 'text') return inputBlock.appendChild(makeEditorNode('textarea', 'form-control'));
  if (field.type === 'select' || field.type === 'multi_select') {
    const input = /** @type {HTMLSelectElement} */ (makeEditorNode('select', 'form-control'));
    input.multiple = field.type === 'multi_select';
    for (const value of String(field.settings.valueList ?? '')
      .split('\n')
      .filter(Boolean))
      input.append(makeEditorNode('option', '', value));
    return inputBlock.appendChild(input);
  }
  if (field.type === 'file') {
    const input = /** @type {HTMLInputElement} */ (makeEditorNode('input'));
    input.type = 'hidden';
    return labelEl.appendChild(input);
  }
  const input = /** @type {HTMLInputElement} */ (makeEditorNode('input', 'form-control'));
  input.type = field.type === 'password' ? 'password' : 'text';
  return inputBlock.appendChild(input);
}

/**
 * The settings panel, built up front and hidden (ref R.1).
 * @param {HTMLElement} editorSettingsEl @param {any} field
 * @returns {{ settingsEl: HTMLElement, inputs: SettingsInputs }}
 */
function drawFieldSettings(editorSettingsEl, field) {
  const TEXT_LIKE = ['string', 'phone', 'numeric', 'password', 'date'];
  const settingsEl = makeEditorNode('div', 'field-settings');
  settingsEl.style.display = 'none';
  editorSettingsEl.append(settingsEl);
  const paramsEl = makeEditorNode('div', 'field-params');
  settingsEl.append(paramsEl);
  const hideSelect = drawVisibilitySelect(paramsEl, field);
  const titleLabel = makeEditorNode('label', '', 'Название');
  const labelInput = /** @type {HTMLInputElement} */ (makeEditorNode('input', 'label-input'));
  labelInput.type = 'text';
  labelInput.size = 40;
  labelInput.value = field.label;
  paramsEl.append(titleLabel, labelInput);
  const requiredWrapper = makeEditorNode('label', '', 'Обязательное');
  requiredWrapper.style.display = 'block';
  const requiredInput = /** @type {HTMLInputElement} */ (makeEditorNode('input', 'required-input'));
  requiredInput.type = 'checkbox';
  requiredInput.value = '1';
  requiredInput.checked = Boolean(field.required);
  requiredWrapper.prepend(requiredInput);
  paramsEl.append(requiredWrapper);
  const descriptionInput = drawSettingInput(paramsEl, field, 'description', 'Описание', 'textarea');
  const tableTitleInput = drawSettingInput(paramsEl, field, 'table_title', 'Название на выходе', 'input');
  const importantBlock = makeEditorNode('label', 'field-is_important', ' Является ключом');
  const importantInput = /** @type {HTMLInputElement} */ (makeEditorNode('input', 'standard is_important-input'));
  importantInput.type = 'checkbox';
  importantInput.checked = Boolean(field.settings.is_important);
  importantBlock.prepend(importantInput);
  paramsEl.append(importantBlock);
  const placeholderInput = TEXT_LIKE.includes(field.type) ? drawSettingInput(paramsEl, field, 'placeholder', 'Подсказка', 'input') : null;
  return {
    settingsEl,
    inputs: { labelInput, requiredInput, hideSelect, descriptionInput, tableTitleInput, importantInput, placeholderInput },
  };
}

/** «Видимость поля». @param {HTMLElement} paramsEl @param {any} field */
function drawVisibilitySelect(paramsEl, field) {
  const hideBlock = makeEditorNode('div', 'field-hide');
  const hideSelect = /** @type {HTMLSelectElement} */ (makeEditorNode('select', 'form-control standard hide-input'));
  hideSelect.id = 'hide';
  [
    ['0', 'Показывать всегда'],
    ['1', 'Показывать, если заполнено'],
    ['2', 'Скрыть поле'],
  ].forEach(([value, text]) => {
    const option = /** @type {HTMLOptionElement} */ (makeEditorNode('option', '', text));
    option.value = value ?? '';
    hideSelect.append(option);
  });
  hideSelect.value = String(field.hide ?? '0');
  hideBlock.append(makeEditorNode('label', '', 'Видимость поля'), hideSelect);
  paramsEl.append(hideBlock);
  return hideSelect;
}

/**
 * A labelled text setting (description, table title, placeholder).
 * @param {HTMLElement} paramsEl @param {any} field @param {string} name @param {string} text @param {'input' | 'textarea'} tag
 */
function drawSettingInput(paramsEl, field, name, text, tag) {
  const block = makeEditorNode('div', `field-${name}`);
  const element = /** @type {HTMLInputElement} */ (makeEditorNode(tag, `${tag === 'textarea' ? 'standard ' : ''}${name}-input`));
  if (tag === 'input') element.type = 'text';
  element.value = name === 'description' ? (field.description ?? '') : (field.settings[name] ?? '');
  block.append(makeEditorNode('label', '', text), element);
  paramsEl.append(block);
  return element;
}

/**
 * Drag to re-order. The widget's `_create` ends with `.fields` made a jQuery UI sortable whose
 * `update` rewrites the value (the same GetCourse script as ref R.1 [GC-JS]), with jQuery UI's
 * defaults: every child of `.fields` is an item; a press is cancelled when its target is (inside)
 * `input, textarea, button, select, option`; a move of 1 px starts the drag; `mousedown` is
 * listened to on `.fields` and its default prevented. The settings panels stay where they were
 * built (the widget never moves them).
 * ASSUMPTION (see sandbox/README.md#assumptions, A40): the dragged block moves in place as the pointer passes a block's middle,
 * without jQuery UI's floating helper, placeholder and `ui-sortable*` classes: the same end order.
 * @param {HTMLElement} list @param {() => void} update
 */
function makeSortable(list, update) {
  list.addEventListener('mousedown', (down) => {
    const target = /** @type {Element} */ (down.target);
    if (down.button !== 0 || target.closest('input, textarea, button, select, option')) return;
    let item = target;
    while (item.parentElement && item.parentElement !== list) item = item.parentElement;
    if (item.parentElement !== list) return;
    const dragged = item;
    down.preventDefault();
    const before = [...list.children].indexOf(dragged);
    let started = false;
    /** @param {MouseEvent} move */
    const onMove = (move) => {
      if (!started && Math.abs(move.clientX - down.clientX) + Math.abs(move.clientY - down.clientY) < 1) return;
      started = true;
      const next = [...list.children].find((other) => {
        if (other === dragged) return false;
        const box = other.getBoundingClientRect();
        return move.clientY < box.top + box.height / 2;
      });
      if ((next ?? null) !== dragged.nextElementSibling) list.insertBefore(dragged, next ?? null);
    };
    const onUp = () => {
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('mouseup', onUp);
      if (started && [...list.children].indexOf(dragged) !== before) update();
    };
    document.addEventListener('mousemove', onMove);
    document.addEventListener('mouseup', onUp);
  });
}

/** What the page's script holds besides `drawCustomFormEditor` itself, in the order it declares them. */
export const EDITOR_SCRIPT_PARTS = [
  makeEditorNode,
  drawEditor,
  writeEditorValue,
  selectEditorField,
  drawTypeLinks,
  addEditorField,
  readFieldSettings,
  drawFieldBlock,
  drawFieldInput,
  drawFieldSettings,
  drawVisibilitySelect,
  drawSettingInput,
  makeSortable,
];
