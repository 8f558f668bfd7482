/**
 * "Forget the school" (popup, options: `ui-to-bg/remove-school`) forgets everything stored for it,
 * not only the school and its key: its request history (e-mails and phones of test imports), its
 * last connection check, its export-API call counts and the page data learned from its pages
 * (offer codes, field titles, call URLs, process kinds, and its line in the page-data index). The
 * data is written through the background's own stores; another saved school keeps all of its own.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { startConnectionCheck } from '@/entrypoints/background/connection-check';
import { recordRequest } from '@/entrypoints/background/history';
import { listOffers, rememberOffers } from '@/entrypoints/background/offer-store';
import { rememberSeenCallUrls } from '@/entrypoints/background/page-calls';
import { processKind, rememberSchoolFields, schoolFields } from '@/entrypoints/background/process-store';
import { listCallUrls } from '@/entrypoints/background/call-url-store';
import { listSchools, saveSchool, type School } from '@/entrypoints/background/school-store';
import { UI_TO_BG } from '@/utils/message-names';
import { exportCallsOf, pageDataUseItem } from '@/entrypoints/background/storage/items';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

/** Everything the background keeps for a school, written as the background writes it. */
async function useSchool(school: School, tag: string) {
  const host = new URL(school.origin).host;
  await recordRequest(host, {
    target: '/pl/api/users',
    outcome: 'ok',
    summary: 'added',
    request: {
      kind: 'import',
      endpoint: 'users',
      params: { user: { email: `albato-test+${tag}@example.com`, phone: `+7999000${tag}` } },
    },
  });
  // A check that cannot reach the school still ends in a report, kept as the last check.
  const check = await startConnectionCheck(school.id, { signal: new AbortController().signal, onStep: () => undefined });
  if (!check.ok) throw new Error('the check did not start');
  await check.report;
  await exportCallsOf(host).update((calls) => [...calls, Date.now()]); // as the check's key step counts a call
  await rememberOffers(host, [{ id: '1001', title: `Курс ${tag}`, code: `code-${tag}`, price: '' }]);
  await rememberSchoolFields(host, 'user', [`Город ${tag}`]);
  await processKind(host, '101', 'deal');
  await rememberSeenCallUrls(host, '101', [`https://h.albato.ru/wh/${tag}`]);
  return host;
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory();
  background.main();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('forgetting a school', () => {
  it('removes its history, last check, export counts and page data; another school keeps its own', async () => {
    const forgotten = await saveSchool({ name: 'Школа йоги', origin: 'https://yoga.getcourse.ru', remember: true }, KEY);
    const kept = await saveSchool({ name: 'Своя школа', origin: 'https://learn.example.com' }, KEY);
    const forgottenHost = await useSchool(forgotten, '1111');
    const keptHost = await useSchool(kept, '2222');
    const local = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await local()).toContain(forgottenHost);
    expect(await local()).toContain('albato-test+1111@example.com');
    expect(await local()).toContain(forgotten.id);

    expect(await deliver({ type: UI_TO_BG.removeSchool, id: forgotten.id }, POPUP)).toEqual({ ok: true });

    // Nothing in storage.local names the forgotten school, by address or by id.
    const after = await local();
    expect(after).not.toContain(forgottenHost);
    expect(after).not.toContain(forgotten.id);
    expect(after).not.toContain('albato-test+1111@example.com');
    expect(after).not.toContain('+79990001111');
    expect(await deliver({ type: UI_TO_BG.listHistory, origin: forgotten.origin }, POPUP)).toEqual({ ok: true, entries: [] });
    expect(await deliver({ type: UI_TO_BG.lastCheck, schoolId: forgotten.id }, POPUP)).toMatchObject({ ok: true, report: null });
    expect(await exportCallsOf(forgottenHost).get()).toEqual([]);
    expect(Object.keys((await pageDataUseItem.get()) ?? {})).toEqual([keptHost]);

    // The other school's data is all there.
    expect((await listSchools()).map((s) => s.id)).toEqual([kept.id]);
    const history = await deliver({ type: UI_TO_BG.listHistory, origin: kept.origin }, POPUP);
    expect(JSON.stringify(history.entries)).toContain('albato-test+2222@example.com');
    expect(await deliver({ type: UI_TO_BG.lastCheck, schoolId: kept.id }, POPUP)).toMatchObject({
      ok: true,
      report: { origin: kept.origin },
    });
    expect(await exportCallsOf(keptHost).get()).toHaveLength(1);
    expect((await listOffers(keptHost)).map((o) => o.code)).toEqual(['code-2222']);
    expect(await schoolFields(keptHost)).toEqual({ user: ['Город 2222'], deal: null });
    expect(await processKind(keptHost, '101')).toBe('deal');
    expect((await listCallUrls(keptHost)).map((c) => c.url)).toEqual(['https://h.albato.ru/wh/2222']);
  });

  it('a school moved to another address leaves nothing under the old one (its key went already)', async () => {
    const school = await saveSchool({ name: 'Школа йоги', origin: 'https://yoga.getcourse.ru' }, KEY);
    const oldHost = await useSchool(school, '3333');
    const moved = await saveSchool({ id: school.id, name: 'Школа йоги', origin: 'https://yoga.example.com' });
    expect(moved.keyDroppedFrom).toBe('https://yoga.getcourse.ru');
    // Only the school's own note of where its key was dropped names the old address.
    const { schools, ...rest } = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(schools)).toContain(`"keyDroppedFrom":"https://${oldHost}"`);
    expect(JSON.stringify(rest)).not.toContain(oldHost);
    expect(JSON.stringify(rest)).not.toContain('albato-test+3333@example.com');
    expect(await deliver({ type: UI_TO_BG.lastCheck, schoolId: school.id }, POPUP)).toMatchObject({ ok: true, report: null });
    // A rename at the same address keeps everything.
    const kept = await saveSchool({ name: 'Пилатес', origin: 'https://pilates.getcourse.ru' }, KEY);
    const keptHost = await useSchool(kept, '4444');
    await saveSchool({ id: kept.id, name: 'Пилатес и йога', origin: kept.origin });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain('albato-test+4444@example.com');
    expect(await exportCallsOf(keptHost).get()).toHaveLength(1);
  });
});
