/**
 * The sandbox's model of GetCourse's custom-form editor (ref R.1), run in happy-dom: what the page's
 * own script draws, and how its state follows the admin. The content script relies on exactly
 * these behaviours, so they are pinned here against the widget's evidence, not against our code.
 */
import { drawCustomFormEditor } from '../../sandbox/pages/custom-form-editor.js';

const field = (id: number | null, label: string, type = 'string', extra: Record<string, unknown> = {}) => ({
  id,
  label,
  type,
  required: false,
  settings: {},
  description: '',
  hide: '0',
  ...extra,
});

function mount(fields: ReturnType<typeof field>[]) {
  document.body.innerHTML = `<input type="hidden" id="CustomFormValue" value="">
<div class="custom-form-editor"><ul class="add-types-list"></ul><div class="fields"></div><div class="field-settings-editor"></div></div>`;
  drawCustomFormEditor({ fields, types: { string: { label: 'Строка' }, checkbox: { label: 'Флажок' } }, delayMs: 0 });
  const value = () =>
    JSON.parse((document.getElementById('CustomFormValue') as HTMLInputElement).value) as {
      fields: Array<{ id: number | null; label: string; required: boolean }>;
    };
  const panels = () => [...document.querySelectorAll<HTMLElement>('.field-settings-editor .field-settings')];
  return { value, panels };
}

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('custom-form editor as GetCourse draws it (ref R.1)', () => {
  it('draws wrapper → custom-field → label[for] → label-value and a required sign inside the label', () => {
    mount([field(11, 'Город', 'string', { required: true }), field(12, 'utm_source')]);
    const labels = document.querySelectorAll(
      '.custom-form-editor .fields .field-wrapper > .field.custom-field.type-string > label.field-label',
    );
    expect([...labels].map((l) => l.getAttribute('for'))).toEqual(['field-input-11', 'field-input-12']);
    expect(labels[0]?.querySelector('.label-value')?.textContent).toBe('Город');
    expect(labels[0]?.textContent).toBe('Город*');
    expect(document.querySelector('#field-input-11')?.closest('.field-input-block')).not.toBeNull();
    expect(document.querySelectorAll('.custom-field.required')).toHaveLength(1);
  });

  it('sets the title as HTML, hides the label of an untitled field, and puts a checkbox inside its label', () => {
    mount([field(21, '<b>Жирное</b> имя'), field(22, '', 'checkbox')]);
    expect(document.querySelector('label[for="field-input-21"] .label-value b')?.textContent).toBe('Жирное');
    const consent = document.querySelector<HTMLElement>('label[for="field-input-22"]')!;
    expect(consent.style.display).toBe('none');
    expect(consent.querySelector('input[type="checkbox"]#field-input-22')).not.toBeNull();
    expect(consent.querySelector('.required-sign')).toBeNull();
  });

  it('builds every settings panel up front, hidden, with a nameless .label-input; a click shows one', () => {
    const { panels } = mount([field(31, 'А'), field(32, 'Б'), field(33, 'В')]);
    expect(panels()).toHaveLength(3);
    expect(panels().every((p) => p.style.display === 'none')).toBe(true);
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.field-settings input.label-input')];
    expect(inputs.map((i) => [i.type, i.size, i.name, i.id, i.value])).toEqual([
      ['text', 40, '', '', 'А'],
      ['text', 40, '', '', 'Б'],
      ['text', 40, '', '', 'В'],
    ]);
    expect((document.querySelector('.field-settings-editor') as HTMLElement).style.display).toBe('none');
    document.querySelectorAll<HTMLElement>('.field-wrapper')[1]!.click();
    expect(panels().map((p) => p.style.display !== 'none')).toEqual([false, true, false]);
    expect(document.querySelector('.field-wrapper.selected label')?.getAttribute('for')).toBe('field-input-32');
    expect((document.querySelector('.field-settings-editor') as HTMLElement).style.display).toBe('');
  });

  it('follows typing in .label-input: the label and #CustomFormValue change, nothing else', () => {
    const { value } = mount([field(41, 'Город проживания'), field(42, 'utm source')]);
    expect(value().fields.map((f) => f.label)).toEqual(['Город проживания', 'utm source']);
    const input = document.querySelectorAll<HTMLInputElement>('.label-input')[1]!;
    type(input, 'utm_source');
    expect(value().fields.map((f) => f.label)).toEqual(['Город проживания', 'utm_source']);
    expect(document.querySelector('label[for="field-input-42"] .label-value')?.textContent).toBe('utm_source');
    type(input, '');
    expect((document.querySelector('label[for="field-input-42"]') as HTMLElement).style.display).toBe('none');
  });

  it("adds a field titled with its type's name, selected, without an id; deletes the selected one", () => {
    const { value, panels } = mount([field(51, 'city')]);
    document.querySelector<HTMLElement>('.add-types-list a')!.click();
    expect(value().fields).toMatchObject([
      { id: 51, label: 'city' },
      { id: null, label: 'Строка' },
    ]);
    expect(document.querySelectorAll('.field-wrapper')[1]?.classList.contains('selected')).toBe(true);
    expect(document.querySelectorAll('.field-wrapper')[1]?.querySelector('label')?.hasAttribute('for')).toBe(false);
    document.querySelector<HTMLElement>('.field-settings-editor > a.btn')!.click();
    expect(value().fields).toMatchObject([{ id: 51, label: 'city' }]);
    expect(panels()).toHaveLength(1);
  });
});
