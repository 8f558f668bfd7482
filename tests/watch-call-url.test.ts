/**
 * The views' life cycle in the process editor: one per «Вызвать URL» operation open in a modal,
 * gone (listeners too) when the modal closes or another operation is picked, nothing left after
 * 100 openings, and a view that fails to build does not stop the others.
 */
import { eachCallUrlTarget, type WireCallUrl } from '@/entrypoints/content/watch-call-url';

const HOOK = 'https://h.albato.ru/wh/38/1lfAbCd/token/?email={object.email}';

function openModal(value = HOOK): HTMLElement {
  const modal = document.createElement('div');
  modal.className = 'modal';
  // Built with the DOM, not HTML: values are data.
  const form = document.createElement('form');
  form.className = 'block-modal-window';
  for (const type of ['common_get_url', 'common_update_field']) {
    const radio = document.createElement('input');
    Object.assign(radio, { type: 'radio', name: 'operationType', value: type, checked: type === 'common_get_url' });
    form.append(radio);
  }
  const section = document.createElement('div');
  section.setAttribute('data-operation-type', 'common_get_url');
  const input = document.createElement('input');
  input.value = value;
  section.append(input);
  form.append(section);
  modal.append(form);
  document.body.append(modal);
  return modal;
}

const hosts = () => document.querySelectorAll('[data-gc-albato="test-view"]');

function recordingWire() {
  const signals: AbortSignal[] = [];
  const wire = vi.fn<WireCallUrl>((target, viewSignal) => {
    signals.push(viewSignal);
    const host = document.createElement('div');
    host.setAttribute('data-gc-albato', 'test-view');
    target.url.insertAdjacentElement('afterend', host);
    return host;
  });
  return { wire, signals };
}

describe('eachCallUrlTarget', () => {
  let run: AbortController;
  beforeEach(() => {
    document.body.replaceChildren();
    run = new AbortController();
  });
  afterEach(() => run.abort());

  it('a view per opening, gone with the modal: 100 openings leave no view and no live listener', async () => {
    const { wire, signals } = recordingWire();
    eachCallUrlTarget('test', run.signal, wire);
    const before = document.body.querySelectorAll('*').length;
    for (let i = 0; i < 100; i++) {
      const modal = openModal();
      await vi.waitFor(() => expect(hosts()).toHaveLength(1), { interval: 1 });
      modal.remove();
      await vi.waitFor(() => expect(signals[i]!.aborted).toBe(true), { interval: 1 });
    }
    expect(wire).toHaveBeenCalledTimes(100);
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(document.body.querySelectorAll('*').length).toBe(before);
  });

  it('picking another operation removes the view; picking «Вызвать URL» again brings a new one', async () => {
    const { wire, signals } = recordingWire();
    eachCallUrlTarget('test', run.signal, wire);
    const modal = openModal();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const [callUrl, other] = modal.querySelectorAll<HTMLInputElement>('input[name="operationType"]');
    other!.checked = true;
    other!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(hosts()).toHaveLength(0);
    expect(signals[0]!.aborted).toBe(true);
    callUrl!.checked = true;
    callUrl!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(hosts()).toHaveLength(1);
    expect(wire).toHaveBeenCalledTimes(2);
  });

  it('an aborted run removes every view and stops watching', async () => {
    const { wire, signals } = recordingWire();
    eachCallUrlTarget('test', run.signal, wire);
    openModal();
    openModal();
    await vi.waitFor(() => expect(hosts()).toHaveLength(2));
    run.abort();
    expect(hosts()).toHaveLength(0);
    expect(signals.every((s) => s.aborted)).toBe(true);
    openModal();
    await Promise.resolve();
    expect(wire).toHaveBeenCalledTimes(2);
  });

  it('a view that throws is reported once and skipped; the other modal still gets its view', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { wire: good } = recordingWire();
    const wire = vi.fn<WireCallUrl>((target, signal) => {
      if (target.url.value.includes('boom')) throw new Error('boom');
      return good(target, signal);
    });
    eachCallUrlTarget('test', run.signal, wire);
    openModal(`${HOOK}&boom`);
    openModal();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    document.body.append(document.createElement('p')); // another change: the failed one is not retried
    await vi.waitFor(() => expect(wire.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(wire.mock.calls.filter(([target]) => target.url.value.includes('boom'))).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
