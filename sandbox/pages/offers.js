// @ts-check
/** Offers (ref C.2, C.3, R.3): `/pl/sales/offer/index` and `/pl/sales/offer/update?id=N` with `Offer[code]`. */
import { html, redirect } from '../http-util.js';
import { formatMoney } from '../format.js';
import { csrfInput, esc, layout } from './html.js';

/** @typedef {import('../types.js').School} School */
/** @typedef {import('../types.js').Offer} Offer */
/** @typedef {import('../http-util.js').Reply} Reply */
/** @typedef {import('../http-util.js').RequestInfo} RequestInfo */

/**
 * The list, a Yii2 GridView (ref R.3: `table.kv-grid-table`, rows `tr[data-key="<id>"]`, titles link to
 * `/pl/sales/offer/update?id=<id>`). R.3 found no code column: the code is only in each offer's form.
 * ASSUMPTION (see sandbox/README.md#assumptions, A39): the other columns (ID, price with currency).
 * @param {School} school @returns {Reply}
 */
export function offerListPage(school) {
  const rows = school.offers
    .map(
      (o) =>
        `<tr data-key="${o.id}"><td>${o.id}</td><td><a href="/pl/sales/offer/update?id=${o.id}">${esc(o.title)}</a></td><td>${esc(formatMoney(o.price, true))} ${esc(o.currency)}</td></tr>`,
    )
    .join('\n');
  const body = `<div id="w0" class="grid-view"><table class="table table-striped table-bordered kv-grid-table"><thead><tr><th>ID</th><th>Название</th><th>Цена</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
  return html(200, layout({ school, title: 'Предложения', controllerId: 'shop', body }));
}

/**
 * The edit form; a POST saves title, code and price and redirects back (so a person can fix a code).
 * @param {RequestInfo} request
 * @param {School} school
 * @returns {Reply | null} null for an unknown offer (→ 404)
 */
export function offerUpdatePage(request, school) {
  const offer = school.offers.find((o) => String(o.id) === request.url.searchParams.get('id'));
  if (!offer) return null;
  let error = '';
  if (request.method === 'POST') {
    const form = new URLSearchParams(request.body);
    const title = (form.get('Offer[title]') ?? offer.title).trim();
    const price = Number((form.get('Offer[price]') ?? String(offer.price)).replace(',', '.').replace(/\s/g, ''));
    if (title === '') error = 'Необходимо заполнить «Название».';
    else if (!Number.isFinite(price) || price < 0) error = 'Цена должна быть числом.';
    else {
      Object.assign(offer, { title, price, code: (form.get('Offer[code]') ?? offer.code).trim() });
      return redirect(`/pl/sales/offer/update?id=${offer.id}`);
    }
  }
  return html(200, layout({ school, title: `Предложение «${offer.title}»`, controllerId: 'shop', body: offerForm(school, offer, error) }));
}

/** @param {School} school @param {Offer} offer @param {string} error */
function offerForm(school, offer, error) {
  return `<form class="offer-form" method="post" action="/pl/sales/offer/update?id=${offer.id}">
${csrfInput(school)}
${error ? `<div class="error-summary">${esc(error)}</div>` : ''}
<div class="form-group"><label for="offer-title">Название</label>
<input type="text" id="offer-title" name="Offer[title]" value="${esc(offer.title)}"></div>
<div class="form-group"><label for="offer-code">Уникальный код предложения</label>
<input type="text" id="offer-code" name="Offer[code]" value="${esc(offer.code)}"></div>
<div class="form-group"><label for="offer-price">Цена</label>
<input type="text" id="offer-price" name="Offer[price]" value="${esc(String(offer.price))}"> ${esc(offer.currency)}</div>
<button type="submit" class="btn btn-primary save-offer">Сохранить</button>
<button type="button" class="btn btn-default copy-offer">Создать копию</button>
<p><a href="/pl/sales/offer/index">← Все предложения</a></p>
</form>`;
}
