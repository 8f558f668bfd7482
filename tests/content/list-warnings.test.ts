/**
 * The warnings beside the names in the field list take none of GetCourse's gestures (issue 24):
 * a press anywhere on a warning but our own button goes on to the field's block, as if the
 * warning were not there; a press on our button stops at our shadow root. The same in real
 * browsers, with the sandbox's click-to-select and drag: e2e/field-names.*.e2e.test.ts.
 */
import { installStyles } from '@/entrypoints/content/ui/dom';
import { WARNING_CSS } from '@/utils/content-styles';
import { createListWarnings } from '@/entrypoints/content/field-names/list-warnings';
import { planFieldNames } from '@/utils/field-plan';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';

const t = createContentT('ru', CONTENT_STRINGS.ru);
const PRESSES = ['pointerdown', 'mousedown', 'click'] as const;

/** A field block as GetCourse draws it (ref R.1) that counts the presses reaching it. */
function fieldBlock() {
  const wrapper = document.createElement('div');
  wrapper.className = 'field-wrapper';
  wrapper.innerHTML = '<div class="field custom-field"><label class="field-label"><span class="label-value">Город</span></label></div>';
  document.body.append(wrapper);
  const reached: string[] = [];
  for (const type of PRESSES) wrapper.addEventListener(type, () => reached.push(type));
  return { label: wrapper.querySelector('label')!, reached };
}

function press(target: Element) {
  for (const type of PRESSES) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
}

beforeAll(() => installStyles({ warning: WARNING_CSS }));

describe('list warnings let the field block have its gestures', () => {
  it('a press on any part of the warning but the button reaches the block; one on the button does not', () => {
    const { label, reached } = fieldBlock();
    const list = createListWarnings(t);
    list.set(label, planFieldNames(['Город'])[0]!);
    const root = label.nextElementSibling!.shadowRoot!;
    const parts = [...root.querySelectorAll('.gc-warning, .gc-warning *')].filter((part) => !part.closest('button'));
    expect(parts.length).toBeGreaterThanOrEqual(5); // the warning, what is wrong, the name, and their pieces
    for (const part of parts) {
      reached.length = 0;
      press(part);
      expect(reached, part.className || part.tagName).toEqual([...PRESSES]);
    }
    reached.length = 0;
    press(root.querySelector('button.gc-copy')!);
    expect(reached).toEqual([]);
    list.clear();
  });

  it('is one line: what is wrong in a few words, the Latin name and copy; the sentences are read out, not shown', () => {
    const { label } = fieldBlock();
    const list = createListWarnings(t);
    list.set(label, planFieldNames(['Город проживания'])[0]!);
    const root = label.nextElementSibling!.shadowRoot!;
    const shown = [...root.querySelectorAll('.gc-warning > *')].map((part) =>
      [...part.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains('gc-sr')))
        .map((node) => node.textContent)
        .join(''),
    );
    // «Город проживания» breaks two rules: Cyrillic letters and a space, each named by its key.
    const problems = `${t('fields.problem.cyrillic')}, ${t('fields.problem.spaces')}`;
    expect(shown).toEqual([`⚠ ${problems}`, '→ gorod_prozhivaniia', t('common.copy'), '']);
    expect(root.querySelector('.gc-warning')!.textContent).toContain(t('fields.invisible', { problems }));
    expect(label.nextElementSibling!.classList.contains('gc-in-list')).toBe(true);
    list.clear();
  });
});
