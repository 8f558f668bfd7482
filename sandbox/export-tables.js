// @ts-check
/**
 * Tables the export API hands out (ref B.1): every cell a string, money like `12 000,00` (sometimes with
 * U+00A0), dates `YYYY-MM-DD HH:MM:SS`, custom fields spliced into the middle of the columns.
 * ASSUMPTION (see sandbox/README.md#assumptions): the fixed column titles are invented; only their kind is known.
 */
import { formatMoney } from './format.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {{ fields: string[], items: string[][] }} Table */

/**
 * @param {string} value `YYYY-MM-DD HH:MM:SS` or ''
 * @param {Map<string, string>} filters
 * @param {string} name filter name, e.g. `created_at`
 */
function inRange(value, filters, name) {
  const from = filters.get(`${name}[from]`) ?? '';
  const to = filters.get(`${name}[to]`) ?? '';
  if (from === '' && to === '') return true;
  const day = value.slice(0, 10);
  return day !== '' && (from === '' || day >= from) && (to === '' || day <= to);
}

/**
 * Users matching `created_at[from|to]`, `status`, `email`, `idgrouplist` (ref B.1).
 * @param {School} school
 * @param {Map<string, string>} filters
 * @returns {Table}
 */
export function usersTable(school, filters) {
  const custom = school.fields.filter((f) => f.context === 'user' && !f.system);
  const status = filters.get('status') ?? '';
  const email = (filters.get('email') ?? '').toLowerCase();
  const groupIds = new Set(
    (filters.get('idgrouplist') ?? '')
      .split(',')
      .map((g) => g.split('_')[0] ?? '')
      .filter(Boolean),
  );
  const groupNames = new Set(school.groups.filter((g) => groupIds.has(String(g.id))).map((g) => g.name));
  const users = school.users.filter(
    (u) =>
      inRange(u.createdAt, filters, 'created_at') &&
      (status === '' || u.status === status) &&
      (email === '' || u.email.toLowerCase() === email) &&
      (groupIds.size === 0 || u.groups.some((g) => groupNames.has(g.name))),
  );
  return {
    fields: [
      'id',
      'Email',
      'Тип регистрации',
      'Создан',
      'Последняя активность',
      'Имя',
      'Фамилия',
      'Телефон',
      'Страна',
      'Город',
      ...custom.map((f) => f.title),
      'От партнера',
      'Статус',
      'Группы',
    ],
    items: users.map((u) => [
      String(u.id),
      u.email,
      'Импорт',
      u.createdAt,
      '',
      u.firstName,
      u.lastName,
      u.phone,
      u.country,
      u.city,
      ...custom.map((f) => u.addfields[f.title] ?? ''),
      u.partnerEmail,
      u.status,
      u.groups.map((g) => g.name).join(', '),
    ]),
  };
}

/**
 * Deals matching `created_at`, `payed_at` (`[from|to]`), `status`, `user_id` (ref B.1).
 * @param {School} school
 * @param {Map<string, string>} filters
 * @returns {Table}
 */
export function dealsTable(school, filters) {
  const custom = school.fields.filter((f) => f.context === 'deal' && !f.system);
  const status = filters.get('status') ?? '';
  const userId = filters.get('user_id') ?? '';
  const deals = school.deals.filter(
    (d) =>
      inRange(d.createdAt, filters, 'created_at') &&
      inRange(d.payedAt, filters, 'payed_at') &&
      (status === '' || d.status === status) &&
      (userId === '' || String(d.userId) === userId),
  );
  return {
    fields: [
      'Номер',
      'ID заказа',
      'ID пользователя',
      'Пользователь',
      'Email',
      'Дата создания',
      'Дата оплаты',
      'Состав заказа',
      'Статус',
      'Стоимость',
      'Оплачено',
      ...custom.map((f) => f.title),
      'Валюта',
      'Менеджер',
      'Комментарий',
    ],
    items: deals.map((d) => {
      const user = school.users.find((u) => u.id === d.userId);
      return [
        String(d.number),
        String(d.id),
        String(d.userId),
        user ? `${user.firstName} ${user.lastName}`.trim() : '',
        user?.email ?? '',
        d.createdAt,
        d.payedAt,
        d.positions.map((p) => p.title).join(', '),
        d.status,
        formatMoney(d.cost, true),
        formatMoney(d.paid ? d.cost : 0, false),
        ...custom.map((f) => d.addfields[f.title] ?? ''),
        d.currency,
        d.managerEmail,
        d.comment,
      ];
    }),
  };
}
