/**
 * README's first command, headless (as it runs without a display): the tour in Russian and English
 * ends well, says what the extension did, and writes the store's screenshots at the sizes the
 * Chrome Web Store takes (1 280 × 800 and the 440 × 280 promo tile). Uses the build `npm test` made.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('npm start without a display', () => {
  const out = mkdtempSync(join(tmpdir(), 'demo-tour-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('tours the sandbox in both languages and writes the store screenshots', () => {
    const run = spawnSync(process.execPath, ['scripts/demo.mjs', '--headless', '--no-build', '--out', out], {
      encoding: 'utf8',
      timeout: 150_000,
      env: { ...process.env, DISPLAY: '' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The test address is stamped to the minute, so the second tour may find the first one's user: either answer is right.
    for (const lang of ['ru', 'en']) {
      expect(run.stdout).toContain(
        `[${lang}] connection check on school.getcourse.ru: address: pass, key: pass, write: pass, plan: pass, rights: pass, limits: pass`,
      );
      expect(run.stdout).toMatch(
        new RegExp(`\\[${lang}\\] test import \\(deal, "1 500 руб\\."\\) → (Пользователь|User) \\d+: .+; (Заказ|Order) \\d+`),
      );
      expect(run.stdout).toMatch(new RegExp(`\\[${lang}\\] Test this URL → sandbox receiver: HTTP 200`));
    }
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      ['en', 'ru']
        .flatMap((lang) => [
          `promo-440x280-${lang}.png`,
          ...['1-fields', '2-rename-all', '3-check', '4-import', '5-process'].map((shot) => `store-${lang}-1280x800-${shot}.png`),
        ])
        .sort(),
    );
    for (const file of files) expect(pngSize(join(out, file))).toEqual(file.startsWith('promo') ? [440, 280] : [1280, 800]);
  }, 180_000);
});
