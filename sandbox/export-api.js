// @ts-check
/**
 * Export API under `/pl/api/account/…` (ref B.1, B.2, A.9): immediate `fields` / `groups`, asynchronous
 * `users` / `deals` exports fetched through `exports/{id}`, and the 100 requests / 2 h budget per account.
 */
import { formFields, json } from './http-util.js';
import { schoolForKey } from './hosts.js';
import { IMPORT_ERRORS, topLevelError } from './import-api.js';
import { dealsTable, usersTable } from './export-tables.js';

/** @typedef {import('./http-util.js').Reply} Reply */
/** @typedef {import('./http-util.js').RequestInfo} RequestInfo */
/** @typedef {import('./hosts.js').HostMatch} HostMatch */
/** @typedef {import('./state.js').SandboxState} SandboxState */
/** @typedef {import('./import-api.js').ApiOutcome} ApiOutcome */
/** @typedef {import('./types.js').School} School */

export const EXPORT_BUDGET = { requests: 100, windowMs: 2 * 60 * 60 * 1000 }; // ref 0.3, A.9

/** ref B.2 server lists of accepted `status` values, in the server's order. */
const USER_STATUSES = ['active', 'deactivated', 'banned', 'invited', 'in_base'];
const DEAL_STATUS_FILTER = [
  'new',
  'in_work',
  'not_confirmed',
  'payed',
  'cancelled',
  'false',
  'payment_waiting',
  'part_payed',
  'waiting_for_return',
  'pending',
];

const FILTERS = {
  users: ['created_at[from]', 'created_at[to]', 'status', 'email', 'idgrouplist'],
  deals: ['created_at', 'payed_at', 'finished_at', 'status_changed_at']
    .flatMap((n) => [`${n}[from]`, `${n}[to]`])
    .concat(['status', 'user_id', 'user_in_group']),
};

export const EXPORT_ERRORS = Object.freeze({
  901: IMPORT_ERRORS.unauthorized,
  // ASSUMPTION (see sandbox/README.md#assumptions): 903 continues the known prefix; 904 wraps the known fragment.
  903: 'Слишком много запросов. Разрешено не более 100 запросов за 2 часа',
  904: 'Ошибка авторизации: отсутствует параметр key',
  905: 'Уже запущен один экспорт, попробуйте позднее',
  908: 'Должен быть передан хотя бы один фильтр',
  909: 'Файл еще не создан',
  // ASSUMPTION (see sandbox/README.md#assumptions): 913/914 wording around `поле статус` and the list is invented.
  913: `Передано неверное значение в поле статус. Допустимые значения: ${DEAL_STATUS_FILTER.join(',')}`,
  914: `Передано неверное значение в поле статус. Допустимые значения: ${USER_STATUSES.join(',')}`,
  // ASSUMPTION (see sandbox/README.md#assumptions): 917 for a trial school's export ("taken on trust", ref A.8, B.3).
  917: 'Функционал недоступен',
});

/** Errors the reference knows without a code; ASSUMPTION (see sandbox/README.md#assumptions): they carry `error_code: 0`. */
const NOT_FOUND = 'Объект не найден';
const NOTHING_MATCHED = 'Файл не создан, попробуйте другой фильтр';

/**
 * Export envelope error (ref B.1): `success:false`, `error:true`, `error_message`, numeric `error_code`.
 * @param {number} code
 * @param {string} [message]
 * @returns {Reply}
 */
function exportError(code, message) {
  const known = /** @type {Record<number, string>} */ (EXPORT_ERRORS)[code];
  return json(200, { success: false, error: true, error_message: message ?? known ?? '', error_code: code });
}

/** @param {unknown} info @returns {Reply} */
function ok(info) {
  return json(200, { success: true, info, error_message: '', error: false });
}

/**
 * @param {SandboxState} state
 * @param {RequestInfo} request
 * @param {HostMatch} host
 * @param {string} subPath the part after `/pl/api/account/`
 * @returns {ApiOutcome | null} null when the path is not an export endpoint
 */
export function handleExport(state, request, host, subPath) {
  const route = /^(fields|groups|users|deals|exports\/(\d+))$/.exec(subPath.replace(/\/$/, ''));
  if (!route) return null;
  const fields = formFields(request);
  const { school, keyKind } = schoolForKey(host, state.schools, fields.get('key') ?? '');
  // ref R.4: two clients send `action=get` to `fields`; B.1's clients send none. The action is logged, not
  // checked: nothing in the reference says an export endpoint refuses either.
  /** @param {Reply} reply @returns {ApiOutcome} */
  const outcome = (reply) => ({ reply, school, action: fields.get('action') ?? '', keyKind });

  // ASSUMPTION (see sandbox/README.md#assumptions): plain HTTP answers like the import API (ref A.8).
  if (state.enforceHttps && !request.https) return outcome(topLevelError(IMPORT_ERRORS.httpsOnly));
  if (keyKind === 'missing') return outcome(exportError(904));
  // ASSUMPTION (see sandbox/README.md#assumptions): on getcourse.io a wrong key is 901 with the text `Access denied`.
  if (keyKind === 'wrong') return outcome(exportError(901, host.kind === 'school' && host.io ? IMPORT_ERRORS.accessDenied : undefined));
  if (school.plan === 'trial') return outcome(exportError(917));
  if (!spendBudget(state, school)) return outcome(exportError(903));
  const name = route[1] ?? '';
  if (name === 'fields') return outcome(ok(fieldList(school)));
  if (name === 'groups') return outcome(ok(school.groups.map((g) => ({ id: g.id, name: g.name, last_added_at: g.lastAddedAt }))));
  if (name === 'users' || name === 'deals') return outcome(startExport(school, name, fields));
  return outcome(fetchExport(school, Number(route[2])));
}

/**
 * Counts one request against the account's budget; false when the budget is spent (ref A.9: polls,
 * `fields` and `groups` included). ASSUMPTION (see sandbox/README.md#assumptions): a sliding 2-hour window;
 * refused and unauthorised requests are not counted.
 * @param {SandboxState} state
 * @param {School} school
 */
function spendBudget(state, school) {
  const now = state.now();
  const recent = state.exportRequests[school.name].filter((at) => now - at < EXPORT_BUDGET.windowMs);
  state.exportRequests[school.name] = recent;
  if (recent.length >= EXPORT_BUDGET.requests) return false;
  recent.push(now);
  return true;
}

/** @param {School} school */
function fieldList(school) {
  return school.fields.map((f) => ({
    id: f.id,
    type: f.type,
    title: f.title,
    required: f.required,
    field_order_pos: f.order,
    context_type: f.context,
  }));
}

/**
 * @param {School} school
 * @param {'users' | 'deals'} kind
 * @param {Map<string, string>} fields
 * @returns {Reply}
 */
function startExport(school, kind, fields) {
  /** @type {Map<string, string>} */
  const filters = new Map();
  for (const name of FILTERS[kind]) {
    const value = (fields.get(name) ?? '').trim();
    if (value !== '') filters.set(name, value);
  }
  if (filters.size === 0) return exportError(908);
  const status = filters.get('status');
  if (status !== undefined && !(kind === 'users' ? USER_STATUSES : DEAL_STATUS_FILTER).includes(status))
    return exportError(kind === 'users' ? 914 : 913);
  // ref B.2 905: one export at a time; ASSUMPTION (see sandbox/README.md#assumptions): it runs until its data were fetched.
  if (school.exports.some((job) => !job.fetched)) return exportError(905);
  const table = kind === 'users' ? usersTable(school, filters) : dealsTable(school, filters);
  const id = school.nextId.export++;
  school.exports.push({ id, kind, polls: 0, fetched: false, ...table });
  return ok({ export_id: id });
}

/**
 * Not ready on the first poll (909), ready from the second on (ref 0.3, B.2).
 * @param {School} school
 * @param {number} id
 * @returns {Reply}
 */
function fetchExport(school, id) {
  const job = school.exports.find((j) => j.id === id);
  if (!job) return exportError(0, NOT_FOUND);
  job.polls += 1;
  if (job.polls === 1) return exportError(909);
  job.fetched = true;
  if (job.items.length === 0) return exportError(0, NOTHING_MATCHED);
  return ok({ fields: job.fields, items: job.items });
}
