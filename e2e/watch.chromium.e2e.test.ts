/**
 * Keep watch in Chromium (issue 21), against the sandbox: a watched school whose key the sandbox
 * deletes is shown broken in the settings page once its alarm and the retry that confirms it have
 * run, and a working key again clears it. The worker is woken by its own alarms: the test only
 * makes them due now, as the browser does when a period ends (`chrome.alarms.create` in the worker).
 * Notifications need the optional permission, whose prompt headless Chromium shows where nothing
 * can press it: what they say is covered by tests/watch-runner.test.ts.
 */
import type { Page, Worker } from 'playwright-core';
import { clearExtensionData, launchChromium, openOptionsChromium, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';

const { sandbox, browser } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

const openOptions = (): Promise<Page> => openOptionsChromium(browser);

/** The admin adds the school with its key remembered on this device, then watches it every 6 hours. */
async function watchSchool(options: Page): Promise<string> {
  await options.locator('#schools summary', { hasText: 'Добавить школу' }).click();
  await options.fill('#school-name', 'Школа');
  await options.fill('#school-origin', schoolUrl(sandbox, ''));
  await options.fill('#api-key', sandbox.keys.readWrite);
  await options.locator('#remember-key').check(); // remember on this device
  await options.click('#save-school');
  const row = options.locator('li[data-school-id]', { hasText: 'Школа' });
  await row.locator('select.watch-period').selectOption({ label: 'каждые 6 часов' });
  await row.locator('.watch-state').waitFor();
  return (await row.getAttribute('data-school-id'))!;
}

const worker = (): Worker => browser.context.serviceWorkers()[0]!;

/** Makes the school's watch alarm (or its retry) due now and waits until that run is stored. */
async function runAlarm(name: string, schoolId: string): Promise<void> {
  const before = await lastRunAt(schoolId);
  await worker().evaluate((alarm) => (globalThis as any).chrome.alarms.create(alarm, { when: Date.now() }), name);
  await expect.poll(() => lastRunAt(schoolId), { timeout: 15_000 }).not.toBe(before);
}

const lastRunAt = (schoolId: string): Promise<number | null> =>
  worker().evaluate(
    (key) => (globalThis as any).chrome.storage.local.get(key).then((all: Record<string, any>) => all[key]?.state?.lastRunAt ?? null),
    `watch:${schoolId}`,
  );

describe('keep watch (Chromium)', () => {
  it('a deleted key shows as broken after the retry confirms it, and a working key clears it', async () => {
    const options = await openOptions();
    const id = await watchSchool(options);
    expect(await worker().evaluate((name) => (globalThis as any).chrome.alarms.get(name), `watch:${id}`)).toMatchObject({
      periodInMinutes: 360,
    });

    await runAlarm(`watch:${id}`, id); // the first run: all passes
    sandbox.deleteKey(sandbox.keys.readWrite);
    await runAlarm(`watch:${id}`, id); // seen once: not told yet, a retry is set
    expect(await worker().evaluate((name) => (globalThis as any).chrome.alarms.get(name), `watch-retry:${id}`)).toBeTruthy();
    await options.reload();
    const row = options.locator(`li[data-school-id="${id}"]`);
    expect(await row.locator('.watch-state').textContent()).toContain('Работает');

    await runAlarm(`watch-retry:${id}`, id); // the retry confirms it
    await options.reload();
    expect(await row.locator('.watch-state').textContent()).toMatch(/Сломано с .+: API-ключ/);
    expect(await row.locator('.watch-changes summary').textContent()).toBe('1 изменение');

    sandbox.reset();
    await runAlarm(`watch:${id}`, id);
    await options.reload();
    expect(await row.locator('.watch-state').textContent()).toContain('Работает');
    expect(await row.locator('.watch-changes summary').textContent()).toBe('2 изменения');
    await options.close();
  });
});
