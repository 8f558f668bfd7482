/**
 * Inline warnings for custom-field names Albato can't see (Latin + "_" rule, fact sheet 0.10/E.1),
 * on the user- and order-field pages: one warning beside each bad name in the list, a live warning
 * under the create/edit name input with "use this name", and a page summary with a rename plan.
 * Follows the page as it changes (late lists, dialogs); removes everything when the run is aborted.
 * After the first full scan, each batch of page changes is handled from its mutation records, so
 * its cost follows the size of the change, not the size of the list.
 *
 * Test URLs: /pl/logic/context/custom-fields?contextName=UserContext (and DealContext, &fieldId=N)
 */
import { renderSummary } from '@/components/content/field-summary';
import { shadowHost } from '@/components/content/dom';
import { SUMMARY_CSS } from '@/components/content/styles';
import { CS_TO_BG } from '@/utils/messages';
import { sendToBackground } from '@/utils/send';
import type { ContentFeature } from '../feature';
import { diagnosePage } from '../diagnose';
import { createFormWarnings } from '../field-names/form-warnings';
import { createListWarnings } from '../field-names/list-warnings';
import { createPageNames, type PageNames } from '../field-names/page-names';
import { measured, observeChanges } from '../observe';
import { CUSTOM_FIELD_SELECTORS as S } from '../selectors/custom-fields';
import { queryAll, selectorOf } from '../selectors/types';

const LABEL = selectorOf(S.listLabel);
const NAME_INPUT = selectorOf(S.nameInput);
/** Above this many added nodes in one batch, re-read the list with one query instead of per node. */
const WHOLE_LIST_ABOVE = 200;
/** Labels read at once when a whole list arrives (about two screens); then this many per task. */
const FIRST_CHUNK = 60;
const LATER_CHUNK = 500;

interface Tracked {
  text: string;
  /** the n-th label showing this name gets the n-th verdict for it (two fields may share a name) */
  occurrence: number;
}

export const fieldNameWarnings: ContentFeature = {
  id: 'field-name-warnings',
  include: (pageKind) => pageKind === 'user-fields' || pageKind === 'deal-fields',
  init({ pageKind, url, signal, standard, t }) {
    const context = pageKind === 'deal-fields' ? 'deal' : 'user';
    const pageNames = createPageNames(standard);
    const list = createListWarnings(t);
    const forms = createFormWarnings(t, signal, standard);
    const summary = shadowHost('summary', SUMMARY_CSS, 'div');
    const tracked = new Map<Element, Tracked>();
    const seenCount = new Map<string, number>();
    let page: PageNames = pageNames.update(() => []);
    let appliedKey: string | null = null;

    const listTexts = () => [...tracked.values()].map((entry) => entry.text);
    const apply = (label: Element, entry: Tracked) => {
      const same = page.byName.get(entry.text);
      const verdict = same?.[Math.min(entry.occurrence, same.length - 1)];
      list.set(label, verdict && verdict.problems.length > 0 ? verdict : null);
    };
    const track = (label: Element) => {
      const text = (label.textContent ?? '').trim();
      if (tracked.get(label)?.text === text) return;
      const occurrence = seenCount.get(text) ?? 0;
      seenCount.set(text, occurrence + 1);
      const entry = { text, occurrence };
      tracked.set(label, entry);
      apply(label, entry);
    };
    const untrackDetached = () => {
      for (const label of tracked.keys()) {
        if (label.isConnected) continue;
        tracked.delete(label);
        list.forget(label);
      }
    };

    // Labels beyond the first chunk wait for the following tasks, so the first warnings are on
    // screen before thousands of rows have been read.
    let backlog: Element[] = [];
    let pumping = 0;
    const pump = measured('gc-albato:field-deferred', () => {
      pumping = 0;
      for (const label of backlog.splice(0, LATER_CHUNK)) if (label.isConnected) track(label);
      if (backlog.length > 0) pumping = window.setTimeout(pump, 0);
    });
    const trackInChunks = (labels: Element[]) => {
      for (const label of labels.slice(0, FIRST_CHUNK)) track(label);
      backlog = labels.slice(FIRST_CHUNK);
      if (backlog.length > 0 && !pumping) pumping = window.setTimeout(pump, 0);
    };

    const refresh = () => {
      page = pageNames.update(listTexts);
      if (appliedKey !== page.key) {
        appliedKey = page.key;
        // The full list from #CustomFormValue lets the process editor check {object.<title>} variables.
        if (pageNames.hasState()) void sendToBackground({ type: CS_TO_BG.schoolFields, context, titles: page.names.slice(0, 5000) });
        for (const [label, entry] of tracked) apply(label, entry);
        renderSummary(summary.root, { verdicts: page.verdicts, context, diagnose: () => diagnosePage(t, pageKind, url, S) }, t);
      }
      const main = queryAll(document, S.mainContent)[0];
      if (main && !summary.host.isConnected) {
        const heading = main.querySelector('h1');
        if (heading) heading.after(summary.host);
        else main.prepend(summary.host);
      }
    };

    const fullScan = measured('gc-albato:field-scan', () => {
      trackInChunks(queryAll(document, S.listLabel));
      untrackDetached();
      forms.update(queryAll<HTMLInputElement>(document, S.nameInput), () => page);
      refresh();
    });

    const onMutations = measured('gc-albato:field-scan', (records: MutationRecord[]) => {
      let removed = false;
      let inputs = false;
      const touched = new Set<Element>();
      let added = 0;
      for (const record of records) {
        if (record.removedNodes.length > 0) removed = true;
        added += record.addedNodes.length;
      }
      if (added > WHOLE_LIST_ABOVE) {
        // A whole list arrived: one query of the document beats a query per added node, and the
        // first screen of it is handled now, the rest in the next tasks.
        trackInChunks(queryAll(document, S.listLabel));
        inputs = true;
      } else {
        for (const record of records) {
          const changedLabel = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest(LABEL);
          if (changedLabel) touched.add(changedLabel);
          for (const node of record.addedNodes) {
            if (!(node instanceof Element)) continue;
            if (node.matches(LABEL)) touched.add(node);
            for (const label of node.querySelectorAll(LABEL)) touched.add(label);
            if (node.matches(NAME_INPUT) || node.querySelector(NAME_INPUT)) inputs = true;
          }
        }
        for (const label of touched) track(label);
      }
      if (removed) untrackDetached();
      if (inputs || removed) forms.update(queryAll<HTMLInputElement>(document, S.nameInput), () => page);
      refresh();
    });

    fullScan();
    observeChanges(document.body, onMutations, signal);
    signal.addEventListener('abort', () => {
      clearTimeout(pumping);
      list.clear();
      forms.clear();
      summary.host.remove();
    }, { once: true });
  },
};
