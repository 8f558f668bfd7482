/**
 * The popup's test import (components/popup/TestImport.tsx), typed into by a user: an import that
 * may change existing data is not sent until the admin ticks every risk it names (fact sheet A.1,
 * A.3: an import upserts by e-mail and `refresh_if_exists` overwrites), and what is sent carries
 * exactly the risks confirmed. Behind it, the real background handlers and storage.
 */
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TestImport } from '@/components/popup/TestImport';
import { handleMessage } from '@/entrypoints/background/router';
import { saveSchool } from '@/entrypoints/background/school-store';
import { forgetMigrationRun } from '@/entrypoints/background/storage/migrate';
import type { SchoolView } from '@/utils/messages';
import { R4_USER_ADDED } from '../fixtures/getcourse-answers/r4-deal-added';
import { createT } from '@/components/shared/i18n';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const KEY = 'gc-api-key-0123456789abcdefghijklmnopqrstuvwxyz';
const ADDED = R4_USER_ADDED;
/** The popup's texts from its dictionary: a copy edit changes both sides, a wrong message fails. */
const ru = createT('ru');

let sent: { type: string; confirmedRisks?: string[] }[];
let fetchMock: ReturnType<typeof vi.fn>;
let school: SchoolView;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetMigrationRun();
  globalThis.indexedDB = new IDBFactory();
  (fakeBrowser.storage.session as unknown as { setAccessLevel(o: object): Promise<void> }).setAccessLevel = async () => {};
  sent = [];
  const deliver = async (message: { type: string }) => (sent.push(message), handleMessage(message, POPUP));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(deliver as never);
  fetchMock = vi.fn(async () => new Response(JSON.stringify(ADDED), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  const saved = await saveSchool({ name: 'Школа', origin: 'https://school.getcourse.ru' }, KEY);
  school = { id: saved.id, name: 'Школа', origin: 'https://school.getcourse.ru', remember: false, addedAt: 0, maskedKey: 'gc-a…wxyz' };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const sendButton = () => document.querySelector<HTMLButtonElement>('#import-send')!;
const risk = (code: string) => document.querySelector<HTMLInputElement>(`#import-risks [data-risk="${code}"] input`)!;

describe('a test import that may change existing data', () => {
  it('is sent only once every named risk is ticked, with exactly those risks', async () => {
    const user = userEvent.setup();
    render(
      <TestImport lang="ru" school={school} draft={null} offers={[]} testDomain="example.com" onTestDomain={() => {}} onSent={() => {}} />,
    );
    // a test address needs no confirmation: Send is ready
    await waitFor(() => expect(sendButton().disabled).toBe(false));

    const email = document.querySelector<HTMLInputElement>('#import-email')!;
    await user.clear(email);
    await user.type(email, 'anna.petrova@mail.ru'); // a real customer's address, maybe
    await user.click(document.querySelector<HTMLInputElement>('#import-refresh')!); // refresh_if_exists=1: overwrites
    await waitFor(() => expect(document.querySelectorAll('#import-risks [data-risk]').length).toBe(2));
    expect(screen.getByRole('group', { name: ru('testImport.confirmTitle') })).toBeTruthy(); // a fieldset with its legend
    expect(sendButton().disabled).toBe(true);

    await user.click(risk('real-email'));
    expect(sendButton().disabled).toBe(true); // one of two is not enough
    await user.click(sendButton()); // a click on the disabled button sends nothing
    expect(sent.filter((m) => m.type === 'ui-to-bg/test-import')).toEqual([]);

    await user.click(risk('refresh-existing-user'));
    expect(sendButton().disabled).toBe(false);
    await user.click(sendButton());
    await waitFor(() => expect(document.querySelector('#import-result')).not.toBeNull());
    const imports = sent.filter((m) => m.type === 'ui-to-bg/test-import');
    expect(imports.map((m) => [...(m.confirmedRisks ?? [])].sort())).toEqual([['real-email', 'refresh-existing-user']]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('a risk unticked again closes Send again', async () => {
    const user = userEvent.setup();
    render(
      <TestImport lang="ru" school={school} draft={null} offers={[]} testDomain="example.com" onTestDomain={() => {}} onSent={() => {}} />,
    );
    const email = await waitFor(() => document.querySelector<HTMLInputElement>('#import-email')!);
    await user.clear(email);
    await user.type(email, 'ivan@yandex.ru');
    await waitFor(() => expect(risk('real-email')).not.toBeNull());
    await user.click(risk('real-email'));
    expect(sendButton().disabled).toBe(false);
    await user.click(risk('real-email'));
    expect(sendButton().disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the form for assistive technology', () => {
  it('ties each field issue to its input, and names each radio group', async () => {
    const user = userEvent.setup();
    render(
      <TestImport lang="ru" school={school} draft={null} offers={[]} testDomain="example.com" onTestDomain={() => {}} onSent={() => {}} />,
    );
    const email = document.querySelector<HTMLInputElement>('#import-email')!;
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    await user.clear(email);
    await user.type(email, 'not an address');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const described = email.getAttribute('aria-describedby')!.split(' ');
    expect(described.length).toBeGreaterThan(0);
    for (const id of described) expect(document.getElementById(id)?.classList.contains('field-issue')).toBe(true);
    expect(screen.getByRole('group', { name: ru('testImport.kind') }).querySelectorAll('input[type="radio"]')).toHaveLength(2);

    const domain = document.querySelector<HTMLInputElement>('#import-domain')!;
    await user.clear(domain);
    await user.type(domain, 'no domain');
    await user.click(document.querySelector('#import-new-address')!);
    expect(domain.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(domain.getAttribute('aria-describedby')!)?.getAttribute('data-field')).toBe('test-domain');
  });
});
