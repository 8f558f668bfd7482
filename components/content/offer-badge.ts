/** The offer code beside an offer (list row or form), with a copy button; or a hint where to set one. */
import type { ContentT } from '@/utils/i18n-content';
import { copyButton } from './clipboard';
import { el } from './dom';

export function renderOfferBadge(root: ShadowRoot, code: string, t: ContentT, mode: 'list' | 'form'): void {
  root.querySelector('.gc-offer')?.remove();
  if (code === '') {
    root.append(el('span', { class: 'gc-offer gc-missing', role: 'note' }, `⚠ ${t(mode === 'list' ? 'offers.noCodeShort' : 'offers.noCode')}`));
    return;
  }
  const [button, status] = copyButton(root, () => code, t, { ariaLabel: `${t('common.copy')}: ${code}` });
  root.append(
    el('span', { class: 'gc-offer' },
      mode === 'form' ? `${t('offers.code')} ` : null,
      el('code', { class: 'gc-offer-code' }, code),
      button,
      status,
    ),
  );
}
