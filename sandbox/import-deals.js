// @ts-check
/** Deals in imports: minimum fields, offers, editing by `deal_number`, extra positions (ref A.3, A.5, A.6, E.1). */
import { createHash } from 'node:crypto';
import { formatDateTime } from './format.js';
import { asText, isObject, isOn, readIdentity, upsertUser } from './import-users.js';

/** @typedef {import('./types.js').School} School */
/** @typedef {import('./types.js').Deal} Deal */
/** @typedef {import('./types.js').Offer} Offer */
/** @typedef {import('./types.js').DealPosition} DealPosition */

/** ref A.6 `deal_status` codes. */
export const DEAL_STATUSES = [
  'new',
  'payed',
  'cancelled',
  'false',
  'in_work',
  'payment_waiting',
  'part_payed',
  'waiting_for_return',
  'not_confirmed',
  'pending',
];

/** ref A.6 `deal_currency`: the help page's 33 codes plus the ones one SDK adds. */
const CURRENCIES = new Set(
  (
    'RUB USD EUR GBP BYR BYN KZT UAH AUD DKK CHF SEK ZAR AMD RON BRL ILS MYR SGD KGS CAD MXN JPY UZS PLN AZN AED TRY INR RSD CZK MNT NZD ' +
    'BGN IDR CNY GEL COP ARS PEN CLP VND PHP DOP KRW TWD MDL TJS NOK NGN HKD'
  ).split(' '),
);

// ASSUMPTION (see sandbox/README.md#assumptions): every error text below is [NOT FOUND] in the reference (ref A.8).
export const DEAL_ERRORS = Object.freeze({
  noDeal: 'Не указаны параметры заказа',
  noOffer: 'Не указано предложение: передайте offer_code, offer_id или product_title',
  noCost: 'Не указана стоимость заказа',
  badCost: 'Некорректная стоимость заказа',
  unknownOffer: 'Предложение не найдено',
  unknownStatus: 'Неизвестный статус заказа',
  unknownCurrency: 'Неизвестная валюта заказа',
});

/** `deal_cost` as a string or number, `12 000,50` tolerated (ref A.5). @param {unknown} value */
function readCost(value) {
  if (value === undefined || value === null || value === '') return undefined;
  // oxlint-disable-next-line typescript/no-base-to-string -- a PHP-style cast, as in import-users.js asText
  const text = String(value);
  const amount = Number(text.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return Number.isFinite(amount) ? amount : NaN;
}

/**
 * The offer the deal names: `offer_id`, else `offer_code`, else `product_title` (ref A.5).
 * @param {School} school
 * @param {Record<string, unknown>} deal
 * @returns {{ offer: Offer | null, newTitle?: string } | { error: string }}
 */
function findOffer(school, deal) {
  const id = asText(deal.offer_id);
  const code = asText(deal.offer_code);
  const title = asText(deal.product_title);
  if (id !== '') return orError(school.offers.find((o) => String(o.id) === id));
  if (code !== '') return orError(school.offers.find((o) => o.code !== '' && o.code === code));
  // ASSUMPTION (see sandbox/README.md#assumptions): `product_title` picks the offer with that title, or creates one.
  if (title !== '') return { offer: school.offers.find((o) => o.title === title) ?? null, newTitle: title };
  return { offer: null };
}

/** @param {Offer | undefined} offer */
function orError(offer) {
  return offer ? { offer } : { error: DEAL_ERRORS.unknownOffer };
}

/**
 * A link to pay the deal on the school's host (ref A.3 `return_payment_link`).
 * ASSUMPTION (see sandbox/README.md#assumptions): the path and hash shape are invented.
 * @param {School} school
 * @param {Deal} deal
 */
function paymentLink(school, deal) {
  const hash = createHash('sha256').update(`${school.name}:${deal.id}`).digest('hex').slice(0, 32);
  return `https://${school.host}/sales/shop/dealPay/id/${deal.id}/hash/${hash}`;
}

/**
 * `action=add` on `/pl/api/deals`.
 * ASSUMPTION (see sandbox/README.md#assumptions): everything is validated before anything is written, so a refused deal creates no user.
 * @param {School} school
 * @param {Record<string, unknown>} params
 * @param {number} now
 * @returns {{ error: string } | { userId: number, userStatus: string, dealId: number, dealNumber: number | '', paymentLink: string }}
 */
export function addDeal(school, params, now) {
  // ASSUMPTION (see sandbox/README.md#assumptions): the deal's user is identified as in a user import,
  // by e-mail or, without one, by phone (ref R.4); A.5's minimum names only the e-mail.
  const identity = readIdentity(params.user);
  if ('error' in identity) return identity;
  if (!isObject(params.deal)) return { error: DEAL_ERRORS.noDeal };
  const dealParams = params.deal;
  const system = isObject(params.system) ? params.system : {};
  const numberText = asText(dealParams.deal_number);
  const existing = numberText === '' ? undefined : school.deals.find((d) => String(d.number) === numberText);
  const status = asText(dealParams.deal_status);
  if (status !== '' && !DEAL_STATUSES.includes(status)) return { error: DEAL_ERRORS.unknownStatus };
  const currency = asText(dealParams.deal_currency).toUpperCase();
  if (currency !== '' && !CURRENCIES.has(currency)) return { error: DEAL_ERRORS.unknownCurrency };
  const found = findOffer(school, dealParams);
  if ('error' in found) return found;
  const cost = readCost(dealParams.deal_cost);
  const hasOffer = found.offer !== null || found.newTitle !== undefined;
  // ref A.5 minimum for a new order: an offer + deal_cost; a known deal_number only edits (status change).
  // ref R.4: a deal with cost 0 was recorded as a success, so 0 is a cost (A.5's "> 0" is contradicted).
  if (!existing && !hasOffer) return { error: DEAL_ERRORS.noOffer };
  if (!existing && cost === undefined) return { error: DEAL_ERRORS.noCost };
  if (cost !== undefined && !(cost >= 0)) return { error: DEAL_ERRORS.badCost };

  const userParams = isObject(params.user) ? params.user : {};
  const { user, created } = upsertUser(school, userParams, identity, system, now);
  const quantity = Math.max(1, Math.trunc(Number(dealParams.quantity) || 1));
  let offer = found.offer;
  if (!offer && found.newTitle !== undefined) {
    offer = { id: school.nextId.offer++, title: found.newTitle, code: '', price: cost ?? 0, currency: currency || 'RUB' };
    school.offers.push(offer);
  }
  const nowText = formatDateTime(now, school.timeZone);
  /** @type {DealPosition | undefined} */
  const position = offer
    ? { offerId: offer.id, title: offer.title, price: cost !== undefined ? cost / quantity : offer.price, quantity }
    : undefined;
  const deal = existing ?? newDeal(school, numberText, user.id, nowText);
  if (position) deal.positions = isOn(system.multiple_offers) && existing ? [...deal.positions, position] : [position];
  if (cost !== undefined && !(existing && position && isOn(system.multiple_offers))) deal.cost = cost;
  else if (position) deal.cost = deal.positions.reduce((sum, p) => sum + p.price * p.quantity, 0);
  applyDealData(school, deal, dealParams, { status, currency, nowText });
  if (!existing) school.deals.push(deal);
  return {
    userId: user.id,
    userStatus: created ? 'added' : user.status,
    dealId: deal.id,
    dealNumber: isOn(system.return_deal_number) ? deal.number : '',
    paymentLink: isOn(system.return_payment_link) ? paymentLink(school, deal) : '',
  };
}

/**
 * @param {School} school
 * @param {string} numberText a `deal_number` no deal has yet, or ''
 * @param {number} userId
 * @param {string} nowText
 * @returns {Deal}
 */
function newDeal(school, numberText, userId, nowText) {
  // ASSUMPTION (see sandbox/README.md#assumptions): an unknown `deal_number` creates the deal under that number.
  const number = /^\d+$/.test(numberText) ? Number(numberText) : school.nextId.dealNumber++;
  if (number >= school.nextId.dealNumber) school.nextId.dealNumber = number + 1;
  return {
    id: school.nextId.deal++,
    number,
    userId,
    positions: [],
    cost: 0,
    currency: 'RUB',
    status: 'new',
    paid: false,
    payedAt: '',
    createdAt: nowText,
    comment: '',
    addfields: {},
    managerEmail: '',
  };
}

/**
 * Status, payment, currency and deal custom fields (by title, ref A.5 `addfields`).
 * `deal_status: "payed"` and `deal_is_paid` both mark the deal paid (ref A.5); nothing un-pays a deal.
 * @param {School} school
 * @param {Deal} deal
 * @param {Record<string, unknown>} params
 * @param {{ status: string, currency: string, nowText: string }} parsed
 */
function applyDealData(school, deal, params, parsed) {
  if (parsed.status !== '') deal.status = parsed.status;
  if (parsed.currency !== '') deal.currency = parsed.currency;
  const paidNow = parsed.status === 'payed' || isOn(params.deal_is_paid);
  if (paidNow && !deal.paid) {
    deal.paid = true;
    deal.payedAt = parsed.nowText;
    // ASSUMPTION (see sandbox/README.md#assumptions): `deal_is_paid` without a status completes the deal.
    if (parsed.status === '') deal.status = 'payed';
  }
  if (params.deal_comment !== undefined) deal.comment = asText(params.deal_comment);
  if (params.manager_email !== undefined) deal.managerEmail = asText(params.manager_email);
  if (!isObject(params.addfields)) return;
  for (const [title, value] of Object.entries(params.addfields)) {
    if (school.fields.some((f) => f.context === 'deal' && f.title === title)) deal.addfields[title] = asText(value);
  }
}
