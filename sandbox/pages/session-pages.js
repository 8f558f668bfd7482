// @ts-check
/**
 * Pages a browser sees when the session does not let it in: the login page (ref C.2 `/cms/system/login`)
 * and the 403 page of an employee without admin rights (ref E.1).
 * ASSUMPTION (see sandbox/README.md#assumptions, A36, A37): both pages' markup is invented.
 */
import { html } from '../http-util.js';
import { esc, scriptJson } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../http-util.js').Reply} Reply */

export const LOGIN_PATH = '/cms/system/login'; // ref C.2

/**
 * A bare page without the admin chrome (`#gcAccountUserMenu` is an admin's menu, ref C.1).
 * @param {{ school: School, title: string, globals: Record<string, unknown>, bodyClass: string, body: string }} page
 */
function barePage({ school, title, globals, bodyClass, body }) {
  return `<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} — ${esc(school.host)}</title></head>
<body class="${esc(bodyClass)}">
<script>(function (g) { Object.assign(window, g); })(${scriptJson(globals)});</script>
<div class="gc-account-logo"><a href="/">${esc(school.host)}</a></div>
${body}
</body>
</html>
`;
}

/**
 * The login form; `window.accountUserId` is `'-1'` when logged out (ref C.1).
 * @param {School} school
 * @param {URL} url the login URL, whose `return` is where to go after logging in
 * @returns {Reply}
 */
export function loginPage(school, url) {
  const back = url.searchParams.get('return') ?? '/';
  const body = `<form class="login-form" method="post" action="${LOGIN_PATH}?return=${esc(encodeURIComponent(back))}">
<h1>Вход</h1>
<div class="form-group"><label for="login-email">Эл. почта</label><input type="email" id="login-email" name="email" autocomplete="username"></div>
<div class="form-group"><label for="login-password">Пароль</label><input type="password" id="login-password" name="password" autocomplete="current-password"></div>
<button type="submit" class="btn btn-primary">Войти</button>
</form>`;
  return html(
    200,
    barePage({
      school,
      title: 'Вход',
      globals: { accountId: school.accountId, accountUserId: '-1', controllerId: 'system' },
      bodyClass: 'gc-login-page',
      body,
    }),
  );
}

/**
 * HTTP 403 for a logged-in employee who lacks admin and account-settings rights (ref E.1).
 * @param {School} school
 * @returns {Reply}
 */
export function accessDeniedPage(school) {
  const body = `<div class="gc-main-content gc-access-denied">
<h1>Доступ запрещен</h1>
<p>У вас нет прав для просмотра этой страницы. Обратитесь к администратору школы.</p>
<p><a href="/">На главную</a></p>
</div>`;
  const globals = { accountId: school.accountId, accountUserId: '2', controllerId: 'saas', userInfo: { isAdmin: false, isTeacher: false } };
  return html(403, barePage({ school, title: 'Доступ запрещен', globals, bodyClass: 'gc-account-layout', body }));
}
