// @ts-check
/**
 * The process editor (ref R.2): `/pl/tasks/mission/process?id=N` draws its canvas from
 * `POST /pl/tasks/mission/flowchart-data?id=N` after load — blocks `div#fwb<id>.flowchart-block.<kind>-flowchart-block`
 * showing only their title in `span.flowchart-block-name` — and opens a block (double click, or
 * «Добавить блок») in a modal whose form is `form.block-modal-window` (action with `scriptId` and
 * `blockType`): `title`, `operationType` radios, each operation's settings under
 * `[data-operation-type]`, buttons `save` / `copy` / `delete`. Saving posts the form and redraws.
 * ASSUMPTION (see sandbox/README.md#assumptions, A25): the modal arrives as HTML from
 * `/pl/tasks/mission/script-window`, which also takes the POST and answers JSON; the modal's chrome is invented.
 */
import { html, json } from '../http-util.js';
import { csrfInput, esc, layout, scriptJson } from './html.js';
import { operationControls, readOperation } from './process-operations.js';
import { EDITOR_SCRIPT } from './process-editor-script.js';
import { missionTabs } from './missions.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').Mission} Mission */
/** @typedef {import('../types.js').ProcessBlock} ProcessBlock */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

export const SCRIPT_WINDOW_PATH = '/pl/tasks/mission/script-window';

/** @param {School} school @param {string | null} id */
const missionById = (school, id) => school.missions.find((m) => String(m.id) === id);

/** @param {RequestInfo} request @param {School} school @returns {Reply | null} */
export function processEditorPage(request, school) {
  const mission = missionById(school, request.url.searchParams.get('id'));
  if (!mission) return null;
  const config = {
    missionId: mission.id,
    flowchartDataUrl: `/pl/tasks/mission/flowchart-data?id=${mission.id}`,
    scriptWindowUrl: `${SCRIPT_WINDOW_PATH}?missionId=${mission.id}`,
  };
  const body = `${missionTabs(mission, 'process')}
<p><button type="button" class="btn btn-default add-block-button">Добавить блок</button></p>
<div id="flowchart"><div class="flowchart-container"></div></div>
<script>var flowchartConfig = ${scriptJson(config)};</script>
<script>${EDITOR_SCRIPT}</script>`;
  return html(200, layout({ school, title: `Процесс «${mission.title}»`, controllerId: 'mission', body }));
}

/**
 * `POST /pl/tasks/mission/flowchart-data?id=N` (ref R.2): `{data:{flowchartData:{blocks:[{id,name,cssClass,…}],connections}}}`;
 * `coord` and the connection shape are ours (A25). Operation settings are not in it (R.2: not found).
 * @param {RequestInfo} request @param {School} school @returns {Reply | null}
 */
export function flowchartData(request, school) {
  const mission = missionById(school, request.url.searchParams.get('id'));
  if (!mission) return null;
  const blocks = mission.blocks.map((b, i) => ({
    id: b.id,
    name: b.title,
    cssClass: `${b.kind}-flowchart-block`,
    coord: { left: 40 + 230 * i, top: 60 },
  }));
  const connections = mission.blocks.slice(1).map((b, i) => ({ sourceId: mission.blocks[i]?.id, targetId: b.id }));
  return json(200, { data: { flowchartData: { blocks, connections } } });
}

/**
 * GET: the modal of one operation block (`scriptId`) or of a new one (no `scriptId`); POST: saves it
 * (`save`), saves a copy (`copy`) or deletes it (`delete`) and answers `{success, scriptId, isInsert}`.
 * @param {RequestInfo} request @param {School} school @returns {Reply | null}
 */
export function scriptWindow(request, school) {
  const params = request.url.searchParams;
  const mission = missionById(school, params.get('missionId'));
  if (!mission) return null;
  const scriptId = params.get('scriptId') ?? '';
  const block = scriptId === '' ? undefined : mission.blocks.find((b) => String(b.id) === scriptId && b.kind === 'operation');
  if (scriptId !== '' && !block) return null;
  if (request.method === 'POST') return json(200, saveBlock(mission, block, new URLSearchParams(request.body)));
  return html(200, blockModal(school, mission, block));
}

/**
 * @param {Mission} mission
 * @param {ProcessBlock | undefined} block
 * @param {URLSearchParams} form
 */
function saveBlock(mission, block, form) {
  if (form.has('delete')) {
    if (!block) return { success: false, error: 'Блок ещё не сохранён' };
    mission.blocks = mission.blocks.filter((b) => b !== block);
    return { success: true, scriptId: block.id, isInsert: false };
  }
  const operation = readOperation(form);
  if (!operation) return { success: false, error: 'Выберите операцию' };
  const title = (form.get('title') ?? '').trim() || 'Операция';
  if (block && !form.has('copy')) {
    Object.assign(block, { title, ...operation });
    return { success: true, scriptId: block.id, isInsert: false };
  }
  const id = Math.max(0, ...mission.blocks.map((b) => b.id)) + 1;
  const finishAt = mission.blocks.findIndex((b) => b.kind === 'finish');
  mission.blocks.splice(finishAt < 0 ? mission.blocks.length : finishAt, 0, { id, kind: 'operation', title, ...operation });
  return { success: true, scriptId: id, isInsert: true };
}

/**
 * @param {School} school
 * @param {Mission} mission
 * @param {ProcessBlock | undefined} block
 */
function blockModal(school, mission, block) {
  const action = `${SCRIPT_WINDOW_PATH}?missionId=${mission.id}&scriptId=${block?.id ?? ''}&blockType=operation`;
  return `<div class="modal block-modal" role="dialog" aria-modal="true" aria-labelledby="block-modal-title">
<div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Закрыть">×</button>
<h4 class="modal-title" id="block-modal-title">${block ? `Блок «${esc(block.title)}»` : 'Новый блок'}</h4></div>
<form class="block-modal-window" method="post" action="${esc(action)}">
<div class="modal-body">
${csrfInput(school)}
<div class="form-group"><label for="block-title">Название блока</label>
<input type="text" id="block-title" class="form-control run-block-title-input" name="title" value="${esc(block?.title ?? '')}"></div>
${operationControls(school, block?.operationType, block?.settings ?? {})}
<p class="block-modal-error text-danger" role="alert"></p>
</div>
<div class="modal-footer">
<button type="submit" name="save" class="btn btn-primary">Сохранить</button>
<button type="submit" name="copy" class="btn btn-default"${block ? '' : ' disabled'}>Сохранить копию</button>
<button type="submit" name="delete" class="btn btn-danger"${block ? '' : ' disabled'}>Удалить</button>
</div>
</form>
</div></div></div>`;
}
