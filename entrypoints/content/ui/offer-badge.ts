/**
 * The offer code beside an offer (the form, or a list row showing the code remembered from that
 * offer's form), with a copy button; or a hint where to set a missing one. And the offers list's
 * note: the list has no code column (fact sheet R.3), codes live in each offer's settings.
 */
import type { ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';

export function renderOfferBadge(root: ShadowRoot, code: string, t: ContentT, mode: 'remembered' | 'form'): void {
  root.querySelector('.gc-offer')?.remove();
  if (code === '') {
    root.append(
      el('span', { class: 'gc-offer gc-missing', role: 'note' }, `⚠ ${t(mode === 'remembered' ? 'offerList.noCode' : 'offers.noCode')}`),
    );
    return;
  }
  const [button, status] = copyButton(root, () => code, t, { ariaLabel: `${t('common.copy')}: ${code}` });
  root.append(
    el(
      'span',
      { class: 'gc-offer' },
      `${t(mode === 'form' ? 'offers.code' : 'offerList.remembered')} `,
      el('code', { class: 'gc-offer-code' }, code),
      button,
      status,
    ),
  );
}

export function renderOfferListNote(root: ShadowRoot, t: ContentT): void {
  root.querySelector('.gc-offer-note')?.remove();
  root.append(el('p', { class: 'gc-offer-note', role: 'note' }, t('offerList.note')));
}
