/**
 * The host the admin's own last edit left in a field (entrypoints/content/own-edits.ts): a page
 * script's value, set silently, with a synthetic event or with `execCommand('insertText')` (a
 * trusted input event without beforeinput, as Chromium and Firefox ESR fire it), never counts.
 */
import { followOwnEdits } from '@/entrypoints/content/own-edits';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function adminTypes(input: HTMLInputElement, value: string): void {
  input.dispatchEvent(trusted(new InputEvent('beforeinput', { inputType: 'insertFromPaste', data: value, cancelable: true })));
  input.value = value;
  input.dispatchEvent(trusted(new InputEvent('input', { inputType: 'insertFromPaste', data: value })));
}

function pageExecCommand(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(trusted(new InputEvent('input', { inputType: 'insertText', data: value })));
}

describe('followOwnEdits', () => {
  let stop: AbortController;
  beforeEach(() => {
    stop = new AbortController();
  });
  afterEach(() => stop.abort());

  it('follows the admin’s own edits only', () => {
    const input = document.createElement('input');
    const typed = followOwnEdits(input, stop.signal);
    expect(typed()).toBeUndefined();
    pageExecCommand(input, 'https://collector.example/');
    input.value = 'https://silent.example/';
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: 'x' }));
    expect(typed()).toBeUndefined();
    adminTypes(input, 'https://H.Albato.ru/wh/1/');
    expect(typed()).toBe('h.albato.ru');
    // a page that cancels the admin's keystroke and inserts its own text instead
    input.dispatchEvent(trusted(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', cancelable: true })));
    pageExecCommand(input, 'https://collector.example/');
    expect(typed()).toBe('h.albato.ru');
    // the admin's next keystroke counts again; an address broken by it names no host
    input.dispatchEvent(trusted(new InputEvent('beforeinput', { inputType: 'deleteContentBackward' })));
    input.value = 'https:/';
    input.dispatchEvent(trusted(new InputEvent('input', { inputType: 'deleteContentBackward' })));
    expect(typed()).toBeUndefined();
  });
});
