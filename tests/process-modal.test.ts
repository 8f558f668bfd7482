/**
 * Finding a «Вызвать URL» operation in a block modal (fact sheet R.2) on the rendered fixture and
 * on markups that drifted from it: another form class, no settings sections, renamed inputs, GET/POST
 * radios. Another operation's form, or another operation's fields, never count as a call URL.
 */
import { readFileSync } from 'node:fs';
import { callUrlTargets, placeBelowSettings } from '@/entrypoints/content/process-modal';

const fixture = (name: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8'), 'text/html');
const HOOK = 'https://h.albato.ru/wh/38/1lfAbCd/token/?email={object.email}';

function page(markup: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup}</body>`, 'text/html');
}

const radios = (checked: string | null, values = ['common_get_url', 'common_update_field']) =>
  values
    .map(
      (value) => `<label><input type="radio" name="operationType" value="${value}"${value === checked ? ' checked' : ''}> ${value}</label>`,
    )
    .join('');

describe('callUrlTargets on the sandbox fixtures', () => {
  it('finds the open modal’s URL and method by evidence', () => {
    const [target, ...rest] = callUrlTargets(fixture('process-editor-modal'));
    expect(rest).toHaveLength(0);
    expect(target!.found).toEqual({ form: 'class', section: 'data-attribute', url: 'http-value', method: 'select' });
    expect(target!.url.value).toMatch(/^https:\/\/h\.albato\.ru\/wh\/38\/.+\{object\.email\}/);
    expect(target!.method()).toBe('GET');
    expect(target!.section.getAttribute('data-operation-type')).toBe('common_get_url');
  });

  it.each(['process-editor', 'process-settings', 'process-create', 'offer-edit', 'offers'])(
    'finds nothing on %s (no modal open)',
    (name) => {
      expect(callUrlTargets(fixture(name))).toEqual([]);
    },
  );
});

describe('callUrlTargets on drifted markup', () => {
  it('a dialog without the block-modal-window class, found by its operationType radios', () => {
    const doc = page(`<div role="dialog"><input name="title" value="https://not.the/url"> ${radios('common_get_url')}
      <div data-operation-type="common_get_url"><select name="X[m]"><option>GET</option><option selected>POST</option></select><input name="X[u]" value="${HOOK}"></div></div>`);
    const [target] = callUrlTargets(doc);
    expect(target!.found).toEqual({ form: 'radios', section: 'data-attribute', url: 'http-value', method: 'select' });
    expect(target!.url.getAttribute('name')).toBe('X[u]');
    expect(target!.method()).toBe('POST');
  });

  it('no settings sections: the checked common_get_url radio; the title and other operations’ fields are left out', () => {
    const doc = page(`<form class="block-modal-window"><input name="title" value="https://title.example/"> ${radios('common_get_url')}
      <div data-operation-type="common_update_field"><input name="UpdateFieldOperation[value]" value="https://other.example/"></div>
      <p><input name="Renamed[target]" value=" ${HOOK}"></p>
      <label><input type="radio" name="verb" value="GET"> GET</label><label><input type="radio" name="verb" value="POST" checked> POST</label></form>`);
    const [target] = callUrlTargets(doc);
    expect(target!.found).toEqual({ form: 'class', section: 'checked-radio', url: 'http-value', method: 'radios' });
    expect(target!.url.getAttribute('name')).toBe('Renamed[target]');
    expect(target!.method()).toBe('POST');
    (doc.querySelector('input[value="GET"]') as HTMLInputElement).checked = true;
    expect(target!.method()).toBe('GET'); // read when used, not when found
  });

  it('an empty URL (a new block): the section’s first single-line field; no method control means GET', () => {
    const doc = page(`<form class="block-modal-window">${radios('common_get_url')}
      <div data-operation-type="common_get_url"><textarea name="CallUrlOperation[body]">{"a":1}</textarea><input type="url" name="CallUrlOperation[link]" value=""><input name="CallUrlOperation[header]" value=""></div></form>`);
    const [target] = callUrlTargets(doc);
    expect(target!.url.getAttribute('name')).toBe('CallUrlOperation[link]');
    expect(target!.found).toMatchObject({ url: 'first-field', method: 'none' });
    expect(target!.method()).toBe('GET');
  });

  it('another operation chosen: nothing, whatever the hidden call-URL section or the other fields hold', () => {
    const doc = page(`<form class="block-modal-window">${radios('common_update_field')}
      <div data-operation-type="common_get_url" hidden><input name="u" value="${HOOK}"></div>
      <div data-operation-type="common_update_field"><input name="v" value="${HOOK}"></div></form>`);
    expect(callUrlTargets(doc)).toEqual([]);
    (doc.querySelector('input[value="common_get_url"]') as HTMLInputElement).checked = true;
    expect(callUrlTargets(doc).map((t) => t.url.getAttribute('name'))).toEqual(['u']);
  });

  it('no operation chosen yet, or a form without radios or a call-URL section: nothing', () => {
    expect(
      callUrlTargets(
        page(
          `<form class="block-modal-window">${radios(null)}<div data-operation-type="common_get_url"><input value="${HOOK}"></div></form>`,
        ),
      ),
    ).toEqual([]);
    expect(
      callUrlTargets(page(`<form class="block-modal-window"><input name="title" value="Условие"><input value="${HOOK}"></form>`)),
    ).toEqual([]);
    expect(callUrlTargets(page(`<form><input value="${HOOK}"></form>`))).toEqual([]);
  });

  it('a form without radios but with a call-URL section still counts (the section is evidence too), unless it is hidden', () => {
    const [target] = callUrlTargets(
      page(`<form class="block-modal-window"><div data-operation-type="common_get_url"><input value="${HOOK}"></div></form>`),
    );
    expect(target!.found).toMatchObject({ form: 'class', section: 'data-attribute' });
    expect(
      callUrlTargets(
        page(`<form class="block-modal-window"><div data-operation-type="common_get_url" hidden><input value="${HOOK}"></div></form>`),
      ),
    ).toEqual([]);
  });

  it('two modals open: one target each, never the same form twice', () => {
    const one = `<form class="block-modal-window">${radios('common_get_url')}<div data-operation-type="common_get_url"><input value="${HOOK}"></div></form>`;
    expect(callUrlTargets(page(`<div class="modal">${one}</div><div class="modal">${one}</div>`))).toHaveLength(2);
  });

  it.each([
    ['HTML', `${HOOK}&x="><img src=x onerror=alert(1)>`],
    ['10 000 characters', `${HOOK}&pad=${'x'.repeat(10_000)}`],
    ['RTL and zero-width marks', `\u200b\u202e${HOOK}\u200f`],
  ])('a hostile value (%s) is just the field’s value', (_what, value) => {
    const doc = page(
      `<form class="block-modal-window">${radios('common_get_url')}<div data-operation-type="common_get_url"><input id="u"></div></form>`,
    );
    (doc.getElementById('u') as HTMLInputElement).value = value;
    const [target] = callUrlTargets(doc);
    expect(target!.url.value).toBe(value);
    expect(target!.found.url).toBe('http-value');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('placeBelowSettings', () => {
  it('appends to the call-URL section, or after the URL field’s box when there is no section', () => {
    const withSection = page(
      `<form class="block-modal-window">${radios('common_get_url')}<div data-operation-type="common_get_url"><p><input value="${HOOK}"></p></div><button>save</button></form>`,
    );
    const host = withSection.createElement('div');
    placeBelowSettings(callUrlTargets(withSection)[0]!, host);
    expect(host.parentElement?.getAttribute('data-operation-type')).toBe('common_get_url');
    const without = page(
      `<form class="block-modal-window">${radios('common_get_url')}<p class="box"><input value="${HOOK}"></p><button>save</button></form>`,
    );
    const other = without.createElement('div');
    placeBelowSettings(callUrlTargets(without)[0]!, other);
    expect(other.previousElementSibling?.className).toBe('box');
  });
});
