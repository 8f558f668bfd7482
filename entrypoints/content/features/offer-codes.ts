/**
 * Offer codes at hand (fact sheet C.3, R.3: «Уникальный код предложения», `Offer[code]`). Under
 * the code field of the offer form, with a copy button or a hint where to set a missing one; the
 * form's saved values go to the background, which remembers them for this school. The offers
 * list is a GridView without a code column (R.3): it gets one note saying where codes live and,
 * beside each offer whose form was opened before, the code remembered from that form.
 *
 * Test URLs: /pl/sales/offer/update?id=1001, then /pl/sales/offer/index
 */
import { renderOfferBadge, renderOfferListNote } from '@/entrypoints/content/ui/offer-badge';
import { shadowHost } from '@/entrypoints/content/ui/dom';
import { CS_TO_BG } from '@/utils/message-names';
import type { RememberedOffer } from '@/utils/messages';
import { OFFER_CODE_MAX, OFFER_PRICE_MAX, OFFER_TITLE_MAX } from '@/utils/page-data-limits';
import { sendToBackground } from '@/entrypoints/content/send';
import type { ContentFeature, FeatureRun } from '../feature';
import { decorateEach } from '../observe';
import { OFFER_SELECTORS as O } from '../selectors/offers';
import { queryAll, selectorOf } from '../selectors/types';

const offerId = (href: string) => new URL(href, location.href).searchParams.get('id') ?? '';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();

function offerForm({ url, signal, t }: FeatureRun): void {
  decorateEach(
    selectorOf(O.codeInput),
    (input: HTMLInputElement) => {
      const { host, root } = shadowHost('offer-code', 'offer', 'div');
      input.insertAdjacentElement('afterend', host);
      const show = () => renderOfferBadge(root, input.value.trim(), t, 'form');
      input.addEventListener('input', show, { signal });
      show();
      // What is saved, not what is being typed: the form's values as the page loaded them.
      const id = url.searchParams.get('id') ?? '';
      const title = queryAll<HTMLInputElement>(document, O.titleInput)[0]?.defaultValue ?? text(document.querySelector('h1'));
      const price = queryAll<HTMLInputElement>(document, O.priceInput)[0]?.defaultValue ?? '';
      // Cut to what the background accepts (utils/page-data-limits.ts): an offer with a longer field
      // is refused whole, code and all. A title or price cut short still names the offer; a code
      // cut short would be another code, so an offer whose code is longer is not remembered.
      const code = input.defaultValue.trim();
      if (code.length <= OFFER_CODE_MAX)
        void sendToBackground({
          type: CS_TO_BG.offersSeen,
          offers: [{ id, title: title.trim().slice(0, OFFER_TITLE_MAX), code, price: price.trim().slice(0, OFFER_PRICE_MAX) }],
        });
      return host;
    },
    signal,
  );
}

async function offerList({ signal, t }: FeatureRun): Promise<void> {
  const reply = await sendToBackground({ type: CS_TO_BG.knownOffers });
  if (signal.aborted) return;
  const known = new Map<string, RememberedOffer>(reply.ok ? reply.offers.map((offer) => [offer.id, offer]) : []);
  const note = shadowHost('offer-list-note', 'offerNote', 'div');
  renderOfferListNote(note.root, t);
  signal.addEventListener('abort', () => note.host.remove(), { once: true });

  // Once above the list: before the table that holds the offer links (placed again if the page redraws it).
  const placeNote = () => {
    const first = queryAll(document, O.listLink)[0];
    if (!first || note.host.isConnected) return;
    (first.closest('table') ?? first).insertAdjacentElement('beforebegin', note.host);
  };
  decorateEach(
    selectorOf(O.listLink),
    (link: HTMLAnchorElement) => {
      const offer = known.get(offerId(link.getAttribute('href') ?? ''));
      // One badge per row, beside its first link to the offer.
      const row = link.closest('tr');
      if (!offer || (row && row.querySelector(selectorOf(O.listLink)) !== link)) return null;
      const { host, root } = shadowHost('offer-code', 'offer');
      link.insertAdjacentElement('afterend', host);
      renderOfferBadge(root, offer.code, t, 'remembered');
      return host;
    },
    signal,
    placeNote,
  );
}

export const offerCodes: ContentFeature = {
  id: 'offer-codes',
  needs: { strings: ['offers', 'offerList', 'common'], styles: ['offer', 'offerNote'] },
  include: (pageKind) => pageKind === 'offers-list' || pageKind === 'offer-edit',
  init: (run) => (run.pageKind === 'offer-edit' ? offerForm(run) : offerList(run)),
};
