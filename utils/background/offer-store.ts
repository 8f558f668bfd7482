/**
 * Offer codes the admin has seen on GetCourse pages, remembered per school so the popup (and the
 * test-deal form) can offer them. Not secret: storage.local, written only by the background.
 */
import type { OfferSeen, RememberedOffer } from '../messages';
import { offersOf } from '../storage/items';

/** Enough for any school's offers list; the oldest seen are dropped first. */
export const MAX_REMEMBERED = 1000;

export async function rememberOffers(host: string, offers: OfferSeen[], now = Date.now()): Promise<void> {
  await offersOf(host).update((known) => {
    for (const offer of offers) {
      // A list row may not show the price; keep what an earlier page (the offer form) told us.
      const before = known[offer.id];
      known[offer.id] = { ...offer, price: offer.price || before?.price || '', seenAt: now };
    }
    const kept = Object.values(known).sort((a, b) => b.seenAt - a.seenAt).slice(0, MAX_REMEMBERED);
    return Object.fromEntries(kept.map((o) => [o.id, o]));
  });
}

/** Offers of one school, by title. */
export async function listOffers(host: string): Promise<RememberedOffer[]> {
  return Object.values(await offersOf(host).get()).sort((a, b) => a.title.localeCompare(b.title, 'ru'));
}
