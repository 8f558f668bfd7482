/**
 * A hostile school walks the process editor's address through unknown process ids (issue 20,
 * point 4). Each address change re-runs the editor's features (WXT's location watcher), and each
 * run asks the background for the process's kind; for an unknown process the background reads
 * GetCourse's two processes-by-type lists with the admin's cookies. Before the bound, 400 ids
 * over two page loads made 758 such requests. Counted where they arrive: the sandbox's page log.
 * Each describe has its own browser and sandbox, so each starts with nothing read.
 */
import type { Page } from 'playwright-core';
import { launchChromium, MODAL, openBlock, readMarker, useE2eSuite } from './harness';
import { schoolUrl, type Sandbox } from './harness/sandbox';

const FIND_BY_TYPE = '/pl/tasks/mission/find-by-type';
/** One pair: users (41) and orders (42), the bound per school per KIND_LOOKUP_INTERVAL_MS (10 min). */
const ONE_PAIR = 2;
/** A look-up the flood managed to cause would reach the sandbox within this long after the last address change. */
const QUIET_MS = 2_000;

const lookups = (sandbox: Sandbox) => sandbox.pageCalls().filter((call) => call.path === FIND_BY_TYPE);

/**
 * Runs in the page: pushState through `count` ids from `first`, one per task (`gapMs` apart), so
 * every address change reaches the content script and its features ask before the next one.
 */
async function walkIds({ first, count, gapMs }: { first: number; count: number; gapMs: number }): Promise<number> {
  for (let i = 0; i < count; i++) {
    history.pushState({}, '', `/pl/tasks/mission/process?id=${first + i}`);
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return count;
}

async function waitQuiet(page: Page, sandbox: Sandbox): Promise<void> {
  let seen = -1;
  while (seen !== lookups(sandbox).length) {
    seen = lookups(sandbox).length;
    await page.waitForTimeout(QUIET_MS);
  }
}

describe('positive control: an honest first open of an unknown process', () => {
  const { sandbox, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

  it('gets its kind looked up: one pair of requests, and the block modal knows the kind', async () => {
    await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
    await openBlock(page, 2);
    const view = page.locator(`${MODAL} [data-gc-albato="call-url"] .gc-process`);
    expect(await view.locator('.gc-albato').textContent()).toBe('✓ Вебхук Albato');
    expect(await view.textContent()).not.toContain('Тип объекта процесса'); // known: read from the lists
    await waitQuiet(page, sandbox);
    expect(new Set(lookups(sandbox).map((call) => call.query.objectTypeId))).toEqual(new Set(['41', '42']));
    expect(lookups(sandbox)).toHaveLength(ONE_PAIR);
  });
});

describe('a page pushState-ing through 400 unknown process ids over 2 page loads', () => {
  const { sandbox, page } = useE2eSuite(() => launchChromium({ lang: 'ru' }));

  it('causes at most one pair of find-by-type requests', { timeout: 120_000 }, async () => {
    let walked = 0;
    for (const [load, first] of [
      [1, 900_000],
      [2, 910_000],
    ] as const) {
      await page.goto(schoolUrl(sandbox, `/pl/tasks/mission/process?id=${first - load}`));
      await readMarker(page);
      walked += await page.evaluate(walkIds, { first, count: 200, gapMs: 100 });
    }
    await waitQuiet(page, sandbox);
    const figures = { walked, findByType: lookups(sandbox).length };
    console.log(`navigation flood: ${JSON.stringify(figures)}`);
    expect(figures.walked).toBe(400);
    expect(figures.findByType).toBeLessThanOrEqual(ONE_PAIR);
  });
});
