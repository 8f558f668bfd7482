/**
 * storage.local as Chromium itself keeps it (README, Security: "Storage a page can fill"): the
 * page-data budget counts bytes exactly as Chromium's quota does, and with storage.local really
 * full (Chromium's own quota error, nothing stubbed) a test import and a webhook test that went
 * out still show their answers, with the note that they are not in the history.
 */
import type { Page } from 'playwright-core';
import { artifact, clearExtensionData, launchChromium, openPopupWithSchoolChromium, showPopupTab, useE2eSuite } from './harness';
import { schoolUrl } from './harness/sandbox';
import { storedBytes } from '../entrypoints/background/storage/size';

const { sandbox, browser, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const FILLER = 'e2e-filler';

beforeEach(async () => {
  sandbox.reset();
  await clearExtensionData(browser);
});

/** Fills storage.local up to Chromium's quota but `room` bytes; returns what a bigger write is told. */
async function fillStorage(popup: Page, room: number): Promise<string> {
  return popup.evaluate(
    async ({ key, room }) => {
      const local = (globalThis as any).chrome.storage.local;
      const free = local.QUOTA_BYTES - (await local.getBytesInUse(null));
      await local.set({ [key]: 'x'.repeat(free - key.length - 2 - room) });
      try {
        await local.set({ 'e2e-probe': 'x'.repeat(room) });
        return 'stored';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    { key: FILLER, room },
  );
}

describe('storage.local as Chromium keeps it', () => {
  it('the budget counts bytes exactly as Chromium counts its quota (key + JSON in UTF-8, `<` and U+2028 escaped, numbers as Chromium writes them)', async () => {
    const popup = await openPopupWithSchoolChromium(browser, page, schoolUrl(sandbox, '/pl/sales/offer/index'), sandbox.keys.readWrite);
    const samples: Record<string, unknown> = {
      'e2e-ascii': 'abc',
      'e2e-cyrillic': 'Город проживания',
      'e2e-markup': '<b>Курс</b> «Основы» <script>'.repeat(3),
      'e2e-separators': 'a\u2028b\u2029c',
      'e2e-emoji': '😀 ok',
      'e2e-controls': '\u0001\n\t"\\/',
      'e2e-numbers': [5, 2_147_483_647, 2_147_483_648, 999_999_999_999, 1e12, 1_732_800_000_123, -2_147_483_649, 1.5, 1e-7, 0.000001],
      'offers:e2e.getcourse.ru': {
        '1001': { id: '1001', title: 'Курс «Основы» <new>', code: 'basics-2024', price: '12 000 руб.', seenAt: 1_732_800_000_123 },
      },
      'process-kinds:e2e.getcourse.ru': { '7': { kind: 'user', seenAt: 5 }, '102': { kind: 'deal', seenAt: 1_732_800_000_000 } },
      'school-fields:e2e.getcourse.ru': { user: ['Город проживания', 'telegram_id'], deal: null },
      'call-urls:e2e.getcourse.ru': {
        '101': { urls: ['https://h.albato.ru/wh/38/1lf/token/?e={object.email}&c={object.Город}'], kind: null, seenAt: 1_732_800_000_000 },
      },
    };
    const counted = await popup.evaluate(async (items) => {
      const local = (globalThis as any).chrome.storage.local;
      await local.set(items);
      const bytes: Record<string, number> = {};
      for (const key of Object.keys(items)) bytes[key] = await local.getBytesInUse(key);
      await local.remove(Object.keys(items));
      return bytes;
    }, samples);
    expect(counted).toEqual(Object.fromEntries(Object.entries(samples).map(([key, value]) => [key, storedBytes(key, value)])));
    await popup.close();
  });

  it('full: a test import and a webhook test show their answers and say they are not in the history; nothing is sent twice', async () => {
    const popup = await openPopupWithSchoolChromium(browser, page, schoolUrl(sandbox, '/pl/sales/offer/index'), sandbox.keys.readWrite);
    await showPopupTab(popup, 'import');
    await popup.locator('#test-import').waitFor();
    const email = await popup.locator('#import-email').inputValue();
    expect(await fillStorage(popup, 40)).toMatch(/quota exceeded/i); // Chromium's own refusal

    await popup.click('#import-send');
    await popup.locator('#import-result').waitFor({ timeout: 10_000 });
    expect(await popup.locator('#import-result .import-user').getAttribute('data-user-status')).toBe('added');
    expect(await popup.locator('#import-history-not-kept').textContent()).toBe(
      'Ответ получен, но в историю не записан: место расширения заполнено. Освободите его: очистите историю запросов или удалите ненужные школы в настройках расширения.',
    );
    expect(sandbox.apiCalls().filter((c) => c.path === '/pl/api/users')).toHaveLength(1);
    expect((sandbox.school().users as { email: string }[]).some((u) => u.email === email)).toBe(true);
    await showPopupTab(popup, 'history');
    await popup.locator('#request-history').waitFor();
    expect(await popup.locator('#request-history li[data-kind="import"]').count()).toBe(0);

    await showPopupTab(popup, 'webhook');
    await popup.fill('#webhook-url', schoolUrl(sandbox, sandbox.webhookPath));
    await popup.click('#webhook-send');
    await popup.locator('#webhook-answer').waitFor({ timeout: 10_000 });
    expect(await popup.locator('#webhook-answer').getAttribute('data-status')).toBe('200');
    expect(await popup.locator('#webhook-history-not-kept').textContent()).toMatch(
      /^Ответ получен, но в историю не записан: место расширения заполнено/,
    );
    expect(sandbox.webhookCalls()).toHaveLength(1);
    await popup.screenshot({ path: artifact('chromium-storage-full.png'), fullPage: true });

    await popup.evaluate((key) => (globalThis as any).chrome.storage.local.remove(key), FILLER);
    await popup.close();
  });
});
