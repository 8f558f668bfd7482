/**
 * Following GetCourse's custom-form editor as it changes (fact sheet R.1). The editor keeps its
 * field wrappers in one list: watching that list's own children, not the whole page, keeps the
 * editor's drawing of thousands of nodes (labels, settings panels) free of our observer. Where the
 * list is not found (markup drifted, editor not there yet), the whole page is watched.
 */
import { OWN_NODE_ATTRIBUTE } from '@/entrypoints/content/ui/dom';
import { observeChanges } from '../observe';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll, selectorOf } from '../selectors/types';

/** How late a change of the page may be followed while GetCourse keeps changing it. */
export const FOLLOW_WITHIN_MS = 150;

const isPageElement = (node: Node) => node instanceof Element && !node.hasAttribute(OWN_NODE_ATTRIBUTE);

/** A batch that added or removed the page's elements outside a title (a redrawn title is a state change, not a new layout). */
export function changesLayout(records: MutationRecord[]): boolean {
  const labelText = selectorOf(S.labelText);
  for (const record of records) {
    if (record.type !== 'childList') continue;
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (target?.closest(labelText)) continue;
    for (const node of record.addedNodes) if (isPageElement(node)) return true;
    for (const node of record.removedNodes) if (isPageElement(node)) return true;
  }
  return false;
}

export function watchFieldList(onChange: (records: MutationRecord[]) => void, signal: AbortSignal) {
  let watched: Element | null = null;
  let stop = () => {};
  const list = () => queryAll(document, S.fieldList)[0] ?? null;
  const watch = () => {
    const target = list() ?? document.body;
    if (target === watched) return;
    stop();
    watched = target;
    stop = observeChanges(target, onChange, signal, { subtree: target === document.body });
  };
  watch();
  return {
    /** Moves the observer when GetCourse drew the list anew (cheap when nothing changed). */
    watch,
    /** Where the field blocks are: the list when found, else the whole page. */
    scope: (): ParentNode => list() ?? document,
  };
}
