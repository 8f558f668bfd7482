// @ts-check
/** HTML building blocks of the admin pages: escaping and the common chrome (ref C.1). */

/** @typedef {import('../types.js').School} School */

/**
 * Escapes text for element content and quoted attribute values. Every dynamic string goes through it
 * (some seed titles are hostile on purpose).
 * @param {string | number} value
 * @returns {string}
 */
export function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON safe to put inside a `<script>` element.
 * @param {unknown} value
 * @returns {string}
 */
export function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Menu of the sandbox's admin pages (ref C.2 paths). */
const MENU = [
  ['/pl/logic/context/custom-fields?contextName=UserContext', 'Дополнительные поля пользователей'],
  ['/pl/logic/context/custom-fields?contextName=DealContext', 'Дополнительные поля заказов'],
  ['/pl/sales/offer/index', 'Предложения'],
  ['/pl/tasks/mission/index', 'Процессы'],
  ['/saas/account/api', 'API'],
];

/**
 * The Yii CSRF field every admin form carries (ref C.1 `input[name="YII_CSRF_TOKEN"]`).
 * @param {School} school
 */
export function csrfInput(school) {
  return `<input type="hidden" name="YII_CSRF_TOKEN" value="${esc(school.csrfToken)}">`;
}

/**
 * A whole admin page: `#gcAccountUserMenu.gc-account-user-menu` on the left, `.gc-main-content` (ref C.1),
 * and the page-world globals admin scripts read (ref C.1 `window.accountId`, `window.controllerId`).
 * @param {{ school: School, title: string, controllerId: string, body: string }} page
 * @returns {string}
 */
export function layout({ school, title, controllerId, body }) {
  const menu = MENU.map(([href = '', label = '']) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('');
  const globals = scriptJson({ accountId: school.accountId, accountUserId: '1', controllerId });
  return `<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} — ${esc(school.host)}</title></head>
<body class="gc-account-layout">
<script>(function (g) { window.accountId = g.accountId; window.account_id = g.accountId; window.accountUserId = g.accountUserId; window.controllerId = g.controllerId; window.userInfo = { isAdmin: true, isTeacher: false }; })(${globals});</script>
<div class="gc-account-logo"><a href="/">${esc(school.host)}</a></div>
<div id="gcAccountUserMenu" class="gc-account-user-menu"><ul>${menu}</ul></div>
<div class="gc-main-content">
<h1>${esc(title)}</h1>
${body}
</div>
</body>
</html>
`;
}
