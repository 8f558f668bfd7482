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
 * The function is serialised into the page (`drawCustomFormEditor.toString()`): it must not use
 * anything from this module's scope.
 * @param {{ fields: any[], types: Record<string, { label: string }>, delayMs: number }} config
 */
export function drawCustomFormEditor(config) {
  /** @param {string} tag @param {string} [className] @param {string} [text] */
  const make = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const TEXT_LIKE = ['string', 'phone', 'numeric', 'password', 'date'];

  const draw = () => {
    const root = /** @type {HTMLElement} */ (document.querySelector('.custom-form-editor'));
    const valueEl = /** @type {HTMLInputElement} */ (document.getElementById('CustomFormValue'));
    const fieldsEl = /** @type {HTMLElement} */ (root.querySelector('.fields'));
    const editorEl = /** @type {HTMLElement} */ (root.querySelector('.field-settings-editor'));
    const editorSettingsEl = make('div', 'editor-settings');
    editorEl.append(editorSettingsEl);
    const deleteButton = make('a', 'btn btn-default', 'Удалить поле');
    deleteButton.setAttribute('href', 'javascript:void(0)');
    editorEl.append(deleteButton);
    editorEl.style.display = 'none';
    root.classList.add('without-help-elems');

    /** @type {Array<{ wrapper: HTMLElement, settingsEl: HTMLElement, getField: () => any }>} */
    const widgets = [];
    /** @type {(typeof widgets)[number] | null} */
    let selected = null;
    const changed = () => {
      valueEl.value = JSON.stringify({ fields: widgets.map((w) => w.getField()) });
    };
    /** @param {(typeof widgets)[number]} widget */
    const select = (widget) => {
      if (selected) {
        selected.settingsEl.style.display = 'none';
        selected.wrapper.classList.remove('selected');
      }
      widget.wrapper.classList.add('selected');
      selected = widget;
      widget.settingsEl.style.display = '';
      editorEl.style.display = '';
    };
    deleteButton.addEventListener('click', (event) => {
      event.preventDefault();
      if (!selected) return;
      selected.wrapper.remove();
      selected.settingsEl.remove();
      widgets.splice(widgets.indexOf(selected), 1);
      selected = null;
      editorEl.style.display = 'none';
      changed();
    });

    /** @param {any} field @param {boolean} [write] */
    const addField = (field, write = true) => {
      if (!field.settings || Array.isArray(field.settings)) field.settings = {};
      const wrapper = make('div', 'field-wrapper');
      const fieldEl = make('div', `field custom-field type-${field.type}`);
      wrapper.append(fieldEl);
      fieldsEl.append(wrapper);
      const labelEl = /** @type {HTMLLabelElement} */ (make('label', 'field-label'));
      const labelValue = make('span', 'label-value');
      labelEl.append(labelValue);
      if (field.id) labelEl.htmlFor = `field-input-${field.id}`;
      fieldEl.append(labelEl);
      const requiredSign = make('span', 'required-sign', '*');
      labelEl.append(requiredSign);
      const inputBlock = make('div', 'field-input-block');
      const descriptionBlock = make('div', 'field-description-block');
      fieldEl.append(inputBlock, descriptionBlock);
      /** @type {HTMLElement} */
      let input;
      if (field.type === 'checkbox') {
        input = make('input');
        /** @type {HTMLInputElement} */ (input).type = 'checkbox';
        requiredSign.remove();
        labelEl.prepend(input);
      } else if (field.type === 'text') {
        input = make('textarea', 'form-control');
        inputBlock.append(input);
      } else if (field.type === 'select' || field.type === 'multi_select') {
        input = make('select', 'form-control');
        /** @type {HTMLSelectElement} */ (input).multiple = field.type === 'multi_select';
        for (const value of String(field.settings.valueList ?? '')
          .split('\n')
          .filter(Boolean))
          input.append(make('option', '', value));
        inputBlock.append(input);
      } else if (field.type === 'file') {
        input = make('input');
        /** @type {HTMLInputElement} */ (input).type = 'hidden';
        labelEl.append(input);
      } else {
        input = make('input', 'form-control');
        /** @type {HTMLInputElement} */ (input).type = field.type === 'password' ? 'password' : 'text';
        inputBlock.append(input);
      }
      if (field.id) input.id = `field-input-${field.id}`;

      const rebuild = () => {
        labelValue.innerHTML = field.label; // as GetCourse's widget does (ref R.1): the title is HTML
        fieldEl.classList.toggle('required', Boolean(field.required));
        labelEl.style.display = field.label === '' ? 'none' : '';
        descriptionBlock.textContent = field.description ?? '';
        descriptionBlock.style.display = field.description ? '' : 'none';
      };

      // The settings panel, built up front and hidden (ref R.1).
      const settingsEl = make('div', 'field-settings');
      settingsEl.style.display = 'none';
      editorSettingsEl.append(settingsEl);
      const paramsEl = make('div', 'field-params');
      settingsEl.append(paramsEl);
      const hideBlock = make('div', 'field-hide');
      const hideSelect = /** @type {HTMLSelectElement} */ (make('select', 'form-control standard hide-input'));
      hideSelect.id = 'hide';
      [
        ['0', 'Показывать всегда'],
        ['1', 'Показывать, если заполнено'],
        ['2', 'Скрыть поле'],
      ].forEach(([value, text]) => {
        const option = /** @type {HTMLOptionElement} */ (make('option', '', text));
        option.value = value ?? '';
        hideSelect.append(option);
      });
      hideSelect.value = String(field.hide ?? '0');
      hideBlock.append(make('label', '', 'Видимость поля'), hideSelect);
      paramsEl.append(hideBlock);
      const titleLabel = make('label', '', 'Название');
      const labelInput = /** @type {HTMLInputElement} */ (make('input', 'label-input'));
      labelInput.type = 'text';
      labelInput.size = 40;
      labelInput.value = field.label;
      paramsEl.append(titleLabel, labelInput);
      const requiredWrapper = make('label', '', 'Обязательное');
      requiredWrapper.style.display = 'block';
      const requiredInput = /** @type {HTMLInputElement} */ (make('input', 'required-input'));
      requiredInput.type = 'checkbox';
      requiredInput.value = '1';
      requiredInput.checked = Boolean(field.required);
      requiredWrapper.prepend(requiredInput);
      paramsEl.append(requiredWrapper);
      /** @param {string} name @param {string} text @param {'input' | 'textarea'} tag */
      const setting = (name, text, tag) => {
        const block = make('div', `field-${name}`);
        const element = /** @type {HTMLInputElement} */ (make(tag, `${tag === 'textarea' ? 'standard ' : ''}${name}-input`));
        if (tag === 'input') element.type = 'text';
        element.value = name === 'description' ? (field.description ?? '') : (field.settings[name] ?? '');
        block.append(make('label', '', text), element);
        paramsEl.append(block);
        return element;
      };
      const descriptionInput = setting('description', 'Описание', 'textarea');
      const tableTitleInput = setting('table_title', 'Название на выходе', 'input');
      const importantBlock = make('label', 'field-is_important', ' Является ключом');
      const importantInput = /** @type {HTMLInputElement} */ (make('input', 'standard is_important-input'));
      importantInput.type = 'checkbox';
      importantInput.checked = Boolean(field.settings.is_important);
      importantBlock.prepend(importantInput);
      paramsEl.append(importantBlock);
      const placeholderInput = TEXT_LIKE.includes(field.type) ? setting('placeholder', 'Подсказка', 'input') : null;

      const getField = () => {
        field.label = labelInput.value;
        field.required = requiredInput.checked;
        field.description = descriptionInput.value;
        field.hide = hideSelect.value;
        field.settings.table_title = tableTitleInput.value;
        field.settings.is_important = importantInput.checked;
        if (placeholderInput) field.settings.placeholder = placeholderInput.value;
        return field;
      };
      const fieldChanged = () => {
        getField();
        rebuild();
        changed();
      };
      labelInput.addEventListener('input', fieldChanged);
      for (const element of [descriptionInput, tableTitleInput, placeholderInput, hideSelect])
        element?.addEventListener('input', fieldChanged);
      for (const element of [requiredInput, importantInput]) element.addEventListener('change', fieldChanged);

      const widget = { wrapper, settingsEl, getField };
      wrapper.addEventListener('click', () => select(widget));
      widgets.push(widget);
      rebuild();
      if (write) changed();
      return widget;
    };

    const typesList = /** @type {HTMLElement} */ (root.querySelector('.add-types-list'));
    for (const [type, template] of Object.entries(config.types)) {
      const item = make('li');
      const link = make('a', '', template.label);
      link.setAttribute('href', 'javascript:void(0)');
      // GetCourse hands out the type's template itself as the new field (ref R.1), so a new field
      // starts with the type's name as its title, in the interface's language.
      link.addEventListener('click', (event) => {
        event.preventDefault();
        select(
          addField({ id: null, type, required: false, settings: {}, description: '', hide: '0', ...JSON.parse(JSON.stringify(template)) }),
        );
      });
      item.append(link);
      typesList.append(item);
    }
    for (const field of config.fields) addField(field, false);
    changed();
    makeSortable(fieldsEl, () => {
      // `update` → the widget's changed(), which reads the fields in the page's order.
      const order = [...fieldsEl.children];
      widgets.sort((a, b) => order.indexOf(a.wrapper) - order.indexOf(b.wrapper));
      changed();
    });
  };

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
  const makeSortable = (list, update) => {
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
  };

  const start = () => (config.delayMs > 0 ? setTimeout(draw, config.delayMs) : draw());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
