/**
 * Anchors on GetCourse's process pages (settings, create, editor). See ./types.ts.
 * The «Вызвать URL» URL and method inputs have no anchor here on purpose: their names were not
 * found (ref R.2), so entrypoints/content/process-modal.ts recognises them by what they hold.
 */
import type { SelectorSpec } from './types';

/** ref R.2: the value of the «Вызвать URL» operation's radio and of its settings' `data-operation-type`. */
export const CALL_URL_OPERATION = 'common_get_url';

export const PROCESS_SELECTORS = {
  /** «Одобрено»: the checkbox Albato's help means by "галочка в настройках процесса" ([INF] ref C.5). */
  approved: {
    css: ['input#paramsobject-approved', 'input[type="checkbox"][name="ParamsObject[approved]"]'],
    source: 'ref R.2 (confirmed by two sources), C.5',
    fixtures: { 'process-settings': 1 },
  },
  /** The process's object type: 41 users, 42 orders (ref C.2). Seen on /create only; read on /update if it is ever there. */
  objectType: {
    css: ['select#mission-object_type_id', 'select[name="Mission[object_type_id]"]'],
    source: 'ref R.2 (on /pl/tasks/mission/create; NOT FOUND on /update), C.5',
    fixtures: { 'process-create': 1 },
  },
  /** A block on the editor's canvas: it shows the block's title, never the URL. */
  canvasBlock: {
    css: ['#flowchart .flowchart-block'],
    source: 'ref R.2 [3P DAZY userscript, a selector map checked on a live account]',
    fixtures: { 'process-editor': 3, 'process-editor-modal': 3 },
  },
  /** The form of an opened block (double click / add block): the first way to find it. */
  blockForm: {
    css: ['form.block-modal-window'],
    source: 'ref R.2',
    fixtures: { 'process-editor-modal': 1 },
  },
  /** The operation choice inside the block form; also the second way to find the form (by meaning). */
  operationRadio: {
    css: ['input[type="radio"][name="operationType"]'],
    source: 'ref R.2',
    fixtures: { 'process-editor-modal': 3 },
  },
  /** The «Вызвать URL» operation's own settings (its URL and method are inside). */
  callUrlSection: {
    css: [`[data-operation-type="${CALL_URL_OPERATION}"]`],
    source: 'ref R.2',
    fixtures: { 'process-editor-modal': 1 },
  },
} satisfies Record<string, SelectorSpec>;
