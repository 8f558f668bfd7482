/**
 * The settings page below the browser: the transliteration example follows the choice and Save
 * keeps it; forgetting a school says what went with it; «erase all» acts only on the second press;
 * the privacy policy opens in a tab of its own. Messages reach the real router, storage is WXT's
 * fake browser.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { recordRequest } from '@/entrypoints/background/history';
import { listSchools, saveSchool } from '@/entrypoints/background/school-store';
import { loadSettings } from '@/entrypoints/background/settings-store';
import { resetOptionsPage } from './options-page-setup';
import { createT } from '@/components/shared/i18n';

// The page's texts from its dictionaries: a copy edit changes both sides, a wrong message fails.
const ru = createT('ru');
const en = createT('en');

beforeEach(() => {
  resetOptionsPage();
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
    throw new Error('no check runs in these tests');
  });
});

afterEach(() => cleanup());

it('shows the chosen standard on an example and keeps it on Save', async () => {
  const user = userEvent.setup();
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const example = () => document.querySelector('#standard-example')!.textContent;
  const icao = example();
  await user.click(screen.getByRole('radio', { name: ru('options.gost') }));
  expect(example()).not.toBe(icao);
  expect(example()).toMatch(/^[a-z0-9_,]+$/);
  await user.click(document.querySelector<HTMLButtonElement>('#save-settings')!);
  await screen.findByText(ru('options.saved'));
  expect((await loadSettings()).standard).toBe('gost-7.79-b');
});

it('forgets a school with its history, and says so', async () => {
  const user = userEvent.setup();
  const yoga = await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz');
  await recordRequest('yoga.getcourse.ru', {
    target: '/pl/api/users',
    outcome: 'ok',
    summary: 'added',
    request: { kind: 'import', endpoint: 'users', params: { user: { email: 'albato-test+1@example.com' } } },
  });
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const row = await waitFor(() => {
    const li = document.querySelector<HTMLElement>(`li[data-school-id="${yoga.id}"]`);
    if (!li) throw new Error('the school is not listed yet');
    return li;
  });
  await user.click(row.querySelector<HTMLButtonElement>('button.remove')!);
  const said = (await screen.findByRole('status')).textContent;
  expect(said).toBe(ru('options.removed', { name: 'Йога' }));
  expect(said).toContain('Йога'); // names the school it forgot
  expect(await listSchools()).toEqual([]);
  expect(Object.keys(await fakeBrowser.storage.local.get()).filter((key) => key.includes('yoga'))).toEqual([]);
});

it('erases everything only on the second press', async () => {
  const user = userEvent.setup();
  await saveSchool({ name: 'Йога', origin: 'https://yoga.getcourse.ru' }, 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz');
  render(<OptionsApp lang="ru" initial={DEFAULT_SETTINGS} />);
  const erase = await screen.findByRole('button', { name: ru('options.clear') });
  await user.click(erase);
  expect(erase.textContent).toBe(ru('options.clearConfirm'));
  expect(await listSchools()).toHaveLength(1);
  await user.click(erase);
  await screen.findByText(ru('options.cleared'));
  expect(await listSchools()).toEqual([]);
});

it('links the privacy policy, which opens in a tab of its own', () => {
  render(<OptionsApp lang="en" initial={DEFAULT_SETTINGS} />);
  const link = screen.getByRole('link', { name: en('options.privacy') });
  expect(link.getAttribute('href')).toBe('/privacy.html');
  expect(link.getAttribute('target')).toBe('_blank');
});
