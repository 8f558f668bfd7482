/**
 * The school form (popup and options) and an address that is not one school's: a wildcard host
 * (`https://*.example.com`) would have the browser grant every subdomain at once, so nothing is
 * asked or saved, and the field says why, in the page's language.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SchoolForm } from '@/components/popup/SchoolForm';
import { translate, type Lang } from '@/components/shared/i18n';

afterEach(() => cleanup());
beforeEach(() => fakeBrowser.reset());

async function typeAndSave(lang: Lang, origin: string) {
  const onSaved = vi.fn();
  const request = vi.spyOn(fakeBrowser.permissions, 'request');
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  const user = userEvent.setup();
  render(<SchoolForm lang={lang} draft={{ name: '', origin: '', remember: false }} keyRequired={false} onSaved={onSaved} />);
  const field = document.querySelector<HTMLInputElement>('#school-origin')!;
  await user.type(field, origin);
  await user.click(document.querySelector<HTMLButtonElement>('#save-school')!);
  return { field, onSaved, request, send, user };
}

describe('the school form', () => {
  it('refuses a wildcard address with its own message under the field: nothing asked of the browser, nothing sent', async () => {
    const { field, onSaved, request, send } = await typeAndSave('ru', 'https://*.example.com');
    const issue = screen.getByRole('alert');
    expect(issue.id).toBe('issue-school-origin');
    expect(issue.textContent).toBe(translate('ru', 'check.addressWildcard'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('issue-school-origin');
    expect(request).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says it in English too, and the message goes once the address is edited', async () => {
    const { field, request, user } = await typeAndSave('en', 'https://a*b.example.com');
    expect(screen.getByRole('alert').textContent).toBe(translate('en', 'check.addressWildcard'));
    expect(request).not.toHaveBeenCalled();
    await user.type(field, 'x');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.hasAttribute('aria-invalid')).toBe(false);
  });

  it('names what a school address is when it is not one for another reason', async () => {
    const { request } = await typeAndSave('ru', 'https://getcourse.ru');
    expect(screen.getByRole('alert').textContent).toBe(translate('ru', 'check.addressInvalid'));
    expect(request).not.toHaveBeenCalled();
  });
});
