// @ts-check
/**
 * Processes (ref C.2, R.2, R.3): the list (a GridView), the settings form with «Одобрено»
 * (`#paramsobject-approved`, confirmed; no object-type select: NOT FOUND on /update), the create
 * form (the only page with `#mission-object_type_id`) and the processes of one type as JSON.
 * The editor is in process-editor.js.
 */
import { html, json, redirect } from '../http-util.js';
import { csrfInput, esc, layout } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').Mission} Mission */
/** @typedef {import('../types.js').ObjectTypeId} ObjectTypeId */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

/**
 * ref R.2: 41 users, 42 orders, 58 purchases, 27 calls. ASSUMPTION (see sandbox/README.md#assumptions, A39): the labels.
 * @type {ReadonlyArray<[ObjectTypeId, string]>}
 */
export const OBJECT_TYPES = [
  [41, 'Пользователи'],
  [42, 'Заказы'],
  [58, 'Покупки'],
  [27, 'Звонки'],
];

/** @param {number} value @returns {value is ObjectTypeId} */
const isObjectType = (value) => OBJECT_TYPES.some(([id]) => id === value);

/**
 * ref R.3: admin lists are Yii2 GridViews (`table.kv-grid-table`, rows `tr[data-key]`).
 * ASSUMPTION (see sandbox/README.md#assumptions, A39): the columns.
 * @param {School} school @returns {Reply}
 */
export function missionListPage(school) {
  const rows = school.missions
    .map(
      (m) =>
        `<tr data-key="${m.id}"><td>${m.id}</td><td><a href="/pl/tasks/mission/update?id=${m.id}">${esc(m.title)}</a></td><td><a href="/pl/tasks/mission/process?id=${m.id}">Процесс</a></td></tr>`,
    )
    .join('\n');
  const body = `<p><a class="btn btn-success" href="/pl/tasks/mission/create">Создать процесс</a></p>
<div id="w0" class="grid-view"><table class="table table-striped table-bordered kv-grid-table"><thead><tr><th>ID</th><th>Название</th><th></th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
  return html(200, layout({ school, title: 'Процессы', controllerId: 'mission', body }));
}

/** @param {Mission} mission @param {'general' | 'process'} active */
export function missionTabs(mission, active) {
  const tab = (/** @type {string} */ href, /** @type {string} */ label, /** @type {boolean} */ on) =>
    `<li${on ? ' class="active"' : ''}><a href="${href}">${label}</a></li>`;
  return `<ul class="nav nav-tabs">${tab(`/pl/tasks/mission/update?id=${mission.id}`, 'Общее', active === 'general')}${tab(`/pl/tasks/mission/process?id=${mission.id}`, 'Процесс', active === 'process')}</ul>`;
}

/**
 * Settings; a POST saves title, description and «Одобрено» (`ParamsObject[approved]`, ref C.5, R.2) and redirects back.
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
    // Yii posts a hidden "0" before the checkbox; the last value wins.
    mission.approved = form.getAll('ParamsObject[approved]').at(-1) === '1';
    return redirect(`/pl/tasks/mission/update?id=${mission.id}`);
  }
  const body = `${missionTabs(mission, 'general')}
<form class="mission-form" method="post" action="/pl/tasks/mission/update?id=${mission.id}">
${csrfInput(school)}
${titleAndDescription(mission.title, mission.description)}
<div class="form-group checkbox"><input type="hidden" name="ParamsObject[approved]" value="0">
<label><input type="checkbox" id="paramsobject-approved" name="ParamsObject[approved]" value="1"${mission.approved ? ' checked' : ''}> Одобрено</label></div>
<button type="submit" class="btn btn-primary save-mission">Сохранить</button>
</form>`;
  return html(200, layout({ school, title: `Процесс «${mission.title}»`, controllerId: 'mission', body }));
}

/** @param {string} title @param {string} description */
function titleAndDescription(title, description) {
  return `<div class="form-group"><label for="mission-title">Название</label>
<input type="text" id="mission-title" name="Mission[title]" value="${esc(title)}"></div>
<div class="form-group"><label for="mission-description">Описание</label>
<textarea id="mission-description" name="Mission[description]">${esc(description)}</textarea></div>`;
}

/**
 * `/pl/tasks/mission/create` (ref C.2, R.2: `#mission-object_type_id` is seen here): a POST creates the
 * process with a start and a finish block and redirects to its settings.
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply}
 */
export function missionCreatePage(request, school) {
  let error = '';
  if (request.method === 'POST') {
    const form = new URLSearchParams(request.body);
    const title = (form.get('Mission[title]') ?? '').trim();
    const type = Number(form.get('Mission[object_type_id]'));
    if (title === '') error = 'Необходимо заполнить «Название».';
    else if (!isObjectType(type)) error = 'Выберите объект процесса.';
    else {
      const id = Math.max(100, ...school.missions.map((m) => m.id)) + 1;
      const blocks = [
        { id: 1, kind: /** @type {const} */ ('start'), title: 'Начало работы' },
        { id: 2, kind: /** @type {const} */ ('finish'), title: 'Завершение процесса' },
      ];
      school.missions.push({ id, title, description: form.get('Mission[description]') ?? '', objectTypeId: type, approved: false, blocks });
      return redirect(`/pl/tasks/mission/update?id=${id}`);
    }
  }
  const options = OBJECT_TYPES.map(([value, label]) => `<option value="${value}">${esc(label)}</option>`).join('');
  const body = `<form class="mission-form" method="post" action="/pl/tasks/mission/create">
${csrfInput(school)}
${error ? `<div class="error-summary">${esc(error)}</div>` : ''}
${titleAndDescription('', '')}
<div class="form-group"><label for="mission-object_type_id">Объект</label>
<select id="mission-object_type_id" name="Mission[object_type_id]">${options}</select></div>
<button type="submit" class="btn btn-primary save-mission">Создать</button>
</form>`;
  return html(200, layout({ school, title: 'Новый процесс', controllerId: 'mission', body }));
}

/**
 * `/pl/tasks/mission/find-by-type?objectTypeId=41|42` (ref C.2, R.2) → `{models:[…]}`.
 * ASSUMPTION (see sandbox/README.md#assumptions, A39): each model is `{id, title}`; any other or
 * missing type lists nothing.
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply}
 */
export function missionsByType(request, school) {
  const type = Number(request.url.searchParams.get('objectTypeId'));
  return json(200, { models: school.missions.filter((m) => m.objectTypeId === type).map((m) => ({ id: m.id, title: m.title })) });
}
