/** The offer code beside an offer (list row or form), with a copy button; or a hint where to set one. */
import type { ContentT } from '@/utils/i18n-content';
import { copyText } from './clipboard';
import { el } from './dom';

export function renderOfferBadge(root: ShadowRoot, code: string, t: ContentT, mode: 'list' | 'form'): void {
  root.querySelector('.gc-offer')?.remove();
  if (code === '') {
    root.append(el('span', { class: 'gc-offer gc-missing', role: 'note' }, `⚠ ${t(mode === 'list' ? 'offers.noCodeShort' : 'offers.noCode')}`));
    return;
  }
  const status = el('span', { class: 'gc-status', role: 'status' });
  root.append(
    el('span', { class: 'gc-offer' },
      mode === 'form' ? `${t('offers.code')} ` : null,
      el('code', { class: 'gc-offer-code' }, code),
      el('button', {
        type: 'button',
        class: 'gc-copy',
        'aria-label': `${t('common.copy')}: ${code}`,
        onclick: async () => {
          status.textContent = (await copyText(code, root)) ? t('common.copied') : t('common.copyFailed');
        },
      }, t('common.copy')),
      status,
    ),
  );
}
