/**
 * Brings storage to the latest layout before the first read or write of a worker's lifetime.
 * The version lives in storage.local; the memoized promise below is only a shortcut for this
 * lifetime: after a restart it is recomputed from storage, so a stopped worker loses nothing.
 */
import { z } from 'zod';
import { MIGRATIONS, latestVersion, type Migration } from './migrations';
import { rawGet, rawSet } from './raw';

export const SCHEMA_VERSION_KEY = 'schema-version';
const storedVersion = z.number().int().positive();

/** Runs the migrations this storage is missing, in order; a fresh install runs none. */
export async function migrate(migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  const latest = latestVersion(migrations);
  const parsed = storedVersion.safeParse((await rawGet('local', [SCHEMA_VERSION_KEY]))[SCHEMA_VERSION_KEY]);
  let version: number;
  if (parsed.success) version = parsed.data;
  else {
    // No (valid) version: an empty storage.local is a fresh install; anything else predates versioning.
    const everything = await rawGet('local', null);
    const isFresh = Object.keys(everything).every((key) => key === SCHEMA_VERSION_KEY);
    if (isFresh) return recordVersion(latest);
    version = 1;
  }
  const missing = migrations.filter((m) => m.to > version).sort((a, b) => a.to - b.to);
  for (const migration of missing) {
    await migration.run();
    await recordVersion(migration.to); // one step at a time: a stop halfway resumes at the next one
  }
}

function recordVersion(version: number): Promise<void> {
  return rawSet('local', { [SCHEMA_VERSION_KEY]: version });
}

/** After "clear all data": the now empty storage is at the latest layout, not layout 1. */
export const recordLatestVersion = (): Promise<void> => recordVersion(latestVersion(MIGRATIONS));

let migrated: Promise<void> | null = null;

export function ensureMigrated(): Promise<void> {
  migrated ??= migrate().catch((error: unknown) => {
    migrated = null; // a failed run (storage unavailable) is retried by the next caller
    throw error;
  });
  return migrated;
}

/** What a worker restart does: the next storage access checks the stored version again. */
export function forgetMigrationRun(): void {
  migrated = null;
}
