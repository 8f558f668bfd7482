/** Reading GetCourse's `#CustomFormValue` (fact sheet C.4, R.1): data in, fields out, never a throw. */
import { MAX_STATE_FIELDS, readCustomFormState } from '@/entrypoints/content/field-names/custom-form-state';

describe('readCustomFormState', () => {
  it('reads ids, titles and types in page order, unsaved fields without an id', () => {
    const text = JSON.stringify({
      fields: [
        { id: 2001, label: 'Город', type: 'string', required: true, settings: [] },
        { id: null, label: 'Строка', type: 'string' },
        { id: '2003', label: '', type: 'checkbox' },
      ],
    });
    expect(readCustomFormState(text)).toEqual({
      ok: true,
      fields: [
        { id: 2001, label: 'Город', type: 'string' },
        { id: null, label: 'Строка', type: 'string' },
        { id: 2003, label: '', type: 'checkbox' },
      ],
    });
  });

  it.each([
    ['truncated JSON', '{"fields":[{"id":1,"label":"a"', 'broken-json'],
    ['empty value', '', 'broken-json'],
    ['HTML', '<html>', 'broken-json'],
    ['no field list', '{"form":[]}', 'not-a-field-list'],
    ['a list of numbers', '{"fields":[1,2]}', 'not-a-field-list'],
    ['an array', '[{"id":1,"label":"a"}]', 'not-a-field-list'],
    ['null', 'null', 'not-a-field-list'],
  ])('%s is not guessed at: %s', (_name, text, reason) => {
    expect(readCustomFormState(text)).toEqual({ ok: false, reason });
  });

  it('reads a title that is not a string as none, and an id that is not a whole number as none', () => {
    const reading = readCustomFormState('{"fields":[{"id":1.5,"label":{"x":1},"type":7},{"id":"12a","label":"ok","type":"text"}]}');
    expect(reading).toEqual({
      ok: true,
      fields: [
        { id: null, label: '', type: '' },
        { id: null, label: 'ok', type: 'text' },
      ],
    });
  });

  it('keeps hostile titles exactly as they are (they are only ever shown as text)', () => {
    const hostile = ['<img src=x onerror=alert(1)>', 'x'.repeat(10_000), '\u202Eемяи\u200B'];
    const reading = readCustomFormState(JSON.stringify({ fields: hostile.map((label, id) => ({ id, label, type: 'string' })) }));
    expect(reading.ok && reading.fields.map((f) => f.label)).toEqual(hostile);
  });

  it('refuses more fields than any editor would hold', () => {
    const many = JSON.stringify({ fields: Array.from({ length: MAX_STATE_FIELDS + 1 }, (_, id) => ({ id, label: 'a', type: 'string' })) });
    expect(readCustomFormState(many)).toEqual({ ok: false, reason: 'not-a-field-list' });
  });
});
