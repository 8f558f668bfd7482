/**
 * Calls `onChange` at most once per animation frame after the page's DOM changed, ignoring
 * changes made only inside the extension's own hosts (so re-rendering a warning does not trigger
 * another scan). One observer per feature run, disconnected when the run is aborted.
 */
import { OWN_NODE_ATTRIBUTE } from '@/components/content/dom';

function isOwn(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest(`[${OWN_NODE_ATTRIBUTE}]`));
}

function onlyOwn(record: MutationRecord): boolean {
  if (record.type === 'characterData') return isOwn(record.target);
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute(OWN_NODE_ATTRIBUTE));
}

export function observeChanges(root: Node, onChange: () => void, signal: AbortSignal): void {
  let scheduled = 0;
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(onlyOwn)) return;
    scheduled = requestAnimationFrame(() => {
      scheduled = 0;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelAnimationFrame(scheduled);
  }, { once: true });
}
