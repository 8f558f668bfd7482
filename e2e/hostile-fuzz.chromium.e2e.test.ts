/**
 * A hostile school (issue 12, point 4): generated custom-form editors and process modals with
 * hostile titles and URLs, storms of page changes, an editor of 10 000 fields, and synthetic events
 * of every kind fired by the page's own script at everything the extension shows. Whatever the page
 * does: no request leaves the background because of it, no title changes that the admin did not
 * type, and no exception or failure warning comes from the extension's code.
 * The seed is printed; `FUZZ_SEED=<n>` repeats a run. Figures go to artifacts/hostile-fuzz.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, openBlock, readSummaryTitle, useE2eSuite } from './harness';
import {
  customFormStorm,
  fireSyntheticEvents,
  pressOurButtons,
  hostileTitle,
  hostileUrl,
  idleTwice,
  newCdpFor,
  seededRandom,
  watchExtensionErrors,
  type Random,
} from './harness/hostile';
import { schoolUrl } from './harness/sandbox';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
const suite = useE2eSuite(() => launchChromium({ lang: 'ru' }));
const { sandbox, browser } = suite;
/** A page of its own (not the suite's stand-in): the DevTools session needs the real one. */
let page: import('playwright-core').Page;

const figures = {
  seed: SEED,
  pages: 0,
  events: 0,
  storms: 0,
  backgroundRequests: 0,
  historyEntries: 0,
  extensionErrors: 0,
  pageErrors: 0,
  msPerPage: [] as number[],
};
let errors: Awaited<ReturnType<typeof watchExtensionErrors>>;

beforeAll(async () => {
  page = await browser.context.newPage();
  errors = await watchExtensionErrors(await newCdpFor(page));
  console.log(`hostile-page fuzz seed ${SEED} (FUZZ_SEED=${SEED} repeats it)`);
});
afterAll(() => {
  const times = [...figures.msPerPage].sort((a, b) => a - b);
  const summary = { ...figures, msPerPage: undefined, msPerPageMedian: times[Math.floor(times.length / 2)], msPerPageMax: times.at(-1) };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/hostile-fuzz.json', `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`hostile-page fuzz: ${JSON.stringify(summary)}`);
});
beforeEach(() => sandbox.reset());

/** The school's user fields replaced by generated ones (the page and the API serve them). */
function useFields(titles: string[]) {
  const school = sandbox.school();
  school.fields = [
    ...school.fields.filter((f: { context: string; system: boolean }) => f.context !== 'user' || f.system),
    ...titles.map((title, i) => ({
      id: 60_001 + i,
      title,
      type: i % 7 === 0 ? 'checkbox' : 'string',
      required: false,
      context: 'user' as const,
      order: i + 1,
      system: false,
    })),
  ];
}

async function stateTitles(): Promise<string[]> {
  return (JSON.parse(await page.locator('#CustomFormValue').inputValue()) as { fields: { label: string }[] }).fields.map((f) => f.label);
}

/** What the background did because of the page: calls that reached the sandbox, and test requests it kept in the history. */
async function backgroundTraces(): Promise<{ requests: number; history: number }> {
  const worker = browser.context.serviceWorkers()[0]!;
  const stored = (await worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null))) as Record<string, unknown>;
  const history = Object.entries(stored)
    .filter(([key]) => key.startsWith('history:'))
    .reduce((n, [, value]) => n + (Array.isArray(value) ? value.length : 0), 0);
  return { requests: sandbox.webhookCalls().length + sandbox.apiCalls().length, history };
}

/**
 * Nothing can be awaited to prove that nothing happened: a call the page managed to cause would
 * reach the sandbox within a few hundred milliseconds (message → background → fetch), so the
 * traces are watched for this long after the last event before they count as none.
 */
const QUIET_MS = 1500;

async function expectNothingCaused() {
  let traces = await backgroundTraces();
  for (let waited = 0; waited < QUIET_MS && traces.requests + traces.history === 0; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    traces = await backgroundTraces();
  }
  figures.backgroundRequests += traces.requests;
  figures.historyEntries += traces.history;
  figures.extensionErrors = errors.ours.length;
  figures.pageErrors = errors.pages.length;
  expect(traces).toEqual({ requests: 0, history: 0 });
  expect(errors.ours).toEqual([]);
}

async function openEditorWith(rng: Random, count: number): Promise<number> {
  useFields(Array.from({ length: count }, () => hostileTitle(rng, { long: count < 1000 })));
  const started = Date.now();
  await page.goto(schoolUrl(sandbox, USER_FIELDS));
  await readSummaryTitle(page, 60_000);
  await page.evaluate(idleTwice);
  const ms = Date.now() - started;
  figures.msPerPage.push(ms);
  figures.pages += 1;
  return ms;
}

describe('a hostile custom-fields editor', () => {
  it('synthetic events change no title and send nothing; storms of changes throw nothing', async () => {
    const rng = seededRandom(SEED);
    for (let round = 0; round < 4; round++) {
      await openEditorWith(rng, 20 + rng.int(60));
      const before = await stateTitles();
      figures.events += await page.evaluate(pressOurButtons, 3);
      figures.events += await page.evaluate(fireSyntheticEvents, { rounds: 2, pageInputLimit: 150 });
      await page.evaluate(idleTwice);
      expect(await stateTitles()).toEqual(before); // «Use this name», «Rename all» and «Undo» ignored every one
      figures.storms += await page.evaluate(customFormStorm, { steps: 60, seed: SEED + round });
      figures.events += await page.evaluate(fireSyntheticEvents, { rounds: 1, pageInputLimit: 200 });
      await page.evaluate(idleTwice);
      await expectNothingCaused();
    }
  });

  it('an editor of 10 000 hostile fields is read, warned and survives the same', { timeout: 180_000 }, async () => {
    const rng = seededRandom(SEED + 1);
    await openEditorWith(rng, 10_000);
    expect(await readSummaryTitle(page)).toMatch(/Albato/);
    const before = await stateTitles();
    figures.events += await page.evaluate(fireSyntheticEvents, { rounds: 1, pageInputLimit: 50 });
    await page.evaluate(idleTwice);
    expect(await stateTitles()).toEqual(before);
    figures.storms += await page.evaluate(customFormStorm, { steps: 5, seed: SEED + 99 });
    await page.evaluate(idleTwice);
    await expectNothingCaused();
  });
});

describe('a hostile process editor', () => {
  it('hostile URLs in the block modal, synthetic clicks on Test this URL and Send…, the modal opened and closed: no call leaves', async () => {
    const rng = seededRandom(SEED + 2);
    const receiver = schoolUrl(sandbox, sandbox.webhookPath);
    for (let round = 0; round < 4; round++) {
      sandbox.reset();
      const block = sandbox
        .school()
        .missions.find((m) => m.id === 101)
        ?.blocks.find((b) => b.operationType === 'common_get_url');
      block!.settings = { ...block!.settings, url: hostileUrl(rng, receiver) };
      const started = Date.now();
      await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=101'));
      await openBlock(page);
      await page.evaluate(idleTwice);
      figures.msPerPage.push(Date.now() - started);
      figures.pages += 1;
      for (let pass = 0; pass < 2; pass++) {
        // The page types another URL itself (untrusted input events), then presses everything of ours.
        await page.evaluate(
          (url) => {
            const input = document.querySelector<HTMLInputElement>(
              'form.block-modal-window [data-operation-type="common_get_url"] input[type="text"]',
            );
            if (!input) return;
            input.value = url;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          },
          hostileUrl(rng, receiver),
        );
        // The pointed attack first (open the preview, press Send…), then everything at once:
        // the broad barrage may close the modal itself (Escape, the operation radios), taking our views away.
        figures.events += await page.evaluate(pressOurButtons, 4);
        figures.events += await page.evaluate(fireSyntheticEvents, { rounds: 1, pageInputLimit: 0 });
      }
      figures.events += await page.evaluate(fireSyntheticEvents, { rounds: 1, pageInputLimit: 100 });
      await page.evaluate(idleTwice);
      await expectNothingCaused();
    }
  });
});
