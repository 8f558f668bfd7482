// @ts-check
/**
 * Processes (ref C.2, C.5): list, settings form with «Одобрено» (`#paramsobject-approved`) and the
 * process editor with «Вызвать URL» blocks (`#flowchart .flowchart-container .operation-flowchart-block`).
 */
import { html, redirect } from '../http-util.js';
import { csrfInput, esc, layout } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').Mission} Mission */
/** @typedef {import('../types.js').ProcessBlock} ProcessBlock */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

const OBJECT_TYPES = /** @type {const} */ ([[41, 'Пользователи'], [42, 'Заказы']]); // ref C.2 objectTypeId 41 / 42

/** @param {41 | 42} id */
const objectTypeLabel = (id) => OBJECT_TYPES.find(([value]) => value === id)?.[1] ?? '';

/** @param {School} school @returns {Reply} */
export function missionListPage(school) {
  const rows = school.missions
    .map(
      (m) =>
        `<tr class="mission-row" data-mission-id="${m.id}"><td>${m.id}</td><td><a href="/pl/tasks/mission/update?id=${m.id}">${esc(m.title)}</a></td><td>${esc(objectTypeLabel(m.objectTypeId))}</td><td>${m.approved ? 'Одобрено' : 'Не одобрено'}</td><td><a href="/pl/tasks/mission/process?id=${m.id}">Процесс</a></td></tr>`,
    )
    .join('\n');
  const body = `<table class="table missions-table"><thead><tr><th>ID</th><th>Название</th><th>Объект</th><th>Статус</th><th></th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  return html(200, layout({ school, title: 'Процессы', controllerId: 'mission', body }));
}

/** @param {Mission} mission @param {'general' | 'process'} active */
function tabs(mission, active) {
  const tab = (/** @type {string} */ href, /** @type {string} */ label, /** @type {boolean} */ on) => `<li${on ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`;
  return `<ul class="nav nav-tabs">${tab(`/pl/tasks/mission/update?id=${mission.id}`, 'Общее', active === 'general')}${tab(`/pl/tasks/mission/process?id=${mission.id}`, 'Процесс', active === 'process')}</ul>`;
}

/**
 * Settings; a POST saves title, object type and «Одобрено» (`ParamsObject[approved]`, ref C.5) and redirects back.
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null}
 */
export function missionUpdatePage(request, school) {
  const mission = school.missions.find((m) => String(m.id) === request.url.searchParams.get('id'));
  if (!mission) return null;
  if (request.method === 'POST') {
    const form = new URLSearchParams(request.body);
    const title = (form.get('Mission[title]') ?? '').trim();
    if (title !== '') mission.title = title;
    mission.description = form.get('Mission[description]') ?? mission.description;
    const type = Number(form.get('Mission[object_type_id]'));
    if (type === 41 || type === 42) mission.objectTypeId = type;
    // Yii posts a hidden "0" before the checkbox; the last value wins.
    mission.approved = form.getAll('ParamsObject[approved]').at(-1) === '1';
    return redirect(`/pl/tasks/mission/update?id=${mission.id}`);
  }
  const options = OBJECT_TYPES.map(([value, label]) => `<option value="${value}"${mission.objectTypeId === value ? ' selected' : ''}>${label}</option>`).join('');
  const body = `${tabs(mission, 'general')}
<form class="mission-form" method="post" action="/pl/tasks/mission/update?id=${mission.id}">
${csrfInput(school)}
<div class="form-group"><label for="mission-title">Название</label>
<input type="text" id="mission-title" name="Mission[title]" value="${esc(mission.title)}"></div>
<div class="form-group"><label for="mission-description">Описание</label>
<textarea id="mission-description" name="Mission[description]">${esc(mission.description)}</textarea></div>
<div class="form-group"><label for="mission-object_type_id">Объект</label>
<select id="mission-object_type_id" name="Mission[object_type_id]">${options}</select></div>
<div class="form-group checkbox"><input type="hidden" name="ParamsObject[approved]" value="0">
<label><input type="checkbox" id="paramsobject-approved" name="ParamsObject[approved]" value="1"${mission.approved ? ' checked' : ''}> Одобрено</label></div>
<button type="submit" class="btn btn-primary save-mission">Сохранить</button>
</form>`;
  return html(200, layout({ school, title: `Процесс «${mission.title}»`, controllerId: 'mission', body }));
}

/**
 * The editor (ref C.5 DOM: `#flowchart`, `.flowchart-container`, `.flowchart-block.<kind>-flowchart-block`, ids `fwb<id>`).
 * ASSUMPTION (see sandbox/README.md#assumptions): the inside of a «Вызвать URL» block (select + URL input) is invented.
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null}
 */
export function missionProcessPage(request, school) {
  const mission = school.missions.find((m) => String(m.id) === request.url.searchParams.get('id'));
  if (!mission) return null;
  const body = `${tabs(mission, 'process')}
<div id="flowchart"><div class="flowchart-container">
${mission.blocks.map(blockHtml).join('\n')}
</div></div>`;
  return html(200, layout({ school, title: `Процесс «${mission.title}»`, controllerId: 'mission', body }));
}

/** @param {ProcessBlock} block */
function blockHtml(block) {
  const head = `<div id="fwb${block.id}" class="flowchart-block ${block.kind}-flowchart-block" data-block-id="${block.id}"`;
  if (block.kind !== 'operation' || block.url === undefined) return `${head}><div class="block-title">${esc(block.title)}</div></div>`;
  const methods = ['GET', 'POST'].map((m) => `<option value="${m}"${block.method === m ? ' selected' : ''}>${m}</option>`).join('');
  return `${head} data-operation="call_url"><div class="block-title">${esc(block.title)}</div>
<label>Метод <select class="call-url-method" name="Operation[${block.id}][method]">${methods}</select></label>
<label>URL <input type="text" class="call-url-url" name="Operation[${block.id}][url]" value="${esc(block.url)}"></label></div>`;
}
