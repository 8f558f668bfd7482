// @ts-check
/** Routes admin page paths (ref C.2) to their renderers; anything else is a 404 HTML page (ref A.8). */
import { html } from '../http-util.js';
import { CUSTOM_FIELDS_PATH, customFieldsPage } from './custom-fields.js';
import { offerListPage, offerUpdatePage } from './offers.js';
import { missionCreatePage, missionListPage, missionsByType, missionUpdatePage } from './missions.js';
import { flowchartData, processEditorPage, SCRIPT_WINDOW_PATH, scriptWindow } from './process-editor.js';
import { apiKeysPage } from './api-keys.js';
import { LOGIN_PATH, loginPage } from './session-pages.js';
import { esc, layout } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

/**
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply}
 */
export function routePage(request, school) {
  const path = request.url.pathname.replace(/\/+$/, '') || '/';
  const readOnly = request.method === 'GET' || request.method === 'HEAD';
  /** @type {Reply | null} */
  let reply = null;
  if (path === CUSTOM_FIELDS_PATH) reply = customFieldsPage(request, school);
  else if (path === '/pl/sales/offer/update') reply = offerUpdatePage(request, school);
  else if (path === '/pl/tasks/mission/update') reply = missionUpdatePage(request, school);
  else if (path === '/pl/tasks/mission/create') reply = missionCreatePage(request, school);
  else if (path === SCRIPT_WINDOW_PATH) reply = scriptWindow(request, school);
  else if (request.method === 'POST' && path === '/pl/tasks/mission/flowchart-data') reply = flowchartData(request, school);
  else if (readOnly && path === '/pl/tasks/mission/find-by-type') reply = missionsByType(request, school);
  else if (readOnly && path === '/pl/tasks/mission/process') reply = processEditorPage(request, school);
  else if (readOnly && path === '/pl/sales/offer/index') reply = offerListPage(school);
  else if (readOnly && path === '/pl/tasks/mission/index') reply = missionListPage(school);
  else if (readOnly && (path === '/saas/account/api' || path === '/pl/saas/account/api')) reply = apiKeysPage(school);
  else if (readOnly && path === LOGIN_PATH) reply = loginPage(school, request.url);
  else if (readOnly && path === '/')
    reply = html(
      200,
      layout({ school, title: 'Панель управления', controllerId: 'page', body: '<p>Песочница GetCourse: разделы в меню слева.</p>' }),
    );
  return reply ?? notFoundPage(request.url.pathname);
}

/** @param {string} path @returns {Reply} */
export function notFoundPage(path) {
  return html(
    404,
    `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Страница не найдена</title></head>
<body><h1>404</h1><p>Страница не найдена: ${esc(path)}</p></body></html>
`,
  );
}
