/**
 * Where each field of the editor's state is shown on the page, found by data first:
 * 1. `label[for="field-input-<id>"]` — the id from the state (fact sheet R.1);
 * 2. position — the editor draws one `.custom-field` per state entry, in the same order (R.1: the
 *    state is built by walking them), which also covers new fields that have no id yet;
 * 3. exact title text — if GetCourse's markup drifts, an element inside the editor (or the main
 *    content) whose whole text is the title (a trailing «*» of required fields aside).
 * Fields found by none of them are counted, so the summary and "Diagnose this page" can say so.
 */
import type { StateField } from '@/entrypoints/content/field-names/custom-form-state';
import { OWN_NODE_ATTRIBUTE } from '@/entrypoints/content/ui/dom';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll, selectorOf } from '../selectors/types';

export interface FieldAnchors {
  /** per state field (same index): the element the field's warning goes after, or null */
  anchors: (Element | null)[];
  found: { byId: number; byPosition: number; byText: number; missing: number };
}

const ID_PREFIX = 'field-input-';

/** Text of an element as a title: trimmed, the required sign dropped. */
function titleText(element: Element): string {
  return (element.textContent ?? '').trim().replace(/\s*\*$/, '');
}

/** First element per exact text inside `root`, skipping inputs and the extension's own views. */
function elementsByText(root: ParentNode, wanted: Set<string>): Map<string, Element> {
  const byText = new Map<string, Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && byText.size < wanted.size; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest(`[${OWN_NODE_ATTRIBUTE}], textarea, select, option, script, style`)) continue;
    const text = titleText(element);
    if (wanted.has(text) && !byText.has(text)) byText.set(text, element);
  }
  return byText;
}

/**
 * `scope`: where the field blocks are (the editor's list when known: querying it alone skips the
 * settings panels, which hold most of the editor's nodes).
 */
export function locateFieldAnchors(fields: readonly StateField[], scope: ParentNode = document): FieldAnchors {
  const anchors: (Element | null)[] = fields.map(() => null);
  const found = { byId: 0, byPosition: 0, byText: 0, missing: 0 };

  const labels = queryAll(scope, S.fieldLabel);
  const byId = new Map<number, Element>();
  for (const label of labels) {
    const target = label.getAttribute('for') ?? '';
    if (target.startsWith(ID_PREFIX)) byId.set(Number(target.slice(ID_PREFIX.length)), label);
  }
  fields.forEach((field, i) => {
    const label = field.id === null ? undefined : byId.get(field.id);
    if (label) {
      anchors[i] = label;
      found.byId += 1;
    }
  });

  if (found.byId < fields.length) {
    const blocks = queryAll(scope, S.fieldBlock);
    if (blocks.length === fields.length) {
      const labelOf = new Map<Element, Element>();
      const blockCss = selectorOf(S.fieldBlock);
      for (const label of labels) {
        const block = label.closest(blockCss);
        if (block && !labelOf.has(block)) labelOf.set(block, label);
      }
      blocks.forEach((block, i) => {
        const label = anchors[i] ? undefined : labelOf.get(block);
        if (label) {
          anchors[i] = label;
          found.byPosition += 1;
        }
      });
    }
  }

  const wanted = new Set(fields.filter((field, i) => !anchors[i] && field.label.trim() !== '').map((field) => field.label.trim()));
  if (wanted.size > 0) {
    const root = queryAll(document, S.editor)[0] ?? queryAll(document, S.mainContent)[0];
    const byText = root ? elementsByText(root, wanted) : new Map<string, Element>();
    const used = new Set<Element>();
    fields.forEach((field, i) => {
      if (anchors[i]) return;
      const element = byText.get(field.label.trim());
      if (element && !used.has(element)) {
        used.add(element);
        anchors[i] = element.closest('label') ?? element;
        found.byText += 1;
      }
    });
  }
  found.missing = anchors.filter((anchor, i) => !anchor && (fields[i]?.label.trim() ?? '') !== '').length;
  return { anchors, found };
}
