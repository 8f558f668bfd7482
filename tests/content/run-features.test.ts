/**
 * entrypoints/content/run-features.ts: the content script asks the background for its settings,
 * strings and styles before any feature runs. Right after the browser starts, a busy machine's
 * worker can miss the first messages (the e2e suite once waited over a second for it); the
 * script keeps asking with a doubling wait instead of leaving the page bare.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeatures } from '@/entrypoints/content/run-features';
import { pageMarker } from '@/entrypoints/content/features/page-marker';
import { handleMessage } from '@/utils/background/router';
import { forgetMigrationRun } from '@/utils/storage/migrate';

const PAGE = 'https://school.getcourse.ru/pl/sales/offer/index';

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
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    calls += 1;
    if (calls <= missed) throw new Error('Could not establish connection. Receiving end does not exist.');
    return handleMessage(message, { id: fakeBrowser.runtime.id, url: PAGE, tab: { id: 3, url: PAGE } });
  }) as never);
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
