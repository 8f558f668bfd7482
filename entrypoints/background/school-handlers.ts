/**
 * The extension pages' view of schools: the store's data with the key replaced by its masked form.
 * Store errors (invalid address, a second school at the same address) come back as problems.
 * Every change also brings the own-domain content scripts in line before the page hears back, so a
 * school page opened after "saved" already gets them (and after "forgotten" no longer does).
 */
import type { ParsedOf } from '@/utils/contract';
import type { UI_TO_BG } from '@/utils/message-names';
import type { DoneReply, SchoolReply, SchoolsReply, SchoolView } from '@/utils/messages';
import { reconcileWatchAlarms } from './watch/runner';
import { clearAllData, listSchools, maskedKeyFor, maskedKeysOf, removeSchool, saveSchool, type School } from './school-store';
import { syncOwnDomainScripts } from './own-domain-registrar';

async function view(school: School): Promise<SchoolView> {
  return { ...school, maskedKey: await maskedKeyFor(school.id) };
}

const refused = (error: unknown) => ({
  ok: false as const,
  problem: { code: 'bad-request' as const, raw: error instanceof Error ? error.message.slice(0, 300) : String(error) },
});

export async function schoolsReply(): Promise<SchoolsReply> {
  const schools = await listSchools();
  const masked = await maskedKeysOf(schools);
  // Fresh objects from storage: each takes its masked key in place.
  return { ok: true, schools: schools.map((school) => Object.assign(school, { maskedKey: masked.get(school.id) ?? null })) };
}

export async function saveSchoolReply({ id, name, origin, remember, key }: ParsedOf<typeof UI_TO_BG.saveSchool>): Promise<SchoolReply> {
  try {
    const school = await saveSchool({ ...(id ? { id } : {}), name, origin, remember }, key);
    await syncOwnDomainScripts();
    return { ok: true, school: await view(school) };
  } catch (error) {
    return refused(error);
  }
}

export async function removeSchoolReply(id: string): Promise<DoneReply> {
  await removeSchool(id);
  await syncOwnDomainScripts();
  await reconcileWatchAlarms(); // its watch's alarms go with it
  return { ok: true };
}

export async function clearAllDataReply(): Promise<DoneReply> {
  await clearAllData();
  await syncOwnDomainScripts();
  await reconcileWatchAlarms();
  return { ok: true };
}
