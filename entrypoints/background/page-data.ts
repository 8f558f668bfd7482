/**
 * The budget for page-learned data (README, Security: "Storage a page can fill"). Any school's
 * pages can run their owner's script, and what the content script forwards from them is kept per
 * school (`PAGE_DATA_FAMILIES`: field titles, offers, call URLs, process kinds). Every write of
 * it comes through here:
 *
 * - one school holds at most PAGE_DATA_SCHOOL_BYTES: past it, the oldest entries of the kind
 *   being written go (offers, process kinds and call URLs carry `seenAt`); field titles have no
 *   age, so a list that does not fit is refused and the school keeps the one it had;
 * - all schools together hold at most PAGE_DATA_BUDGET_BYTES, and at most PAGE_DATA_SCHOOLS_MAX
 *   schools: past either, the least recently used school's page data goes, whole, until the
 *   write fits. The school being written is never evicted by its own write; a read from a
 *   school's page or from the popup counts as a use.
 *
 * Saved schools, settings, keys, connection reports, the history and the export budget are not
 * page-learned: nothing here reads, counts or removes them. A forgotten school's page data goes
 * with it (`forgetPageData`).
 *
 * Sizes are counted as Chrome counts its quota (`storage/size.ts`) and kept in a small index
 * (`pageDataUseItem`) written in the same `storage.set` as the data, so a write never needs to
 * read the whole area. The index is rebuilt from the items when it is missing or damaged. All
 * writes and uses run one at a time in this worker (eviction compares schools with each other);
 * a restarted worker loses only work in progress.
 */
import type { ItemFamily, StorageItem } from './storage/item';
import { removeItems, serialized, setItems } from './storage/item';
import { PAGE_DATA_FAMILIES, pageDataUseItem } from './storage/items';
import { rawGet } from './storage/raw';
import { ensureMigrated } from './storage/migrate';
import { jsonBytes, storedBytes, utf8Length } from './storage/size';
import { PAGE_DATA_BUDGET_BYTES, PAGE_DATA_SCHOOL_BYTES, PAGE_DATA_SCHOOLS_MAX } from '@/utils/page-data-limits';

type PageFamily = (typeof PAGE_DATA_FAMILIES)[number];
/** By school host: its last use, and its bytes by kind (the family's prefix). */
type Index = Record<string, { usedAt: number; bytes: Record<string, number> }>;

export type PageDataWrite<T> =
  | { stored: true; value: T; /** schools whose page data made room for this write */ evicted: string[] }
  | { stored: false; value: T; reason: 'school-full'; bytes: number };

export interface PageDataWriteOptions<T> {
  now?: number;
  /**
   * The newest part of `value` whose JSON takes at most `bytes` (as `jsonBytes` counts), for a
   * kind whose entries have an age; without it, a value over the school's share is refused.
   */
  fit?: (value: T, bytes: number) => T;
}

const QUEUE = 'page-data';

/**
 * Changes one school's item of page-learned data (`change` returns undefined to leave it as is)
 * and counts it against the budget, evicting the least recently used other schools to make room.
 */
export function writePageData<T>(
  family: ItemFamily<string, T> & PageFamily,
  host: string,
  change: (current: T) => T | undefined,
  options: PageDataWriteOptions<T> = {},
): Promise<PageDataWrite<T>> {
  const { now = Date.now(), fit } = options;
  return serialized(QUEUE, async () => {
    const item = family(host);
    const index = await loadIndex();
    const current = await item.get();
    const changed = change(structuredClone(current));
    if (changed === undefined) {
      if (index[host]) await saveIndex(touched(index, host, now));
      return { stored: true, value: current, evicted: [] };
    }
    let value = item.validate(changed);
    const othersOfSchool = Object.entries(index[host]?.bytes ?? {}).reduce(
      (sum, [kind, bytes]) => (kind === family.prefix ? sum : sum + bytes),
      0,
    );
    let bytes = storedBytes(item.key, value);
    if (othersOfSchool + bytes > PAGE_DATA_SCHOOL_BYTES && fit) {
      value = item.validate(fit(value, PAGE_DATA_SCHOOL_BYTES - othersOfSchool - utf8Length(item.key)));
      bytes = storedBytes(item.key, value);
    }
    if (othersOfSchool + bytes > PAGE_DATA_SCHOOL_BYTES)
      return { stored: false, value: current, reason: 'school-full', bytes: othersOfSchool + bytes };

    const next = touched(index, host, now);
    next[host]!.bytes[family.prefix] = bytes;
    const evicted = leastRecentlyUsedOver(next, host);
    if (evicted.length) {
      // Removed before the index forgets them: a worker stopped in between over-counts (and
      // evicts early), never under-counts.
      await removeItems('local', evicted.flatMap(itemsOf));
      for (const gone of evicted) delete next[gone];
    }
    await setItems('local', [
      [item, value],
      [pageDataUseItem, next],
    ]);
    return { stored: true, value, evicted };
  });
}

/** One school's item, read for the school's page or the popup: a use of that school. */
export async function readPageData<T>(family: ItemFamily<string, T> & PageFamily, host: string, now = Date.now()): Promise<T> {
  const value = await family(host).get();
  await serialized(QUEUE, async () => {
    const index = await loadIndex();
    if (index[host]) await saveIndex(touched(index, host, now));
  }).catch(() => undefined); // a read answers even when the use cannot be recorded (storage full)
  return value;
}

/**
 * Removes one school's page-learned data, every kind, and its line in the index: the school was
 * forgotten (school-store.ts `removeSchool`). In the same queue as the writes, so a write in flight
 * for that school lands before this, not after.
 */
export function forgetPageData(host: string): Promise<void> {
  return serialized(QUEUE, async () => {
    const index = await loadIndex();
    await removeItems('local', itemsOf(host));
    if (!index[host]) return;
    const { [host]: _forgotten, ...rest } = index;
    await saveIndex(rest);
  });
}

/**
 * The newest entries of a record whose entries carry `seenAt`, as many as fit in `bytes` of JSON
 * (offers, process kinds, call URLs).
 */
export function newestThatFit<E extends { seenAt: number }>(record: Record<string, E>, bytes: number): Record<string, E> {
  const kept: [string, E][] = [];
  let used = 2; // {}
  for (const [key, entry] of Object.entries(record).sort(([, a], [, b]) => b.seenAt - a.seenAt)) {
    const size = jsonBytes(key) + 1 + jsonBytes(entry) + (kept.length ? 1 : 0); // "key":entry, separated by commas
    if (used + size > bytes) break;
    used += size;
    kept.push([key, entry]);
  }
  return Object.fromEntries(kept);
}

const schoolBytes = (bytes: Record<string, number>) => Object.values(bytes).reduce((sum, b) => sum + b, 0);

function itemsOf(host: string): StorageItem<unknown>[] {
  return PAGE_DATA_FAMILIES.map((family) => family(host) as StorageItem<unknown>);
}

/** A copy of the index with `host` used now: later than every other use, even within one millisecond. */
function touched(index: Index, host: string, now: number): Index {
  const latest = Math.max(0, ...Object.values(index).map((use) => use.usedAt));
  return { ...index, [host]: { usedAt: Math.max(now, latest + 1), bytes: { ...index[host]?.bytes } } };
}

/** Schools to evict, least recently used first, until the rest fits; never `keep`. */
function leastRecentlyUsedOver(index: Index, keep: string): string[] {
  let total = Object.values(index).reduce((sum, use) => sum + schoolBytes(use.bytes), 0);
  let schools = Object.keys(index).length;
  const evicted: string[] = [];
  const candidates = Object.entries(index)
    .filter(([host]) => host !== keep)
    .sort(([, a], [, b]) => a.usedAt - b.usedAt);
  for (const [host, use] of candidates) {
    if (total <= PAGE_DATA_BUDGET_BYTES && schools <= PAGE_DATA_SCHOOLS_MAX) break;
    evicted.push(host);
    total -= schoolBytes(use.bytes);
    schools -= 1;
  }
  return evicted;
}

async function loadIndex(): Promise<Index> {
  return (await pageDataUseItem.get()) ?? rebuildIndex();
}

async function saveIndex(index: Index): Promise<void> {
  await pageDataUseItem.set(index);
}

/**
 * The index from the stored items themselves: their sizes, and as the last use the newest
 * `seenAt` inside them (0 when none, e.g. field titles alone): those schools go first.
 */
async function rebuildIndex(): Promise<Index> {
  await ensureMigrated();
  const everything = await rawGet('local', null);
  const index: Index = {};
  for (const [key, value] of Object.entries(everything)) {
    const family = PAGE_DATA_FAMILIES.find((f) => key.startsWith(f.prefix));
    if (!family) continue;
    const host = key.slice(family.prefix.length);
    const use = (index[host] ??= { usedAt: 0, bytes: {} });
    use.bytes[family.prefix] = storedBytes(key, value);
    use.usedAt = Math.max(use.usedAt, newestSeenAt(value));
  }
  return index;
}

function newestSeenAt(value: unknown): number {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 0;
  let newest = 0;
  for (const entry of Object.values(value)) {
    const seenAt = entry && typeof entry === 'object' ? (entry as { seenAt?: unknown }).seenAt : undefined;
    if (typeof seenAt === 'number' && Number.isFinite(seenAt)) newest = Math.max(newest, seenAt);
  }
  return newest;
}
