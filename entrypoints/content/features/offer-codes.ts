/**
 * Offer codes at hand (fact sheet C.3: «Уникальный код предложения», `Offer[code]`): beside each
 * offer in the list and under the code field of the offer form, with a copy button, or a hint
 * where to set a missing one. Every offer seen is sent to the background, which remembers it for
 * this school so the popup can list the codes.
 *
 * Test URLs: /pl/sales/offer/index, /pl/sales/offer/update?id=1001
 */
import { renderOfferBadge } from '@/components/content/offer-badge';
import { shadowHost } from '@/components/content/dom';
import { OFFER_CSS } from '@/components/content/styles';
import { CS_TO_BG, type OfferSeen } from '@/utils/messages';
import { sendToBackground } from '@/utils/send';
import type { ContentFeature } from '../feature';
import { decorateEach } from '../observe';
import { OFFER_SELECTORS as O } from '../selectors/offers';
import { queryAll, selectorOf } from '../selectors/types';

/** The background takes at most 500 offers a message (MAX_OFFERS_PER_MESSAGE). */
const remember = (offers: OfferSeen[]) => {
  for (let start = 0; start < offers.length; start += 500) void sendToBackground({ type: CS_TO_BG.offersSeen, offers: offers.slice(start, start + 500) });
};
const offerId = (href: string) => new URL(href, location.href).searchParams.get('id') ?? '';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();

export const offerCodes: ContentFeature = {
  id: 'offer-codes',
  include: (pageKind) => pageKind === 'offers-list' || pageKind === 'offer-edit',
  init({ pageKind, url, signal, t }) {
    const decorateForm = (input: HTMLInputElement) => {
      const { host, root } = shadowHost('offer-code', OFFER_CSS, 'div');
      input.insertAdjacentElement('afterend', host);
      const show = () => renderOfferBadge(root, input.value.trim(), t, 'form');
      input.addEventListener('input', show, { signal });
      show();
      // What is saved, not what is being typed: the form's values as the page loaded them.
      const id = url.searchParams.get('id') ?? '';
      const title = queryAll<HTMLInputElement>(document, O.titleInput)[0]?.value ?? text(document.querySelector('h1'));
      remember([{ id, title: title.trim().slice(0, 500), code: input.defaultValue.trim(), price: (queryAll<HTMLInputElement>(document, O.priceInput)[0]?.value ?? '').trim() }]);
      return host;
    };

    // Offers of one scan go to the background in one message.
    const seen: OfferSeen[] = [];
    const decorateRow = (link: HTMLAnchorElement) => {
      const cell = link.closest('tr')?.querySelector(selectorOf(O.listCode));
      if (!cell) return null; // this list shows no codes: nothing to show or remember
      const code = text(cell);
      const { host, root } = shadowHost('offer-code', OFFER_CSS);
      link.insertAdjacentElement('afterend', host);
      renderOfferBadge(root, code, t, 'list');
      const id = offerId(link.getAttribute('href') ?? '');
      if (/^\d+$/.test(id)) seen.push({ id, title: text(link).slice(0, 500), code: code.slice(0, 200), price: '' });
      return host;
    };

    if (pageKind === 'offer-edit') decorateEach(selectorOf(O.codeInput), decorateForm, signal);
    else decorateEach(selectorOf(O.listLink), decorateRow, signal, () => remember(seen.splice(0)));
  },
};
