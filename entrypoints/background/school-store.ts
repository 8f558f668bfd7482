/**
 * Schools the admin works with (agencies run many) and their API keys. Metadata is not secret
 * and lives in storage.local. A key is never stored there (content scripts can read it): it lives
 * in storage.session by default (trusted contexts only, gone when the browser stops), or, when the
 * admin ticks "remember", in the extension origin's IndexedDB (see `storage/key-vault.ts`).
 * Background only: `keyFor` must never be reachable from a content script.
 *
 * Order of writes, so that a worker stopped between two of them never leaves a key behind that
 * no school points to: metadata before keys when adding, keys before metadata when removing,
 * and when moving a key, the new place first, then the old one emptied.
 *
 * A key belongs to the address it was saved with. A school whose address changes without a new key
 * in the same save loses its key (both places), so no request can carry school A's key to the new
 * address; `keyDroppedFrom` keeps the old address so the pages can say why the key is gone.
 */
import { z } from 'zod';
import { ensureMigrated, recordLatestVersion } from './storage/migrate';
import {
  apiKeySchema,
  exportCallsOf,
  historyOf,
  lastCheckOf,
  watchOf,
  MAX_SCHOOLS,
  schoolOrigin,
  schoolSchema,
  schoolsItem,
  sessionKeyOf,
  type School,
} from './storage/items';
import { vaultClear, vaultDelete, vaultGet, vaultGetMany, vaultPut } from './storage/key-vault';
import { keepSessionTrustedOnly, rawClear } from './storage/raw';
import { maskKey } from '@/utils/mask-key';
import { forgetPageData } from './page-data';

export { maskKey } from '@/utils/mask-key';

export type { School };

const schoolInput = z.object({
  /** given: update that school; absent: a new school (or the one already saved at this origin) */
  id: schoolSchema.shape.id.optional(),
  name: schoolSchema.shape.name,
  // An origin typed with a trailing slash or capitals is still that origin.
  origin: z
    .string()
    .trim()
    .max(300)
    .transform((value) => value.replace(/\/$/, '').toLowerCase())
    .pipe(schoolOrigin),
  remember: z.boolean().optional(),
});
export type SchoolInput = z.input<typeof schoolInput>;

export function listSchools(): Promise<School[]> {
  return schoolsItem.get();
}

/**
 * Adds or updates a school; with `key`, replaces its key. Without `key`, the saved key stays only
 * while the address does: a new address without a key drops it. Throws on invalid input, an
 * unknown id, or an address another school has (then nothing changes, the key included).
 */
export async function saveSchool(input: SchoolInput, key?: string, now = Date.now()): Promise<School> {
  const { id, name, origin, remember } = schoolInput.parse(input);
  const validKey = key === undefined ? undefined : apiKeySchema.parse(key);
  const refusal = (list: School[], existing: School | undefined) =>
    id && !existing
      ? `no school with id ${id}`
      : list.some((s) => s.origin === origin && s.id !== existing?.id)
        ? `another school is saved at ${origin}`
        : !existing && list.length >= MAX_SCHOOLS
          ? `at most ${MAX_SCHOOLS} schools`
          : null;
  // Keys before metadata when removing: a moving school's key goes before the school points at
  // the new address, so there is no moment where the address is new and the key the old one's.
  let droppedFrom: string | undefined;
  if (id && validKey === undefined) {
    const list = await listSchools();
    const before = list.find((s) => s.id === id);
    const refused = refusal(list, before);
    if (refused) throw new Error(refused);
    if (before && before.origin !== origin && (await keyFor(before.id)) !== null) {
      droppedFrom = before.origin;
      await forgetKey(before.id);
    }
  }
  let school!: School;
  let before: School | undefined;
  let rememberChanged = false;
  let moved = false;
  // Decided inside the update, so two saves at once cannot both add the same school.
  await schoolsItem.update((list) => {
    const existing = id ? list.find((s) => s.id === id) : list.find((s) => s.origin === origin);
    const refused = refusal(list, existing);
    if (refused) throw new Error(refused);
    if (existing) {
      before = existing;
      moved = existing.origin !== origin;
      // A new key ends the note; a move that dropped one records where from; otherwise it stays.
      const note = validKey !== undefined ? undefined : (moved && droppedFrom) || existing.keyDroppedFrom;
      const { keyDroppedFrom: _old, ...rest } = existing;
      school = { ...rest, name, origin, remember: remember ?? existing.remember, ...(note ? { keyDroppedFrom: note } : {}) };
    } else {
      school = { id: crypto.randomUUID(), name, origin, remember: remember ?? false, addedAt: now };
    }
    rememberChanged = existing !== undefined && existing.remember !== school.remember;
    return existing ? list.map((s) => (s.id === school.id ? school : s)) : [...list, school];
  });
  // What was kept for the old address (its check, history, counts, page data) is not the new
  // address's: it goes like a forgotten school's, so nothing is left that no saved school points to.
  if (moved && before) await forgetSchoolData(before);
  if (moved && validKey === undefined) {
    // Once more after the move: a key another save placed meanwhile was for the old address too.
    await forgetKey(school.id);
    return school;
  }
  const keyToPlace = validKey ?? (rememberChanged ? await keyFor(school.id) : null);
  if (keyToPlace) await placeKey(school.id, keyToPlace, school.remember);
  return school;
}

/**
 * Removes the school with its key in every place a key can be and everything stored for it: by its
 * id, the last connection check; by its address (as the host the stores key them by), the request
 * history (e-mails and phones of test imports), the export-API call counts and the page-learned
 * data (offer codes, field titles, call URLs, process kinds). Address-keyed data is the school's
 * alone: `saveSchool` refuses a second school at an address one has. Key and data go before the
 * school does, so a worker stopped halfway leaves a school to forget again, not data that nothing
 * points to. What its pages teach afterwards (a technical domain's pages are read whether the
 * school is saved or not) is learned anew.
 */
export async function removeSchool(id: string): Promise<boolean> {
  await forgetKey(id);
  const school = (await listSchools()).find((s) => s.id === id);
  if (school) await forgetSchoolData(school);
  let removed = false;
  await schoolsItem.update((list) => {
    removed = list.some((s) => s.id === id);
    return removed ? list.filter((s) => s.id !== id) : undefined;
  });
  return removed;
}

/** The school's API key, for the background's own requests only. */
export async function keyFor(id: string): Promise<string | null> {
  if (!(await listSchools()).some((s) => s.id === id)) return null;
  return (await sessionKeyOf(id).get()) ?? (await vaultGet(id));
}

/** The key as the UI may show it, or null when the school has none. */
/**
 * Every listed school's masked key in one pass: the schools are read once, the session keys at once,
 * and the key vault (an IndexedDB open) only for the schools with no session key. The popup waits on
 * this before its first paint; asked school by school it read the list again for each.
 */
export async function maskedKeysOf(schools: readonly School[]): Promise<Map<string, string | null>> {
  const session = await Promise.all(schools.map((school) => sessionKeyOf(school.id).get()));
  const vaultIds = schools.filter((_, i) => session[i] == null).map((school) => school.id);
  const remembered = vaultIds.length > 0 ? await vaultGetMany(vaultIds) : new Map<string, string>();
  return new Map(
    schools.map((school, i) => {
      const key = session[i] ?? remembered.get(school.id) ?? null;
      return [school.id, key === null ? null : maskKey(key)];
    }),
  );
}

export async function maskedKeyFor(id: string): Promise<string | null> {
  const key = await keyFor(id);
  return key === null ? null : maskKey(key);
}

/** Keep the key across browser restarts (IndexedDB) or for this session only; null: no such school. */
export async function setRemember(id: string, remember: boolean): Promise<School | null> {
  const school = (await listSchools()).find((s) => s.id === id);
  if (!school) return null;
  return saveSchool({ id, name: school.name, origin: school.origin, remember });
}

/** Forgets every school, every key and every remembered page detail; settings return to defaults. */
export async function clearAllData(): Promise<void> {
  await ensureMigrated();
  await vaultClear();
  await rawClear('session');
  await rawClear('local');
  await recordLatestVersion(); // the empty storage is at today's layout, not a pre-versioning one
}

async function placeKey(id: string, key: string, remember: boolean): Promise<void> {
  if (remember) {
    await vaultPut(id, key);
    await sessionKeyOf(id).remove();
  } else {
    await keepSessionTrustedOnly();
    await sessionKeyOf(id).set(key);
    await vaultDelete(id);
  }
}

async function forgetSchoolData(school: School): Promise<void> {
  const host = new URL(school.origin).host;
  await lastCheckOf(school.id).remove();
  await watchOf(school.id).remove();
  await historyOf(host).remove();
  // GetCourse keeps counting these calls for up to two hours, so a school saved again at once starts
  // its count below GetCourse's (a check spends one call).
  await exportCallsOf(host).remove();
  await forgetPageData(host);
}

async function forgetKey(id: string): Promise<void> {
  await sessionKeyOf(id).remove();
  await vaultDelete(id);
}
