/**
 * What the background learns for process and offer pages where the page itself cannot say
 * (fact sheet R.2, R.3): a process's kind from GetCourse's processes-by-type lists, read only for
 * the process editor, and the offer codes remembered from offer forms, read back by the offers list.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { CS_TO_BG } from '@/utils/message-names';
import { processIdsOf } from '@/entrypoints/background/process-kind-list';
import { KIND_LOOKUP_INTERVAL_MS } from '@/entrypoints/background/process-kinds-remote';

const EDITOR = { id: fakeBrowser.runtime.id, url: 'https://school.getcourse.ru/pl/tasks/mission/process?id=102', tab: { id: 7 } };
const at = (path: string) => ({ ...EDITOR, url: `https://school.getcourse.ru${path}` });

async function deliver(message: unknown, sender: object): Promise<any> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

/** GetCourse's two lists as the sandbox serves them (41 users, 42 orders). */
function answerLists(
  lists: Record<string, string | Response> = {
    41: '{"models":[{"id":101,"title":"a"},{"id":104,"title":"b"}]}',
    42: '{"models":[{"id":102,"title":"c"},{"id":"103","title":"d"}]}',
  },
) {
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => {
    const answer = lists[new URL(url).searchParams.get('objectTypeId') ?? ''] ?? '{"models":[]}';
    return typeof answer === 'string' ? new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } }) : answer;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('processIdsOf (find-by-type → {models:[…]}, ref C.2)', () => {
  it.each([
    ['{"models":[{"id":101,"title":"x"},{"id":"102"},{"key":103,"label":"y"}]}', ['101', '102', '103']],
    ['{"models":[]}', []],
    ['{"models":[{"id":-1},{"id":1.5},{"id":"1 OR 1"},{"id":null},null,7,{"id":{"x":1}}]}', []],
    ['{"items":[]}', null],
    ['<html>login</html>', null],
    ['', null],
    ['null', null],
  ])('%s → %j', (body, ids) => {
    expect(processIdsOf(body)).toEqual(ids);
  });

  it('reads at most 5000 models', () => {
    expect(processIdsOf(JSON.stringify({ models: Array.from({ length: 6000 }, (_, i) => ({ id: i + 1 })) }))).toHaveLength(5000);
  });
});

describe('process kinds from the processes-by-type lists (ref C.2, R.2)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('the editor asking about an unknown process makes the background read both lists once, with the session', async () => {
    const fetchMock = answerLists();
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, EDITOR)).toEqual({ ok: true, kind: 'deal' });
    expect(fetchMock.mock.calls.map(([url]) => url).sort()).toEqual([
      'https://school.getcourse.ru/pl/tasks/mission/find-by-type?objectTypeId=41',
      'https://school.getcourse.ru/pl/tasks/mission/find-by-type?objectTypeId=42',
    ]);
    expect(
      fetchMock.mock.calls.every(([, init]) => init?.credentials === 'include' && init.method === 'GET' && init.redirect === 'manual'),
    ).toBe(true);
    // Every kind in the lists is remembered: no more requests for these processes.
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '101' }, at('/pl/tasks/mission/process?id=101'))).toEqual({
      ok: true,
      kind: 'user',
    });
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '103' }, EDITOR)).toEqual({ ok: true, kind: 'deal' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('both editor features asking at once share one look-up', async () => {
    const fetchMock = answerLists();
    const replies = await Promise.all([
      deliver({ type: CS_TO_BG.processKind, processId: '104' }, EDITOR),
      deliver({ type: CS_TO_BG.processKind, processId: '104' }, EDITOR),
    ]);
    expect(replies).toEqual([
      { ok: true, kind: 'user' },
      { ok: true, kind: 'user' },
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('other pages never make it read: a settings page only tells or asks', async () => {
    const fetchMock = answerLists();
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, at('/pl/tasks/mission/update?id=102'))).toEqual({
      ok: true,
      kind: null,
    });
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102', kind: 'deal' }, at('/pl/tasks/mission/update?id=102'))).toEqual({
      ok: true,
      kind: 'deal',
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a login redirect',
      { 41: new Response('', { status: 302, headers: { location: '/cms/system/login' } }), 42: new Response('', { status: 302 }) },
    ],
    ['HTML instead of JSON', { 41: '<html></html>', 42: '<html></html>' }],
    ['a process in neither list', { 41: '{"models":[{"id":1}]}', 42: '{"models":[{"id":2}]}' }],
    ['a process in both lists', { 41: '{"models":[{"id":102}]}', 42: '{"models":[{"id":102}]}' }],
  ])('%s: the kind stays unknown, nothing breaks', async (_what, lists) => {
    answerLists(lists);
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, EDITOR)).toEqual({ ok: true, kind: null });
  });

  it('a network failure leaves the kind unknown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await deliver({ type: CS_TO_BG.processKind, processId: '102' }, EDITOR)).toEqual({ ok: true, kind: null });
  });

  it('an own domain the admin has not granted is not read (the page is no school page to the background)', async () => {
    const fetchMock = answerLists();
    expect(
      await deliver(
        { type: CS_TO_BG.processKind, processId: '102' },
        { ...EDITOR, url: 'https://learn.example.com/pl/tasks/mission/process?id=102' },
      ),
    ).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

/**
 * Issue 20, point 4: what asks is the page, on every load and every pushState (WXT's location
 * watcher re-runs the editor's features), so the lists are read at most once per school per
 * KIND_LOOKUP_INTERVAL_MS, whatever ids a page walks through.
 */
describe('process-kind look-ups a page can cause are bounded per school and time', () => {
  const editorOf = (id: number, host = 'school.getcourse.ru') => ({
    ...EDITOR,
    url: `https://${host}/pl/tasks/mission/process?id=${id}`,
  });
  const askAbout = (id: number, host?: string) => deliver({ type: CS_TO_BG.processKind, processId: String(id) }, editorOf(id, host));
  const start = new Date('2026-03-02T10:00:00Z').getTime();

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    fakeBrowser.reset();
    background.main();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('400 different unknown ids, one after another as pushState brings them: one pair of requests', async () => {
    const fetchMock = answerLists();
    for (let id = 900_001; id <= 900_400; id++) expect(await askAbout(id)).toEqual({ ok: true, kind: null });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // What that one read found still answers: the seed's processes are known without asking again.
    expect(await askAbout(102)).toEqual({ ok: true, kind: 'deal' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('400 unknown ids at once: one pair of requests', async () => {
    const fetchMock = answerLists();
    const replies = await Promise.all(Array.from({ length: 400 }, (_, i) => askAbout(800_001 + i)));
    expect(replies.every((reply) => reply.ok && reply.kind === null)).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('once the interval has passed, the next unknown id reads the lists again (a process created meanwhile is found)', async () => {
    const fetchMock = answerLists();
    await askAbout(900_001);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    answerLists({ 41: '{"models":[{"id":900002}]}', 42: '{"models":[]}' }); // the admin created 900002 since
    vi.setSystemTime(start + KIND_LOOKUP_INTERVAL_MS - 1);
    expect(await askAbout(900_002)).toEqual({ ok: true, kind: null });
    vi.setSystemTime(start + KIND_LOOKUP_INTERVAL_MS);
    const again = answerLists({ 41: '{"models":[{"id":900002}]}', 42: '{"models":[]}' });
    for (let id = 900_002; id <= 900_401; id++) await askAbout(id);
    expect(again).toHaveBeenCalledTimes(2);
    expect(await askAbout(900_002)).toEqual({ ok: true, kind: 'user' });
  });

  it('the bound is per school: another school’s editor still gets its own read', async () => {
    const fetchMock = answerLists();
    await askAbout(900_001);
    await askAbout(900_002, 'trial.getcourse.ru');
    expect(fetchMock.mock.calls.map(([url]) => new URL(url).host)).toEqual([
      'school.getcourse.ru',
      'school.getcourse.ru',
      'trial.getcourse.ru',
      'trial.getcourse.ru',
    ]);
  });

  it('a worker that starts afresh has forgotten the last read (module state in memory only)', async () => {
    const fetchMock = answerLists();
    await askAbout(900_001);
    background.main(); // what a restarted worker runs
    await askAbout(900_002);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});

describe('offer codes read back by the offers list (ref R.3)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('the list gets what the forms told, for its own school only', async () => {
    await deliver(
      { type: CS_TO_BG.offersSeen, offers: [{ id: '1001', title: 'Курс', code: 'marketing-basic', price: '12000' }] },
      at('/pl/sales/offer/update?id=1001'),
    );
    const reply = await deliver({ type: CS_TO_BG.knownOffers }, at('/pl/sales/offer/index'));
    expect(reply).toMatchObject({ ok: true, offers: [{ id: '1001', code: 'marketing-basic', title: 'Курс' }] });
    expect(await deliver({ type: CS_TO_BG.knownOffers }, { ...EDITOR, url: 'https://other.getcourse.ru/pl/sales/offer/index' })).toEqual({
      ok: true,
      offers: [],
    });
  });

  it('refuses other pages, extension pages and extra fields', async () => {
    expect(await deliver({ type: CS_TO_BG.knownOffers }, at('/pl/sales/offer/update?id=1001'))).toMatchObject({
      ok: false,
      problem: { code: 'forbidden' },
    });
    expect(
      await deliver({ type: CS_TO_BG.knownOffers }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(await deliver({ type: CS_TO_BG.knownOffers, host: 'other.getcourse.ru' }, at('/pl/sales/offer/index'))).toMatchObject({
      ok: false,
      problem: { code: 'bad-request' },
    });
    expect(
      await deliver(
        { type: CS_TO_BG.knownOffers },
        { ...EDITOR, id: 'another-extension', url: 'https://school.getcourse.ru/pl/sales/offer/index' },
      ),
    ).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
  });
});
