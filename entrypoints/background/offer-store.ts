/**
 * Offer codes the admin has seen on GetCourse pages, remembered per school so the popup (and the
 * test-deal form) can offer them. Not secret: storage.local, written only by the background,
 * within the page-data budget (page-data.ts).
 */
import type { OfferSeen, RememberedOffer } from '@/utils/messages';
import { OFFERS_MAX } from '@/utils/page-data-limits';
import { offersOf } from './storage/items';
import { newestThatFit, readPageData, writePageData, type PageDataWrite } from './page-data';

/** Enough for any school's offers list; the oldest seen are dropped first. */
export const MAX_REMEMBERED = OFFERS_MAX;

type Remembered = Record<string, RememberedOffer>;

export function rememberOffers(host: string, offers: OfferSeen[], now = Date.now()): Promise<PageDataWrite<Remembered>> {
  return writePageData(
    offersOf,
    host,
    (known) => {
      for (const offer of offers) {
        // A list row may not show the price; keep what an earlier page (the offer form) told us.
        const before = known[offer.id];
        known[offer.id] = { ...offer, price: offer.price || before?.price || '', seenAt: now };
      }
      const kept = Object.values(known)
        .sort((a, b) => b.seenAt - a.seenAt)
        .slice(0, MAX_REMEMBERED);
      return Object.fromEntries(kept.map((o) => [o.id, o]));
    },
    { now, fit: newestThatFit },
  );
}

/** Offers of one school, by title: a use of that school (page-data.ts). */
export async function listOffers(host: string): Promise<RememberedOffer[]> {
  return Object.values(await readPageData(offersOf, host)).sort((a, b) => a.title.localeCompare(b.title, 'ru'));
}
