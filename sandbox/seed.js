// @ts-check
/**
 * Seed data of the two sandbox schools. Deliberately varied: Cyrillic, spaces, ё/й/ъ/ь, Ukrainian and
 * Kazakh letters, names that collide after transliteration, a leading digit, a very long name and a
 * hostile HTML name — the cases the Latin-name lint (ref 0.10, E.1, H) has to survive.
 */

import { CALL_URL_OPERATION, UPDATE_FIELD_OPERATION } from './pages/process-operations.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').CustomField} CustomField */
/** @typedef {import('./types.js').FieldContext} FieldContext */

/** Fixed keys that look like GetCourse keys (long alphanumeric, ref B.3). */
export const KEYS = Object.freeze({
  schoolReadWrite: 'jkkQBAGhqc1Qz5GesfxOf0aEBKLs3wnAt3OB5QjKSG3woBdjIF3vt0SKjCUeWKep9X80PM6OT30fZYEE',
  schoolReadOnly: 'wLsLS2eQNDZqlQLAgumLGohfwa5Zh0OXhHgn7LGqrYBnNvF2LPRBtMaLmBOTz6udrKX2k4253Ucji0mk',
  trialReadWrite: 'wG05hdtO80zu6BKgeoiboSh2NvLHYFlyCZFC2LrsE7JCk48YOVuXarxKn811mnB4f0Pm6dRE0oXP7OnE',
  wrong: 'H22DWcbDPdIXsHRn2K5qPhh3lZ7YwRE2N61nDKMo4C0cgoIwaPdybCM8zbUf13Mbz4TTJhCM0KGiIBjH',
});

/** Path of the sandbox's stand-in for an Albato webhook, shaped like `/wh/<n>/<id>/<43-char token>/` (ref E.2). */
export const WEBHOOK_PATH = '/__albato/wh/38/1lfAbCd/ATFxeZrlsG3WTfCMTi2wknMQdl8rSphiTbjD1yJXUq8/';
/** The same webhook as Albato would hand it out (ref E.2), used in the seeded «Вызвать URL» blocks. */
export const ALBATO_WEBHOOK_URL = 'https://h.albato.ru/wh/38/1lfAbCd/ATFxeZrlsG3WTfCMTi2wknMQdl8rSphiTbjD1yJXUq8/';

export const HOSTILE_FIELD_TITLE = '<img src=x onerror=alert(1)>';
export const LONG_FIELD_TITLE =
  'Откуда вы о нас узнали и что побудило вас зарегистрироваться на бесплатный вебинар по маркетингу в социальных сетях';

/**
 * 30 titled user fields, then two consent checkboxes with **empty titles** (ref R.4: real schools have
 * them; the recorded fields answer shows `"type":"checkbox","title":""`). Types are the ones GetCourse's
 * form widget knows (ref R.1: string, text, date, checkbox, select, multi_select, phone, numeric, …).
 * @type {Array<[title: string, type: string]>}
 */
const USER_FIELDS = [
  ['Город проживания', 'string'],
  ['Дата рождения', 'date'],
  ['utm source', 'string'],
  ['telegram_id', 'string'],
  ['utm_medium', 'string'],
  ['Объём заказа', 'numeric'],
  ['Подъезд', 'string'],
  ['Семья', 'string'],
  ['Їжак', 'string'],
  ['Қала', 'string'],
  ['Город', 'string'],
  ['gorod', 'string'],
  ['1_potok', 'string'],
  ['3 курс', 'string'],
  [LONG_FIELD_TITLE, 'text'],
  [HOSTILE_FIELD_TITLE, 'string'],
  ['vk_id', 'string'],
  ['Instagram', 'string'],
  ['Профессия', 'select'],
  ['Company Name', 'string'],
  ['whatsapp-phone', 'phone'],
  ['Комментарий менеджера', 'text'],
  ['Согласие на рассылку', 'checkbox'],
  ['ИНН', 'string'],
  ['referral_code', 'string'],
  ['Часовой пояс', 'select'],
  ['Ребёнок', 'multi_select'],
  ['promo.code', 'string'],
  ['Ник в Telegram', 'string'],
  ['source_2', 'string'],
  ['', 'checkbox'],
  ['', 'checkbox'],
];

/** Ids of the untitled consent checkboxes above (2031, 2032). */
export const UNTITLED_FIELD_IDS = Object.freeze([2031, 2032]);

/** @type {Array<[title: string, type: string]>} ~10 deal fields. */
const DEAL_FIELDS = [
  ['Источник заказа', 'string'],
  ['Промокод', 'string'],
  ['utm_campaign', 'string'],
  ['Комментарий к заказу', 'text'],
  ['Дата консультации', 'date'],
  ['manager_note', 'string'],
  ['Тариф', 'select'],
  ['Счёт-фактура', 'string'],
  ['delivery address', 'string'],
  ["\"><script>alert('deal')</script>", 'string'],
];

/**
 * GetCourse's own fields the export dictionary includes: `gc_system_user_utm_*` in the user context and
 * `gc_system_deal_utm_*` in the deal context (ref R.4; B.1's "five" is one context's count).
 * ASSUMPTION (see sandbox/README.md#assumptions): their type (`string`) and ids are invented.
 * @type {Record<FieldContext, Array<[title: string, type: string]>>}
 */
const SYSTEM_FIELDS = {
  user: ['source', 'medium', 'campaign', 'term', 'content'].map((part) => [`gc_system_user_utm_${part}`, 'string']),
  deal: ['source', 'medium', 'campaign', 'term', 'content'].map((part) => [`gc_system_deal_utm_${part}`, 'string']),
};

/**
 * @param {Array<[string, string]>} list
 * @param {FieldContext} context
 * @param {number} firstId
 * @param {boolean} system
 * @returns {CustomField[]}
 */
function toFields(list, context, firstId, system) {
  return list.map(([title, type], i) => ({
    id: firstId + i,
    title,
    type,
    required: i === 0 && !system && context === 'user',
    context,
    order: i + 1,
    system,
  }));
}

/** @returns {CustomField[]} the paid school's fields: user, deal and system ones (user 9001–9005, deal 9006–9010). */
function schoolFields() {
  return [
    ...toFields(USER_FIELDS, 'user', 2001, false),
    ...toFields(DEAL_FIELDS, 'deal', 3001, false),
    ...toFields(SYSTEM_FIELDS.user, 'user', 9001, true),
    ...toFields(SYSTEM_FIELDS.deal, 'deal', 9006, true),
  ];
}

/** @returns {import('./types.js').Offer[]} offers with and without codes, one in another currency, one with HTML in its title. */
function schoolOffers() {
  return [
    { id: 1001, title: 'Курс «Маркетинг с нуля» — базовый', code: 'marketing-basic', price: 12000, currency: 'RUB' },
    { id: 1002, title: 'Маркетинг с нуля — VIP', code: 'marketing-vip', price: 45000, currency: 'RUB' },
    { id: 1003, title: 'Вебинар «Воронки продаж»', code: '', price: 990, currency: 'RUB' },
    { id: 1004, title: 'Консультация 60 минут', code: 'consult60', price: 5000, currency: 'RUB' },
    { id: 1005, title: 'Рассрочка: первый платёж', code: '', price: 4990, currency: 'RUB' },
    { id: 1006, title: 'Марафон «Английский за 30 дней»', code: 'eng30', price: 2990, currency: 'RUB' },
    { id: 1007, title: 'Клуб: подписка на месяц', code: 'club-month', price: 1500, currency: 'RUB' },
    { id: 1008, title: 'Клуб: подписка на год', code: 'club-year', price: 15000, currency: 'RUB' },
    { id: 1009, title: 'Книга в PDF', code: '', price: 490, currency: 'RUB' },
    { id: 1010, title: 'Наставничество', code: 'mentor', price: 120000, currency: 'RUB' },
    { id: 1011, title: 'Тестовое предложение', code: '1011', price: 1, currency: 'RUB' },
    { id: 1012, title: 'Доплата за тариф', code: '', price: 3000, currency: 'RUB' },
    { id: 1013, title: 'Интенсив «Продажи в Telegram»', code: 'tg-sales', price: 7900, currency: 'RUB' },
    { id: 1014, title: 'Подарочный сертификат', code: 'gift', price: 5000, currency: 'USD' },
    { id: 1015, title: '<b>Акция</b> & «скидка 50%»', code: 'promo&50', price: 2500, currency: 'RUB' },
  ];
}

/** @returns {import('./types.js').Group[]} */
function schoolGroups() {
  return [
    { id: 501, name: 'Покупатели', lastAddedAt: '2026-11-20 14:02:11' },
    { id: 502, name: 'Вебинар 12.03', lastAddedAt: '2026-03-12 19:00:00' },
    { id: 503, name: 'Клуб', lastAddedAt: '2026-10-01 09:15:42' },
    { id: 504, name: 'Спящие', lastAddedAt: null },
    { id: 505, name: 'Марафон английский', lastAddedAt: '2026-09-05 12:00:00' },
  ];
}

/** @returns {import('./types.js').User[]} a customer with custom fields, a Kazakh one, and one with a hostile name. */
function schoolUsers() {
  return [
    {
      id: 70001,
      email: 'ivan.petrov@example.com',
      firstName: 'Иван',
      lastName: 'Петров',
      phone: '+79001234567',
      city: 'Москва',
      country: 'Россия',
      status: 'active',
      createdAt: '2026-02-01 12:30:00',
      partnerEmail: '',
      groups: [
        { name: 'Покупатели', addedAt: '2026-02-03 10:00:00' },
        { name: 'Вебинар 12.03', addedAt: '2026-03-12 19:00:00' },
      ],
      addfields: { 'Город проживания': 'Москва', telegram_id: '123456789' },
    },
    {
      id: 70002,
      email: 'olga.smirnova@example.com',
      firstName: 'Ольга',
      lastName: 'Смирнова',
      phone: '',
      city: 'Алматы',
      country: 'Казахстан',
      status: 'in_base',
      createdAt: '2026-06-15 08:05:09',
      partnerEmail: '',
      groups: [{ name: 'Клуб', addedAt: '2026-10-01 09:15:42' }],
      addfields: { Қала: 'Алматы' },
    },
    {
      id: 70003,
      email: 'student@example.org',
      firstName: '<script>alert("name")</script>',
      lastName: '',
      phone: '',
      city: '',
      country: '',
      status: 'active',
      createdAt: '2026-11-20 14:02:11',
      partnerEmail: 'partner@example.net',
      groups: [{ name: 'Покупатели', addedAt: '2026-11-20 14:02:11' }],
      addfields: {},
    },
  ];
}

/** @returns {import('./types.js').Deal[]} paid, new and in-work deals, one of them with two positions. */
function schoolDeals() {
  return [
    {
      id: 880001,
      number: 101,
      userId: 70001,
      positions: [{ offerId: 1001, title: 'Курс «Маркетинг с нуля» — базовый', price: 12000, quantity: 1 }],
      cost: 12000,
      currency: 'RUB',
      status: 'payed',
      paid: true,
      payedAt: '2026-02-03 10:00:00',
      createdAt: '2026-02-03 09:41:00',
      comment: '',
      addfields: { 'Источник заказа': 'вебинар' },
      managerEmail: '',
    },
    {
      id: 880002,
      number: 102,
      userId: 70002,
      positions: [{ offerId: 1004, title: 'Консультация 60 минут', price: 5000, quantity: 1 }],
      cost: 5000,
      currency: 'RUB',
      status: 'new',
      paid: false,
      payedAt: '',
      createdAt: '2026-10-01 09:10:00',
      comment: 'Перезвонить вечером',
      addfields: {},
      managerEmail: 'manager@example.com',
    },
    {
      id: 880003,
      number: 103,
      userId: 70001,
      positions: [
        { offerId: 1006, title: 'Марафон «Английский за 30 дней»', price: 2990, quantity: 1 },
        { offerId: 1007, title: 'Клуб: подписка на месяц', price: 1500, quantity: 1 },
      ],
      cost: 4490,
      currency: 'RUB',
      status: 'in_work',
      paid: false,
      payedAt: '',
      createdAt: '2026-11-02 16:45:30',
      comment: '',
      addfields: { Промокод: 'AUTUMN' },
      managerEmail: '',
    },
  ];
}

/**
 * Processes (ref R.2): «Вызвать URL» blocks hold their URL and method in the block's settings,
 * shown in the block's modal; the canvas shows only titles.
 * @returns {import('./types.js').Mission[]}
 */
function schoolProcesses() {
  return [...albatoProcesses(), ...otherProcesses()];
}

/**
 * The two processes that call Albato's webhook. 102 also has an «update field» block whose value
 * is a URL: another operation, which the call-URL checks must leave alone.
 * @returns {import('./types.js').Mission[]}
 */
function albatoProcesses() {
  return [
    {
      id: 101,
      title: 'Albato: новый пользователь',
      description: 'Передаёт новых пользователей в Albato',
      objectTypeId: 41,
      approved: true,
      blocks: [
        { id: 1, kind: 'start', title: 'Начало работы' },
        {
          id: 2,
          kind: 'operation',
          title: 'Вызвать URL',
          operationType: CALL_URL_OPERATION,
          settings: {
            method: 'GET',
            url: `${ALBATO_WEBHOOK_URL}?email={object.email}&name={object.first_name}&phone={object.phone}&city={object.Город проживания}&tg={object.telegram_id}`,
          },
        },
        { id: 3, kind: 'finish', title: 'Завершение процесса' },
      ],
    },
    {
      id: 102,
      title: 'Albato: новый заказ',
      description: 'Передаёт заказы в Albato',
      objectTypeId: 42,
      approved: false,
      blocks: [
        { id: 1, kind: 'start', title: 'Начало работы' },
        {
          id: 2,
          kind: 'operation',
          title: 'Вызвать URL',
          operationType: CALL_URL_OPERATION,
          settings: {
            method: 'POST',
            url: `${ALBATO_WEBHOOK_URL}?number={object.number}&email={object.user.email}&cost={object.cost_money}&status={object.status}&source={object.Источник заказа}&city={object.Город проживания}`,
          },
        },
        {
          id: 4,
          kind: 'operation',
          title: 'Ссылка на оплату в поле',
          operationType: UPDATE_FIELD_OPERATION,
          settings: { fieldId: '3001', value: 'https://school.getcourse.ru/sales/shop/dealPay?number={object.number}' },
        },
        { id: 3, kind: 'finish', title: 'Завершение процесса' },
      ],
    },
  ];
}

/** @returns {import('./types.js').Mission[]} a process without a call, and one calling another service. */
function otherProcesses() {
  return [
    {
      id: 103,
      title: 'Напоминание об оплате',
      description: '',
      objectTypeId: 42,
      approved: true,
      blocks: [
        { id: 1, kind: 'start', title: 'Начало работы' },
        { id: 2, kind: 'condition', title: 'Условие: заказ не оплачен' },
        { id: 3, kind: 'finish', title: 'Завершение процесса' },
      ],
    },
    {
      id: 104,
      title: 'Webjack: регистрация на вебинар',
      description: '',
      objectTypeId: 41,
      approved: false,
      blocks: [
        { id: 1, kind: 'start', title: 'Начало работы' },
        {
          id: 2,
          kind: 'operation',
          title: 'Вызвать url',
          operationType: CALL_URL_OPERATION,
          settings: { method: 'GET', url: 'https://webjack.example/hook/123?email={object.email}&cost_value={object.cost_money_value}' },
        },
        { id: 3, kind: 'finish', title: 'Завершение процесса' },
      ],
    },
  ];
}

/** @returns {School} the paid school `school.getcourse.ru` with keys, fields, offers, users, deals and processes. */
export function seedSchool() {
  return {
    name: 'school',
    host: 'school.getcourse.ru',
    plan: 'paid',
    accountId: 512345,
    csrfToken: 'c2FuZGJveC1jc3JmLXRva2VuLXNjaG9vbA==',
    // ref R.4: timestamps are in the account's own zone. ASSUMPTION (see sandbox/README.md#assumptions): which one.
    timeZone: 'Europe/Moscow',
    keys: { readWrite: KEYS.schoolReadWrite, readOnly: KEYS.schoolReadOnly },
    apiKeys: [
      { key: KEYS.schoolReadWrite, access: 'readWrite', name: 'Albato', createdAt: '2026-03-14 10:21', creator: 'Анна Владимирова' },
      { key: KEYS.schoolReadOnly, access: 'readOnly', name: 'Аналитика <отчёты>', createdAt: '2026-05-02 18:03', creator: 'Игорь Ким' },
    ],
    fields: schoolFields(),
    offers: schoolOffers(),
    groups: schoolGroups(),
    users: schoolUsers(),
    deals: schoolDeals(),
    missions: schoolProcesses(),
    exports: [],
    nextId: { user: 70004, deal: 880004, dealNumber: 104, offer: 1016, group: 506, field: 2100, export: 40001 },
  };
}

/** @returns {School} the trial school `trial.getcourse.ru`: imports and exports closed (ref 0.6, B.3). */
export function seedTrialSchool() {
  return {
    name: 'trial',
    host: 'trial.getcourse.ru',
    plan: 'trial',
    accountId: 598765,
    csrfToken: 'c2FuZGJveC1jc3JmLXRva2VuLXRyaWFs',
    // ASSUMPTION (see sandbox/README.md#assumptions): another zone than the paid school's (ref R.4).
    timeZone: 'Asia/Almaty',
    keys: { readWrite: KEYS.trialReadWrite },
    apiKeys: [{ key: KEYS.trialReadWrite, access: 'readWrite', name: 'Albato', createdAt: '2026-11-25 11:00', creator: 'Мария Лебедева' }],
    fields: toFields(
      [
        ['Город проживания', 'string'],
        ['telegram_id', 'string'],
      ],
      'user',
      2001,
      false,
    ),
    offers: [{ id: 1001, title: 'Пробный курс', code: 'trial-course', price: 1000, currency: 'RUB' }],
    groups: [{ id: 501, name: 'Ученики', lastAddedAt: null }],
    users: [],
    deals: [],
    missions: [],
    exports: [],
    nextId: { user: 10001, deal: 20001, dealNumber: 1, offer: 1002, group: 502, field: 2100, export: 60001 },
  };
}
