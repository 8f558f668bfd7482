/**
 * A typed storage item: one key in one area, its zod schema and the value to use when nothing
 * (or something invalid) is stored. Reads never throw on bad data; writes are validated, so a
 * bug cannot store what a later read would reject.
 */
import type { z } from 'zod';
import { ensureMigrated } from './migrate';
import { rawGet, rawRemove, rawSet, type Area } from './raw';

export interface StorageItem<T> {
  readonly area: Area;
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<T>;
  /** The value as `set` would store it; throws what `set` would throw. Nothing is written. */
  validate(value: T): T;
  /** Read-modify-write without lost updates inside this worker; return undefined to leave it as is. */
  update(change: (current: T) => T | undefined): Promise<T>;
  /** Waits for the updates in flight of this item (in this worker), then removes it. */
  remove(): Promise<void>;
}

interface ItemDefinition<T> {
  area: Area;
  schema: z.ZodType<T>;
  /** copied on every read, so callers may mutate what they get */
  fallback: T;
}

// Updates in flight per key. Only ongoing work lives here: a restarted worker has none to lose.
const inFlight = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier piece of work with the same id (in this worker). */
export function serialized<R>(id: string, work: () => Promise<R>): Promise<R> {
  const previous = inFlight.get(id) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  inFlight.set(id, next);
  void next.finally(() => inFlight.get(id) === next && inFlight.delete(id)).catch(() => undefined);
  return next;
}

export function defineItem<T>(key: string, { area, schema, fallback }: ItemDefinition<T>): StorageItem<T> {
  async function get(): Promise<T> {
    await ensureMigrated();
    const stored = (await rawGet(area, [key]))[key];
    const parsed = stored === undefined ? null : schema.safeParse(stored);
    return parsed?.success ? parsed.data : structuredClone(fallback);
  }
  async function set(value: T): Promise<T> {
    const valid = schema.parse(value);
    await ensureMigrated();
    await rawSet(area, { [key]: valid });
    return valid;
  }
  return {
    area,
    key,
    get,
    set,
    validate: (value) => schema.parse(value),
    update: (change) =>
      serialized(`${area}:${key}`, async () => {
        const current = await get();
        const changed = change(current);
        return changed === undefined ? current : set(changed);
      }),
    // After any update in flight, so a read-modify-write that began before cannot put the value back.
    remove: () =>
      serialized(`${area}:${key}`, async () => {
        await ensureMigrated();
        await rawRemove(area, [key]);
      }),
  };
}

/**
 * Writes several items of one area in one `storage.set`, each validated first: the browser
 * applies one set call as a whole (and refuses it as a whole, e.g. over its quota).
 */
export async function setItems(area: Area, values: readonly (readonly [StorageItem<any>, unknown])[]): Promise<void> {
  const valid: Record<string, unknown> = {};
  for (const [item, value] of values) {
    if (item.area !== area) throw new Error(`${item.key} is not in storage.${area}`);
    valid[item.key] = item.validate(value);
  }
  await ensureMigrated();
  await rawSet(area, valid);
}

/** Removes several items of one area in one `storage.remove`. */
export async function removeItems(area: Area, items: readonly StorageItem<unknown>[]): Promise<void> {
  await ensureMigrated();
  await rawRemove(
    area,
    items.map((item) => item.key),
  );
}

/** Items that share a schema and differ by a key suffix (a host, a tab id, a school id). */
export interface ItemFamily<P extends string | number, T> {
  readonly area: Area;
  readonly prefix: string;
  (part: P): StorageItem<T>;
}

export function defineItemFamily<P extends string | number, T>(prefix: string, definition: ItemDefinition<T>): ItemFamily<P, T> {
  const family = (part: P) => defineItem(`${prefix}${part}`, definition);
  return Object.assign(family, { area: definition.area, prefix });
}
