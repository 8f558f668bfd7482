/**
 * entrypoints/content/newer-copy.ts (issue 20, point 5): WXT's "a newer copy of this script
 * started" event stops a copy only when that copy's extension context is gone (an update or reload
 * under the open tab), never because a page dispatched it; and a copy that starts removes the views
 * a dead older copy left. With WXT's real ContentScriptContext and the fake browser.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { givesWayToNewerCopy, removeLeftoverViews, stopOnlyForGenuineNewerCopies } from '@/entrypoints/content/newer-copy';

const SCRIPT = 'process-pages';
/** WXT's own name for the event (private there; the e2e suites build it from the extension id as WXT does). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const liveId = fakeBrowser.runtime.id;

/** What a page's script can dispatch: WXT's event, our script's name, an id of its choosing. */
const forgedEvent = () => new CustomEvent(STARTED, { detail: { contentScriptName: SCRIPT, messageId: 'forged' } });

/** Our context as `main` gets it, with the override in place. */
function ourContext(): ContentScriptContext {
  const ctx = new ContentScriptContext(SCRIPT);
  stopOnlyForGenuineNewerCopies(ctx);
  return ctx;
}

/** After an update or reload, the old copy's `runtime.id` reads undefined (Chromium; e2e checks it). */
const loseExtensionContext = () => Object.assign(fakeBrowser.runtime, { id: undefined });

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});
afterEach(() => Object.assign(fakeBrowser.runtime, { id: liveId }));

describe('givesWayToNewerCopy', () => {
  it.each([
    [true, undefined, true], // WXT's check passes and our context is gone: an update or reload
    [true, liveId, false], // WXT's check passes but we are alive: a page's forged event
    [false, undefined, false], // not our script's event, or our own
    [false, liveId, false],
  ])('WXT says newer: %s, own runtime id %s → %s', (wxtSaysNewer, ownRuntimeId, expected) => {
    expect(givesWayToNewerCopy(wxtSaysNewer, ownRuntimeId)).toBe(expected);
  });
});

describe('the context main() gets', () => {
  it('control: WXT’s own context stops on a page’s forged event (what the override is for)', () => {
    const bare = new ContentScriptContext(SCRIPT);
    document.dispatchEvent(forgedEvent());
    expect(bare.signal.aborted).toBe(true);
  });

  it('keeps running after a page’s forged event, and after another live copy starting', () => {
    const ctx = ourContext();
    document.dispatchEvent(forgedEvent());
    new ContentScriptContext(SCRIPT); // dispatches the genuine event with its own id
    expect(ctx.signal.aborted).toBe(false);
  });

  it('stops when a newer copy starts after its extension context is gone', () => {
    const ctx = ourContext();
    loseExtensionContext();
    new ContentScriptContext(SCRIPT);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('ignores its own event and other scripts’ events even with its context gone', () => {
    const ctx = ourContext();
    loseExtensionContext();
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'offer-pages', messageId: 'x' } }));
    expect(ctx.signal.aborted).toBe(false);
  });
});

describe('removeLeftoverViews', () => {
  it('removes every host an earlier copy drew, and nothing of the page', () => {
    document.body.innerHTML =
      '<div id="page"><input id="field"><div data-gc-albato="call-url"></div></div><gc-albato-marker data-gc-albato="marker"></gc-albato-marker>';
    expect(removeLeftoverViews()).toBe(2);
    expect(document.querySelectorAll('[data-gc-albato]')).toHaveLength(0);
    expect(document.querySelector('#page #field')).not.toBeNull();
    expect(removeLeftoverViews()).toBe(0);
  });
});
