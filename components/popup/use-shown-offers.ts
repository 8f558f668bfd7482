import { useEffect, useState } from 'preact/hooks';
import { UI_TO_BG } from '@/utils/message-names';
import type { RememberedOffer } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';

/** The offer codes seen on the shown school's pages: null while asked, or when no school is shown. */
export function useShownOffers(shownOrigin: string | undefined): RememberedOffer[] | null {
  const [offers, setOffers] = useState<{ origin: string; offers: RememberedOffer[] } | null>(null);
  const loadedOrigin = offers?.origin;
  useEffect(() => {
    if (!shownOrigin || loadedOrigin === shownOrigin) return;
    void sendToBackground({ type: UI_TO_BG.listOffers, origin: shownOrigin }).then((reply) =>
      setOffers({ origin: shownOrigin, offers: reply.ok ? reply.offers : [] }),
    );
  }, [shownOrigin, loadedOrigin]);
  return offers && offers.origin === shownOrigin ? offers.offers : null;
}
