/**
 * Storage layout versions. Layout 1 is everything stored before versioning existed. Each migration
 * is written against the raw shapes of its time (not today's schemas, which will move on), must
 * tolerate data it does not recognise, and must be safe to run again if the worker was stopped
 * halfway (the version is recorded only after it finishes).
 *
 * storage.session needs no migrations: browsers empty it when the extension is updated or
 * reloaded, and when the browser stops.
 */
import { rawGet, rawSet } from './raw';

export interface Migration {
  /** the layout version this migration produces; the list runs in ascending order */
  to: number;
  why: string;
  run(): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: `process-kinds:<host>` was `{ [processId]: kind }`, relying on insertion order to drop
 * the oldest entries; but process ids are integer-like keys, which JavaScript enumerates in numeric
 * order, so the lowest ids were dropped instead. Each entry now carries `seenAt`. Entries of
 * unknown age get 0: they are the first to go.
 */
export const processKindsWithSeenAt: Migration = {
  to: 2,
  why: 'process kinds carry seenAt, so the oldest (not the lowest id) are dropped first',
  async run() {
    const everything = await rawGet('local', null);
    const updates: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(everything)) {
      if (!key.startsWith('process-kinds:') || !isRecord(value)) continue;
      const converted: Record<string, unknown> = {};
      for (const [processId, entry] of Object.entries(value)) {
        if (entry === 'user' || entry === 'deal') converted[processId] = { kind: entry, seenAt: 0 };
        else if (isRecord(entry)) converted[processId] = entry; // already layout 2 (a repeated run)
      }
      updates[key] = converted;
    }
    if (Object.keys(updates).length) await rawSet('local', updates);
  },
};

export const MIGRATIONS: readonly Migration[] = [processKindsWithSeenAt];

export const latestVersion = (migrations: readonly Migration[]): number => Math.max(1, ...migrations.map((m) => m.to));
