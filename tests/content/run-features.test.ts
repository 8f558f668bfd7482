/**
 * entrypoints/content/run-features.ts: the content script asks the background for its settings,
 * strings and styles before any feature runs. Right after the browser starts, a busy machine's
 * worker can miss the first messages (the e2e suite once waited over a second for it); the
 * script keeps asking with a doubling wait instead of leaving the page bare. On a page no feature
 * serves it asks nothing (README, "Performance").
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeatures } from '@/entrypoints/content/run-features';
import { pageMarker } from '@/entrypoints/content/features/page-marker';
import { handleMessage } from '@/entrypoints/background/router';
import { CS_TO_BG } from '@/utils/message-names';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';

const PAGE = 'https://school.getcourse.ru/pl/sales/offer/index';
/** A school page no detector knows: no group's globs take it in, but a page may move there without reload. */
const NOT_SERVED = 'https://school.getcourse.ru/teach/control/stream';

beforeEach(() => {
  fakeBrowser.reset();
  forgetMigrationRun();
  document.body.innerHTML = '<h1>Предложения</h1>';
  history.replaceState(null, '', '/');
  vi.spyOn(window, 'location', 'get').mockReturnValue(new URL(PAGE) as unknown as Location);
});
afterEach(() => vi.restoreAllMocks());

/** A worker that cannot be reached for the first `missed` messages, then answers as the background does. */
function workerStartingAfter(missed: number) {
  let calls = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    calls += 1;
    if (calls <= missed) throw new Error('Could not establish connection. Receiving end does not exist.');
    return handleMessage(message, { id: fakeBrowser.runtime.id, url: PAGE, tab: { id: 3, url: PAGE } });
  });
  return () => calls;
}

describe('waiting for a worker that is starting', () => {
  it('runs the features once the background answers, after three missed messages', async () => {
    const calls = workerStartingAfter(3);
    await runFeatures(new ContentScriptContext('run-features'), [pageMarker]);
    expect(calls()).toBeGreaterThanOrEqual(4);
    await vi.waitFor(() => expect(document.querySelector('[data-gc-albato="marker"]')).not.toBeNull());
  });

  it('gives up after six misses, drawing nothing and saying so in the console', { timeout: 15_000 }, async () => {
    const calls = workerStartingAfter(Infinity);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await runFeatures(new ContentScriptContext('run-features'), [pageMarker]);
    expect(calls()).toBe(6);
    expect(document.querySelector('[data-gc-albato="marker"]')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('did not answer'));
  });
});

describe('a page no feature serves', () => {
  /** Every message the script sends, answered as the background does. */
  function recordMessages(page: () => string) {
    const sent: { type: string; pageKind?: unknown }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      sent.push(message);
      return handleMessage(message, { id: fakeBrowser.runtime.id, url: page(), tab: { id: 3, url: page() } });
    }) as never);
    return sent;
  }

  it('sends nothing at all on a page it does not serve', async () => {
    vi.spyOn(window, 'location', 'get').mockReturnValue(new URL(NOT_SERVED) as unknown as Location);
    const sent = recordMessages(() => NOT_SERVED);
    await runFeatures(new ContentScriptContext('run-features'), [pageMarker]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // a message sent late would land here
    expect(sent).toEqual([]);
    expect(document.querySelector('[data-gc-albato]')).toBeNull();
  });

  it('asks for them once the page changes without reload to one it serves', { timeout: 10_000 }, async () => {
    let href = NOT_SERVED;
    vi.spyOn(window, 'location', 'get').mockImplementation(() => new URL(href) as unknown as Location);
    const sent = recordMessages(() => href);
    const ctx = new ContentScriptContext('run-features');
    await runFeatures(ctx, [pageMarker]);
    href = PAGE;
    // WXT's location watcher notices the new address (by polling where there is no Navigation API).
    await vi.waitFor(() => expect(document.querySelector('[data-gc-albato="marker"]')).not.toBeNull(), { timeout: 5_000 });
    expect(sent.map((m) => m.type)).toEqual([CS_TO_BG.getSettings]);
    ctx.abort();
  });
});
