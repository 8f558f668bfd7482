/**
 * The custom-field feature's strategies on the committed editor fixture (tests/fixtures/pages,
 * rendered from the sandbox's model of GetCourse's editor, fact sheet R.1), and on the same page
 * with its markup drifted: fields are still found by data and meaning, and «rename all» goes
 * through the page's own editor, so its state follows.
 */
import { readFileSync } from 'node:fs';
import { locateFieldAnchors } from '@/entrypoints/content/field-names/field-anchors';
import { renameAll, undoRename } from '@/entrypoints/content/field-names/rename-all';
import { createTitleInputs } from '@/entrypoints/content/field-names/title-inputs';
import { readCustomFormState, type StateField } from '@/entrypoints/content/field-names/custom-form-state';
import { planFieldNames } from '@/utils/field-plan';
import { drawCustomFormEditor } from '../../sandbox/pages/custom-form-editor.js';

const FIXTURE = readFileSync('tests/fixtures/pages/user-fields.html', 'utf8');
const never = new AbortController().signal;

function load(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

function stateFields(): StateField[] {
  const reading = readCustomFormState(document.querySelector<HTMLInputElement>('#CustomFormValue')!.value);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.fields;
}

describe('finding each field of the state on the page', () => {
  it('by label[for] on the editor as GetCourse draws it: every field, none missing', () => {
    load(FIXTURE);
    const fields = stateFields();
    expect(fields).toHaveLength(32);
    const { anchors, found } = locateFieldAnchors(fields);
    expect(found).toEqual({ byId: 32, byPosition: 0, byText: 0, missing: 0 });
    expect(anchors[0]?.getAttribute('for')).toBe('field-input-2001');
    expect(anchors[0]?.querySelector('.label-value')?.textContent).toBe('Город проживания');
  });

  it('by block order when labels carry no id (fields added on the page, not saved yet)', () => {
    load(FIXTURE);
    for (const label of document.querySelectorAll('label[for]')) label.removeAttribute('for');
    const { anchors, found } = locateFieldAnchors(stateFields());
    expect(found).toEqual({ byId: 0, byPosition: 32, byText: 0, missing: 0 });
    expect(anchors[2]?.querySelector('.label-value')?.textContent).toBe('utm source');
  });

  it('by exact title text when the classes drift; a title drawn as HTML with no text is counted missing', () => {
    load(FIXTURE.replaceAll('field-label', 'gc-label-v2').replaceAll('custom-field ', 'gc-field-v2 '));
    const fields = stateFields();
    const { anchors, found } = locateFieldAnchors(fields);
    expect(found.byId + found.byPosition).toBe(0);
    expect(found.byText).toBe(29);
    expect(found.missing).toBe(1);
    expect(fields[anchors.findIndex((a) => a === null && true)]?.label).toBe('<img src=x onerror=alert(1)>');
    expect(anchors[10]?.querySelector('.label-value')?.textContent).toBe('Город'); // not «Город проживания»: exact text only
    expect(anchors[0]?.tagName).toBe('LABEL');
  });

  it('nothing on the page at all: every titled field is reported missing, none invented', () => {
    load(FIXTURE);
    document.querySelector('.custom-form-editor')!.replaceChildren();
    const { anchors, found } = locateFieldAnchors(stateFields());
    expect(found).toEqual({ byId: 0, byPosition: 0, byText: 0, missing: 30 });
    expect(anchors.every((a) => a === null)).toBe(true);
  });
});

describe('which input edits which title', () => {
  it('by settings panel order, as GetCourse builds them (ref R.1)', () => {
    load(FIXTURE);
    const fields = stateFields();
    const titles = createTitleInputs();
    const inputs = titles.inputs(fields);
    expect(inputs.filter(Boolean)).toHaveLength(32);
    expect(inputs[0]?.value).toBe('Город проживания');
    expect(titles.indexOf(inputs[5]!, fields)).toBe(5);
    expect(titles.indexOf(document.querySelector<HTMLInputElement>('#field-input-2001')!, fields)).toBeNull();
  });

  it("by meaning when the markup does not say: the input whose value just became one field's title", () => {
    load(FIXTURE);
    const before = stateFields();
    const titles = createTitleInputs();
    const input = document.createElement('input');
    input.className = 'renamed-by-gc';
    document.body.append(input);
    input.value = 'utm_source';
    const after = before.map((f, i) => (i === 2 ? { ...f, label: 'utm_source' } : f));
    expect(titles.learn(input, before, after)).toBe(2);
    expect(titles.indexOf(input, after)).toBe(2);
    const other = document.createElement('input');
    document.body.append(other);
    other.value = 'something else';
    expect(titles.learn(other, after, after)).toBeNull();
    expect(
      titles.learn(
        other,
        before,
        after.map((f, i) => (i === 3 ? { ...f, label: 'x' } : f)),
      ),
    ).toBeNull();
  });
});

describe("«rename all» through the page's own editor", () => {
  function editor(labels: string[]) {
    document.body.innerHTML =
      '<input type="hidden" id="CustomFormValue" value=""><div class="custom-form-editor"><ul class="add-types-list"></ul><div class="fields"></div><div class="field-settings-editor"></div></div>';
    drawCustomFormEditor({
      fields: labels.map((label, i) => ({ id: 100 + i, label, type: 'string', required: false, settings: {}, description: '', hide: '0' })),
      types: {},
      delayMs: 0,
    });
    return () => stateFields().map((f) => f.label);
  }

  it("types each suggestion into its title input, so GetCourse's state follows; undo puts the old titles back", async () => {
    const state = editor(['Город', 'gorod', 'telegram_id', '', 'Дата рождения']);
    const verdicts = planFieldNames(state());
    const result = await renameAll(verdicts, createTitleInputs().inputs(stateFields()), never);
    expect(result.skipped).toBe(0);
    expect(result.steps.map((s) => `${s.from} → ${s.to}`)).toEqual(['Город → gorod_2', 'Дата рождения → data_rozhdeniia']);
    expect(state()).toEqual(['gorod_2', 'gorod', 'telegram_id', '', 'data_rozhdeniia']);
    expect(document.querySelector('label[for="field-input-100"] .label-value')?.textContent).toBe('gorod_2');
    expect(await undoRename(result.steps, never)).toEqual({ undone: 2, changedSince: 0 });
    expect(state()).toEqual(['Город', 'gorod', 'telegram_id', '', 'Дата рождения']);
  });

  it('never overwrites a title the admin changed since the plan, and undo leaves later edits alone', async () => {
    const state = editor(['Город', 'Семья']);
    const verdicts = planFieldNames(state());
    const inputs = createTitleInputs().inputs(stateFields());
    inputs[1]!.value = 'Семья и дети';
    inputs[1]!.dispatchEvent(new Event('input'));
    const result = await renameAll(verdicts, inputs, never);
    expect(result).toMatchObject({ skipped: 1 });
    expect(state()).toEqual(['gorod', 'Семья и дети']);
    inputs[0]!.value = 'city';
    expect(await undoRename(result.steps, never)).toEqual({ undone: 0, changedSince: 1 });
  });
});
