/**
 * "Check connection" as the popup draws it (components/popup/ConnectionCheck.tsx) over the
 * background's port: the port is a stand-in here that the test drives step by step, as the
 * background's check-port.ts does. Running, each step as it arrives, the report, a port that
 * drops before the report, and closing the popup, which closes the port and so cancels the check.
 */
import { act, cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { render as preactRender } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConnectionCheck } from '@/components/popup/ConnectionCheck';
import type { CheckReport, StepResult } from '@/utils/connection-check';
import { CHECK_PORT, CHECK_PORT_MESSAGES } from '@/utils/message-names';
import { createT } from '@/components/shared/i18n';

/** The popup's texts from its dictionary: a copy edit changes both sides, a wrong message fails. */
const ru = createT('ru');

/** A runtime port the test speaks for the background through. */
function fakePort() {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: CHECK_PORT,
    posted: [] as unknown[],
    disconnected: 0,
    postMessage: (message: unknown) => void port.posted.push(message),
    disconnect: () => void (port.disconnected += 1),
    onMessage: { addListener: (listener: (message: unknown) => void) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
    /** the background sends */
    send: (message: unknown) => act(() => onMessage.forEach((listener) => listener(message))),
    /** the background's side goes away (a worker restart) */
    drop: () => act(() => onDisconnect.forEach((listener) => listener())),
  };
  return port;
}

const ORIGIN = 'https://school.getcourse.ru';
const step = (id: StepResult['id'], status: StepResult['status'] = 'pass'): StepResult => ({ id, status, ms: 12 });
const statuses = () =>
  [...document.querySelectorAll('li.step')].map((li) => `${li.getAttribute('data-step')}:${li.getAttribute('data-status')}`);

let port: ReturnType<typeof fakePort>;
beforeEach(() => {
  fakeBrowser.reset();
  port = fakePort();
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => port as never);
});
afterEach(() => cleanup());

async function start() {
  const view = render(<ConnectionCheck schoolId="s1" origin={ORIGIN} lang="ru" lastReport={null} />);
  await userEvent.setup().click(screen.getByRole('button', { name: ru('check.run') }));
  return view;
}

describe('the connection check over its port', () => {
  it('starts one check for this school, shows every step pending, then each as it arrives', async () => {
    await start();
    expect(fakeBrowser.runtime.connect).toHaveBeenCalledWith({ name: CHECK_PORT });
    expect(port.posted).toEqual([{ type: CHECK_PORT_MESSAGES.startCheck, schoolId: 's1' }]);
    expect(document.querySelector('section.connection-check')!.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: ru('check.running') }).disabled).toBe(true);
    expect(statuses()).toEqual(['address:pending', 'key:pending', 'write:pending', 'plan:pending', 'rights:pending', 'limits:pending']);

    await port.send({ type: CHECK_PORT_MESSAGES.step, step: step('address') });
    await port.send({ type: CHECK_PORT_MESSAGES.step, step: step('key', 'fail') });
    expect(statuses().slice(0, 3)).toEqual(['address:pass', 'key:fail', 'write:pending']);
  });

  it('ends on the report: the steps as reported, the copy button, the port closed by the popup', async () => {
    await start();
    const steps = [step('address'), step('key'), step('write'), step('plan'), step('rights'), step('limits', 'skipped')];
    for (const one of steps.slice(0, 2)) await port.send({ type: CHECK_PORT_MESSAGES.step, step: one });
    const report: CheckReport = {
      schoolId: 's1',
      origin: ORIGIN,
      at: Date.now(),
      keyMask: 'abcd…wxyz',
      keyAcceptedBefore: false,
      steps,
      fields: null,
    };
    await port.send({ type: CHECK_PORT_MESSAGES.done, report });
    expect(statuses()).toEqual(['address:pass', 'key:pass', 'write:pass', 'plan:pass', 'rights:pass', 'limits:skipped']);
    expect(screen.getByRole('button', { name: ru('check.copyReport') })).toBeTruthy();
    expect(document.querySelector('section.connection-check')!.getAttribute('aria-busy')).toBe('false');
    expect(port.disconnected).toBe(1);
  });

  it('a port that drops before the report is said as an interruption, with the steps so far', async () => {
    await start();
    await port.send({ type: CHECK_PORT_MESSAGES.step, step: step('address') });
    await port.drop();
    expect(screen.getByRole('alert').textContent).toContain(ru('check.interrupted'));
    expect(statuses()).toEqual(['address:pass']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: ru('check.run') }).disabled).toBe(false);
  });

  it('closing the popup mid-check closes the port, which cancels the check in the background', async () => {
    const view = await start();
    await port.send({ type: CHECK_PORT_MESSAGES.step, step: step('address') });
    expect(port.disconnected).toBe(0);
    // Unmounted through Preact itself: testing-library's unmount() does not run effect cleanups
    // with Preact 11 here (checked: a bare useEffect cleanup is not called).
    await act(() => preactRender(null, view.container));
    expect(port.disconnected).toBe(1);
  });

  it('a refusal (no key, say) shows its diagnosis instead of steps', async () => {
    await start();
    await port.send({ type: CHECK_PORT_MESSAGES.refused, problem: { code: 'forbidden', raw: 'no key for this school' } });
    expect(document.querySelector('.check-refused')).not.toBeNull();
    expect(statuses()).toEqual([]);
    expect(port.disconnected).toBe(1);
  });
});

describe('a stored report and a fresh one', () => {
  const failedKey: CheckReport = {
    schoolId: 's1',
    origin: ORIGIN,
    at: Date.now() - 3_600_000,
    keyMask: 'abcd…wxyz',
    keyAcceptedBefore: false,
    steps: [
      step('address'),
      { id: 'key', status: 'fail', problem: { code: 'wrong-key', raw: '{"success":false,"error_message":"Неверный ключ"}' } },
    ],
    fields: null,
  };

  it('the last check shown again on opening is not announced as news; the same failure from a run is', async () => {
    render(<ConnectionCheck schoolId="s1" origin={ORIGIN} lang="ru" lastReport={failedKey} />);
    expect(document.querySelector('.diagnosis')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: ru('check.run') }));
    await port.send({ type: CHECK_PORT_MESSAGES.done, report: { ...failedKey, at: Date.now() } });
    expect(screen.getByRole('alert').getAttribute('data-diagnosis')).toBeTruthy();
  });
});
