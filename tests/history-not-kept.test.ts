/**
 * A request that went out keeps its answer when the history cannot be written (README, Security:
 * "Storage a page can fill"). storage.local is full here the way Chromium refuses a write past its
 * quota: every `set` rejects with its message ("Resource::kQuotaBytes quota exceeded" in Chromium
 * 156, "QUOTA_BYTES quota exceeded" before), reads still work. e2e/storage.chromium.e2e.test.ts
 * fills the real quota. An import is
 * not safe to repeat, so its answer must never turn into an `unknown` failure.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { isQuotaError } from '@/entrypoints/background/history';
import { saveSchool } from '@/entrypoints/background/school-store';
import { UI_TO_BG } from '@/utils/message-names';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import { R4_USER_ADDED } from './fixtures/getcourse-answers/r4-deal-added';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const ORIGIN = 'https://school.getcourse.ru';
const IMPORT = { user: { email: 'albato-test+202611291000@example.com', first_name: 'Тест' } };
const ADDED = R4_USER_ADDED;

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

function answerWith(body: string, contentType = 'application/json') {
  const fetchMock = vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': contentType } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** From now on storage.local refuses every write, as Chromium does past QUOTA_BYTES (10 MiB). */
function fillStorage(error: Error = new Error('Resource::kQuotaBytes quota exceeded')) {
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(error);
}

let schoolId: string;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetMigrationRun();
  background.main();
  schoolId = (await saveSchool({ name: 'Школа', origin: ORIGIN }, 'AbCd0123456789secret0123456789WxYz')).id;
});
afterEach(() => vi.unstubAllGlobals());

const testImport = () => deliver({ type: UI_TO_BG.testImport, schoolId, endpoint: 'users', params: IMPORT, confirmedRisks: [] }, POPUP);
const history = async () => (await deliver({ type: UI_TO_BG.listHistory, origin: ORIGIN }, POPUP)).entries;

describe('storage full after a request went out', () => {
  it('a test import still answers with GetCourse’s result, sent once, and says it is not in the history', async () => {
    const fetchMock = answerWith(JSON.stringify(ADDED));
    // With room, the import is in the history and the reply carries no note.
    const kept = await testImport();
    expect(kept.ok).toBe(true);
    expect(kept).not.toHaveProperty('historyNotKept');
    expect(await history()).toHaveLength(1);

    const set = fillStorage();
    const reply = await testImport();
    expect(reply).toMatchObject({
      ok: true,
      result: { userId: ADDED.result.user_id, userStatus: 'added' },
      raw: JSON.stringify(ADDED),
      historyNotKept: 'storage-full',
    });
    expect(fetchMock).toHaveBeenCalledTimes(2); // once per Send: nothing retried
    expect(set).toHaveBeenCalled(); // the history write was tried, and refused
    expect(await history()).toHaveLength(1);
  });

  it('a refused import keeps GetCourse’s refusal, with the same note', async () => {
    answerWith(
      JSON.stringify({ success: true, action: 'add', result: { success: false, error: true, error_message: 'Предложение не найдено' } }),
    );
    fillStorage();
    expect(await testImport()).toMatchObject({
      ok: false,
      problem: { code: 'refused', raw: expect.stringContaining('Предложение не найдено'), historyNotKept: 'storage-full' },
    });
  });

  it('any other storage failure is said as such, and the answer still comes back', async () => {
    answerWith(JSON.stringify(ADDED));
    fillStorage(new Error('IO error: .../Local Extension Settings/LOCK: No further details.'));
    expect(await testImport()).toMatchObject({ ok: true, result: { userId: ADDED.result.user_id }, historyNotKept: 'storage-failed' });
  });

  it('a webhook test (where the editor’s "Test this URL" is sent too) still shows the answer, and the note', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://h.albato.ru/*'] });
    const fetchMock = answerWith('{"success":true}');
    fillStorage();
    const reply = await deliver(
      {
        type: UI_TO_BG.testWebhook,
        origin: 'https://school.getcourse.ru',
        template: 'https://h.albato.ru/wh/38/1lf/token/?e={object.email}',
        method: 'GET',
        kind: 'user',
      },
      POPUP,
    );
    expect(reply).toMatchObject({ ok: true, answer: { status: 200, body: '{"success":true}', historyNotKept: 'storage-full' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('isQuotaError', () => {
  it('knows Chrome’s and Firefox’s quota errors from other failures', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError(new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('IO error: LOCK'))).toBe(false);
    expect(isQuotaError('nope')).toBe(false);
  });
});
