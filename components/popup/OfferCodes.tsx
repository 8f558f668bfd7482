import { useState } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import type { RememberedOffer } from '@/utils/messages';

/**
 * The school's offer codes the extension has seen on GetCourse pages, each copyable. The popup
 * reads them once per opening and passes them here and to the test import (null while it reads).
 */
export function OfferCodes({ lang, offers }: { lang: Lang; offers: readonly RememberedOffer[] | null }) {
  const t = createT(lang);
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | null>(null);

  const copy = async (offer: RememberedOffer) => {
    try {
      await navigator.clipboard.writeText(offer.code);
      setCopied({ id: offer.id, ok: true });
    } catch {
      setCopied({ id: offer.id, ok: false });
    }
  };

  if (!offers) return null;
  return (
    <section id="offer-codes" aria-labelledby="offer-codes-title">
      <h2 id="offer-codes-title">{t('popup.offersTitle')}</h2>
      {offers.length === 0 ? (
        <p class="muted">{t('popup.offersEmpty')}</p>
      ) : (
        <ul class="offers">
          {offers.map((offer) => (
            <li key={offer.id} data-offer-id={offer.id}>
              <span class="offer-title">{offer.title}</span>{' '}
              {offer.code ? (
                <>
                  <code class="offer-code">{offer.code}</code>
                  <button type="button" class="small" onClick={() => copy(offer)} aria-label={`${t('popup.copy')}: ${offer.code}`}>
                    {t('popup.copy')}
                  </button>
                  {copied?.id === offer.id && (
                    <span role="status" class="muted">
                      {' '}
                      {copied.ok ? t('popup.copied') : t('popup.copyFailed')}
                    </span>
                  )}
                </>
              ) : (
                <span class="muted">{t('popup.offerNoCode')}</span>
              )}
              {offer.price && <span class="muted"> · {offer.price}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
