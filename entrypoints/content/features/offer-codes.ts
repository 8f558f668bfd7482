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
import { observeChanges } from '../observe';
import { OFFER_SELECTORS as O } from '../selectors/offers';
import { queryAll, selectorOf } from '../selectors/types';

const remember = (offers: OfferSeen[]) => {
  if (offers.length > 0) void sendToBackground({ type: CS_TO_BG.offersSeen, offers: offers.slice(0, 500) });
};
const offerId = (href: string) => new URL(href, location.href).searchParams.get('id') ?? '';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();

export const offerCodes: ContentFeature = {
  id: 'offer-codes',
  include: (pageKind) => pageKind === 'offers-list' || pageKind === 'offer-edit',
  init({ pageKind, url, signal, t }) {
    const badges = new Map<Element, HTMLElement>();

    const scanForm = () => {
      const input = queryAll<HTMLInputElement>(document, O.codeInput)[0];
      if (!input || badges.has(input)) return;
      const { host, root } = shadowHost('offer-code', OFFER_CSS, 'div');
      badges.set(input, host);
      input.insertAdjacentElement('afterend', host);
      const show = () => renderOfferBadge(root, input.value.trim(), t, 'form');
      input.addEventListener('input', show, { signal });
      show();
      // What is saved, not what is being typed: the form's values as the page loaded them.
      const id = url.searchParams.get('id') ?? '';
      const title = queryAll<HTMLInputElement>(document, O.titleInput)[0]?.value ?? text(document.querySelector('h1'));
      remember([{ id, title: title.trim().slice(0, 500), code: input.defaultValue.trim(), price: (queryAll<HTMLInputElement>(document, O.priceInput)[0]?.value ?? '').trim() }]);
    };

    const scanList = () => {
      const seen: OfferSeen[] = [];
      for (const link of queryAll<HTMLAnchorElement>(document, O.listLink)) {
        if (badges.has(link)) continue;
        const row = link.closest('tr');
        const cell = row?.querySelector(selectorOf(O.listCode));
        if (!cell) continue; // this list shows no codes: nothing to show or remember
        const code = text(cell);
        const { host, root } = shadowHost('offer-code', OFFER_CSS);
        badges.set(link, host);
        link.insertAdjacentElement('afterend', host);
        renderOfferBadge(root, code, t, 'list');
        const id = offerId(link.getAttribute('href') ?? '');
        if (/^\d+$/.test(id)) seen.push({ id, title: text(link).slice(0, 500), code: code.slice(0, 200), price: '' });
      }
      for (const [anchor, host] of badges) {
        if (!anchor.isConnected) {
          host.remove();
          badges.delete(anchor);
        }
      }
      remember(seen);
    };

    const scan = pageKind === 'offer-edit' ? scanForm : scanList;
    scan();
    observeChanges(document.body, scan, signal);
    signal.addEventListener('abort', () => {
      for (const host of badges.values()) host.remove();
      badges.clear();
    }, { once: true });
  },
};
