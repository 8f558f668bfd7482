/**
 * "Test this URL" as a hostile page sees it (README, Security): the feature in a modal shaped like
 * GetCourse's (R.2), the background replaced by a recorder. A page script can fill the field, even
 * with a trusted input event (`execCommand('insertText')`), and press our buttons; only the admin's
 * own click asks for a click token, and what goes with it — to be opened on the extension's page,
 * not sent — is the previewed URL and the host the admin's own edit left. Trusted events are made
 * as process-ui.test.ts makes them.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { callUrlTest } from '@/entrypoints/content/features/call-url-test';
import { createContentT } from '@/utils/i18n-content';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import { CS_TO_BG } from '@/utils/message-names';

// The texts the page shows, from the dictionary it is sent: a copy edit changes both sides, a wrong message fails.
const t = createContentT('ru', CONTENT_STRINGS.ru);

// The intent guard (entrypoints/content/ui/intent.ts) judges what the admin could see from layout,
// which happy-dom does not have: here it is stood in by its first rule, a trusted event. What it
// adds (visible, unmoved, not covered, focus by the admin) is tested in real browsers
// (e2e/clickjack.*, e2e/hostile-fuzz-aimed.*).
vi.mock('@/entrypoints/content/ui/intent', async () => {
  const { installIntentGuard } = await import('@/entrypoints/content/ui/dom');
  return {
    useIntentGuard: () =>
      installIntentGuard({
        guard: (control, action) => control.addEventListener('click', (event) => event.isTrusted && action()),
        rootMade: () => undefined,
      }),
  };
});

const SAVED = 'https://h.albato.ru/wh/38/1lfAbCd/token/?email={object.email}';
const ELSEWHERE = 'https://collector.example/steal?e={object.email}';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The admin types or pastes `value` (the browser's beforeinput, then input). */
function adminTypes(input: HTMLInputElement, value: string): void {
  input.dispatchEvent(
    trusted(new InputEvent('beforeinput', { inputType: 'insertFromPaste', data: value, bubbles: true, cancelable: true })),
  );
  input.value = value;
  input.dispatchEvent(trusted(new InputEvent('input', { inputType: 'insertFromPaste', data: value, bubbles: true })));
}

/** `document.execCommand('insertText')` from a page script: a trusted input, no beforeinput. */
function pageExecCommand(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(trusted(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true })));
}

function openModal(saved = SAVED): HTMLInputElement {
  const form = document.createElement('form');
  form.className = 'block-modal-window';
  const radio = document.createElement('input');
  Object.assign(radio, { type: 'radio', name: 'operationType', value: 'common_get_url', checked: true });
  const section = document.createElement('div');
  section.setAttribute('data-operation-type', 'common_get_url');
  const input = document.createElement('input');
  input.type = 'text';
  input.defaultValue = saved;
  section.append(input);
  form.append(radio, section);
  document.body.append(form);
  return input;
}

const root = () => document.querySelector('[data-gc-albato="call-url-test"]')!.shadowRoot!;
const button = (selector: string) => root().querySelector<HTMLButtonElement>(selector)!;
const adminClicks = (selector: string) => button(selector).dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));

describe('Test this URL against a page script', () => {
  let run: AbortController;
  let sent: any[];
  let replies: Record<string, unknown>;

  beforeEach(async () => {
    document.body.replaceChildren();
    run = new AbortController();
    sent = [];
    replies = {
      [CS_TO_BG.processKind]: { ok: true, kind: 'user' },
      [CS_TO_BG.callUrlsSeen]: { ok: true },
      [CS_TO_BG.clickToken]: { ok: true, token: 'token-1' },
      [CS_TO_BG.confirmCall]: { ok: true },
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: any) => {
      sent.push(message);
      return replies[message.type];
    }) as any);
    const input = openModal();
    await callUrlTest.init({
      ctx: {} as ContentScriptContext,
      url: new URL('https://school.getcourse.ru/pl/tasks/mission/process?id=101'),
      pageKind: 'process-editor',
      signal: run.signal,
      lang: 'ru',
      t,
      standard: 'icao-9303',
    });
    expect(input.isConnected).toBe(true);
    adminClicks('.gc-test-open');
  });
  afterEach(() => run.abort());

  const field = () => document.querySelector<HTMLInputElement>('form.block-modal-window input[type="text"]')!;
  const toBackground = () => sent.filter((m) => m.type !== CS_TO_BG.processKind && m.type !== CS_TO_BG.callUrlsSeen);

  it('a page script filling the field and pressing Send sends nothing', async () => {
    expect(sent).toContainEqual({ type: CS_TO_BG.callUrlsSeen, processId: '101', urls: [SAVED] });
    pageExecCommand(field(), ELSEWHERE);
    button('.gc-test-send').click();
    button('.gc-test-send').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(toBackground()).toEqual([]);
  });

  it('the admin’s click asks for a click token, then asks to open the previewed URL with it and the host they typed', async () => {
    adminTypes(field(), `${SAVED}&x=1`);
    adminClicks('.gc-test-send');
    await vi.waitFor(() => expect(toBackground()).toHaveLength(2));
    expect(toBackground()).toEqual([
      { type: CS_TO_BG.clickToken, action: 'confirm-call' },
      { type: CS_TO_BG.confirmCall, token: 'token-1', template: `${SAVED}&x=1`, method: 'GET', kind: 'user', typedHost: 'h.albato.ru' },
    ]);
    // No answer comes back to the page: it says where the call is now.
    await vi.waitFor(() => expect(root().querySelector('[data-code="opened"]')).not.toBeNull());
    expect(root().querySelector('[data-code="opened"]')!.textContent).toContain(t('callTest.opened'));
    expect(root().querySelector('.gc-answer, .gc-body')).toBeNull();
  });

  it('a host the page put in (silently, with a synthetic event or with execCommand) is not reported as typed', async () => {
    adminTypes(field(), SAVED);
    pageExecCommand(field(), ELSEWHERE);
    adminClicks('.gc-test-send');
    await vi.waitFor(() => expect(toBackground()).toHaveLength(2));
    // The background refuses this one: collector.example was neither typed nor saved (tests/in-page-requests.test.ts).
    expect(toBackground()[1]).toMatchObject({ template: ELSEWHERE, typedHost: 'h.albato.ru' });
  });

  it('a value changed without an input event just before the click is not what is sent: the preview is', async () => {
    field().value = ELSEWHERE; // no event: the preview still shows the saved URL
    adminClicks('.gc-test-send');
    await vi.waitFor(() => expect(toBackground()).toHaveLength(2));
    expect(toBackground()[1]).toMatchObject({ template: SAVED });
    expect(toBackground()[1].typedHost).toBeUndefined();
  });

  it('a call the background refuses to open is explained in the panel', async () => {
    replies[CS_TO_BG.confirmCall] = { ok: false, problem: { code: 'untyped-target', raw: 'https://collector.example' } };
    adminClicks('.gc-test-send');
    await vi.waitFor(() => expect(root().querySelector('[data-code="untyped-target"]')).not.toBeNull());
    const untyped = root().querySelector('[data-code="untyped-target"]')!.textContent;
    expect(untyped).toContain(t('callTest.untypedTarget', { raw: 'https://collector.example' }));
    expect(untyped).toContain('https://collector.example'); // names the address the admin did not type
    expect(root().querySelector('[data-code="opened"]')).toBeNull();
  });

  it('«Test this URL» itself opens only on the admin’s click, not on a page script’s', () => {
    adminClicks('.gc-test-hide');
    expect(root().querySelector('.gc-test-send')).toBeNull();
    button('.gc-test-open').click();
    expect(root().querySelector('.gc-test-send')).toBeNull();
    adminClicks('.gc-test-open');
    expect(root().querySelector('.gc-test-send')).not.toBeNull();
  });

  it('a refused click token is explained and nothing else is sent', async () => {
    replies[CS_TO_BG.clickToken] = { ok: false, problem: { code: 'too-many', seconds: 42 } };
    adminClicks('.gc-test-send');
    await vi.waitFor(() => expect(root().querySelector('[data-code="too-many"]')).not.toBeNull());
    const tooMany = root().querySelector('[data-code="too-many"]')!.textContent;
    expect(tooMany).toContain(t('callTest.tooMany', { seconds: 42 }));
    expect(tooMany).toContain('42'); // how long to wait
    expect(toBackground()).toEqual([{ type: CS_TO_BG.clickToken, action: 'confirm-call' }]);
  });
});
