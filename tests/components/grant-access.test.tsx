/**
 * The access page (components/grant/GrantAccess.tsx): the browser grants an optional host
 * permission only while it handles the user's click, so `permissions.request` must be called
 * inside the click, before anything is awaited. Checked here by looking at the request the moment
 * the click's handlers return.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GrantAccess } from '@/components/grant/GrantAccess';

afterEach(() => cleanup());
beforeEach(() => fakeBrowser.reset());

describe('the access page', () => {
  it('asks the browser inside the click, for exactly the origin shown, and says it was granted', async () => {
    let resolve: (granted: boolean) => void = () => {};
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation(() => new Promise<boolean>((r) => (resolve = r)) as never);
    render(<GrantAccess lang="ru" requested="https://h.albato.ru" />);
    expect(screen.getByText('https://h.albato.ru').tagName).toBe('CODE');
    expect(request).not.toHaveBeenCalled(); // nothing is asked before the click

    screen.getByRole('button', { name: 'Разрешить доступ' }).click(); // the handlers run now, synchronously
    expect(request).toHaveBeenCalledTimes(1); // …and the request is already made: inside the click
    expect(request).toHaveBeenCalledWith({ origins: ['https://h.albato.ru/*'] });

    resolve(true);
    expect((await screen.findByRole('status')).textContent).toMatch(/^Доступ открыт/);
    expect(screen.queryByRole('button', { name: 'Разрешить доступ' })).toBeNull();
  });

  it('says when the admin refuses, and when the browser fails, with what it said', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValueOnce(false as never);
    const user = userEvent.setup();
    render(<GrantAccess lang="ru" requested="https://h.albato.com" />);
    await user.click(screen.getByRole('button', { name: 'Разрешить доступ' }));
    expect((await screen.findByRole('status')).className).toBe('fail');
    cleanup();

    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValueOnce(new Error('Permissions request was rejected'));
    render(<GrantAccess lang="en" requested="https://h.albato.com" />);
    await user.click(screen.getByRole('button', { name: 'Allow access' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Permissions request was rejected');
  });

  it('offers nothing to grant for an address that is no https origin (the page is opened with it in the URL)', () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    render(<GrantAccess lang="ru" requested={'javascript:alert(1)<img src=x onerror=alert(2)>'} />);
    expect(screen.getByRole('alert').textContent).toContain('javascript:alert(1)<img src=x onerror=alert(2)>'); // as text
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Разрешить доступ' })).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});
