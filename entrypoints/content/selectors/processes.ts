/** Anchors on GetCourse's process pages (settings and editor). See ./types.ts. */
import type { SelectorSpec } from './types';

export const PROCESS_SELECTORS = {
  /** «Одобрено»: the checkbox Albato's help means by "галочка в настройках процесса" ([INF] ref C.5). */
  approved: {
    css: ['input#paramsobject-approved', 'input[type="checkbox"][name="ParamsObject[approved]"]'],
    source: 'ref C.5 [INF from 3 independent 3P sources]',
    fixtures: { 'process-settings': 1 },
  },
  /** The process's object type: 41 users, 42 orders (ref C.2 find-by-type, C.5 Mission[object_type_id]). */
  objectType: {
    css: ['select[name="Mission[object_type_id]"]'],
    source: 'ref C.2, C.5 [3P re-code]',
    fixtures: { 'process-settings': 1 },
  },
  /** The URL field of a «Вызвать URL» operation in the editor. */
  callUrlInput: {
    css: [
      '.operation-flowchart-block input.call-url-url', // sandbox A25: block classes from ref C.5, inside invented
    ],
    source: 'assumption: sandbox A25 (ref C.5 documents only the block classes)',
    fixtures: { 'process-editor': 1 },
  },
  /** The method select (GET/POST) of the same «Вызвать URL» block; found from the URL input's block. */
  callUrlMethod: {
    css: [
      '.operation-flowchart-block select.call-url-method', // sandbox A25, as callUrlInput
    ],
    source: 'assumption: sandbox A25 (ref C.5: "method GET/POST" is a choice in the operation)',
    fixtures: { 'process-editor': 1 },
  },
  /** One operation block of the editor (ref C.5 [3P DAZY]: `.flowchart-block`, `<kind>-flowchart-block`). */
  operationBlock: {
    css: ['.operation-flowchart-block'],
    source: 'ref C.5 [3P DAZY minimap userscript], unverified',
    fixtures: { 'process-editor': 1 },
  },
} satisfies Record<string, SelectorSpec>;
