// @ts-check
/**
 * `/saas/account/api` and `/pl/saas/account/api` (ref B.3, C.2): the keys table with a shortened key,
 * creation date, creator, access type and name. Full keys are never printed (ref B.3: shown once at creation).
 */
import { html } from '../http-util.js';
import { esc, layout } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../http-util.js').Reply} Reply */

/**
 * ASSUMPTION (see sandbox/README.md#assumptions): how GetCourse shortens a key is not documented; we keep 4 + 4 characters.
 * @param {string} key
 */
export function shortenKey(key) {
  return `${key.slice(0, 4)}…${key.slice(-4)}`;
}

/**
 * ASSUMPTION (see sandbox/README.md#assumptions, A38): `table.api-keys-table` is the page's marker (ref B.3
 * names the columns, not the markup); finding it says the page opened without reading any key.
 * @param {School} school
 * @returns {Reply}
 */
export function apiKeysPage(school) {
  const access = { readOnly: 'Только чтение', readWrite: 'Чтение и запись' };
  const rows = school.apiKeys
    .map(
      (k) =>
        `<tr class="api-key-row"><td class="api-key-short"><code>${esc(shortenKey(k.key))}</code></td><td>${esc(k.createdAt)}</td><td>${esc(k.creator)}</td><td class="api-key-access">${esc(access[k.access])}</td><td class="api-key-name">${esc(k.name)}</td><td><button type="button" class="btn btn-link delete-api-key" title="Удалить">🗑</button></td></tr>`,
    )
    .join('\n');
  const body = `<p>Ключ показывается полностью только один раз — при создании.</p>
<table class="table api-keys-table"><thead><tr><th>Ключ</th><th>Дата создания</th><th>Создал</th><th>Тип доступа</th><th>Название</th><th></th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
  return html(200, layout({ school, title: 'API', controllerId: 'saas', body }));
}
