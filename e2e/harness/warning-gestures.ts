/**
 * GetCourse's gestures on a flagged field, tried through our warning (issue 24): a real click on
 * every part of every drawn warning that is not our control, a drag started on a warning, and the
 * same press on our own button. Shared by the Chromium and Firefox suites (field-names.*.e2e).
 * Fields are told apart by data (the `for` of their label and `#CustomFormValue`), not by our classes.
 */
import type { Page } from 'playwright-core';

const WARNING_HOST = '.custom-form-editor .fields [data-gc-albato="field-warning"]';
/** Our controls inside a warning (what must keep its presses). */
const OWN_CONTROLS = 'button, summary, a[href], input, textarea, select';

interface Point {
  field: string;
  part: string;
  x: number;
  y: number;
}

/**
 * Points on each drawn warning that are not our controls: the middle of each visible part (what is
 * wrong, the name, the name's code), and the warning's own left edge. Each point is checked to hit
 * that warning (topmost at the point, through our shadow root) and no control of ours.
 */
async function warningPoints(page: Page, host: number): Promise<Point[]> {
  return page
    .locator(WARNING_HOST)
    .nth(host)
    .evaluate((element, controls) => {
      element.scrollIntoView({ block: 'center' });
      const root = element.shadowRoot!;
      const field = element.closest('.field')?.querySelector('label')?.getAttribute('for') ?? '?';
      const warning = root.querySelector('.gc-warning')!;
      const parts: [string, Element][] = [
        ['edge', warning],
        ...[...warning.querySelectorAll('.gc-what, .gc-fix, code')].map((part): [string, Element] => [
          part.className || part.tagName,
          part,
        ]),
      ];
      const points: Point[] = [];
      for (const [part, node] of parts) {
        const box = node.getBoundingClientRect();
        const x = part === 'edge' ? box.left + 2 : box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const hit = root.elementFromPoint(x, y);
        if (document.elementFromPoint(x, y) !== element || !hit || hit.closest(controls))
          throw new Error(`${field} ${part}: not a free part of the warning`);
        points.push({ field, part, x, y });
      }
      return points;
    }, OWN_CONTROLS);
}

/** The field the page shows as selected, by its label's `for` (null: none). */
export function selectedField(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('.field-wrapper.selected label')?.getAttribute('for') ?? null);
}

/**
 * Clicks every free part of every drawn warning, each time after selecting another field, and
 * says which clicks selected the warning's field and which put the focus in its title input.
 */
export async function clickEveryWarningPart(page: Page, elsewhere: string) {
  const hosts = await page.locator(WARNING_HOST).count();
  const results: { field: string; part: string; selected: boolean; focused: boolean }[] = [];
  for (let host = 0; host < hosts; host++) {
    for (const point of await warningPoints(page, host)) {
      await page.locator(`label[for="${elsewhere}"]`).click();
      if ((await selectedField(page)) !== elsewhere) throw new Error('the field to start from was not selected');
      // The same scroll as when the points were read (the click above may have scrolled).
      const again = (await warningPoints(page, host)).find((p) => p.part === point.part)!;
      await page.mouse.click(again.x, again.y);
      const selected = (await selectedField(page)) === point.field;
      const focused = await page
        .waitForFunction(
          () => {
            const active = document.activeElement as HTMLInputElement | null;
            return active?.matches('.field-settings input.label-input') && active.closest('.field-settings')!.checkVisibility();
          },
          undefined,
          { timeout: 1_000 },
        )
        .then(
          () => true,
          () => false,
        );
      results.push({ field: point.field, part: point.part, selected, focused });
    }
  }
  return results;
}

/** The titles in `#CustomFormValue`, in the page's order (what GetCourse's Save would post). */
export async function stateOrder(page: Page): Promise<string[]> {
  return (JSON.parse(await page.locator('#CustomFormValue').inputValue()) as { fields: { label: string }[] }).fields.map((f) => f.label);
}

/** A press-and-move as the admin drags: from (x, y) down by `dy` px in small steps. */
export async function drag(page: Page, from: { x: number; y: number }, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(from.x + 2, from.y + (dy * step) / 10);
  await page.mouse.up();
}

/** Where a drag starts: the middle of a field's warning text, of its label, or of our copy button. */
export async function dragStart(page: Page, fieldFor: string, on: 'warning' | 'label' | 'button') {
  return page.locator(`label[for="${fieldFor}"]`).evaluate((label, on) => {
    label.scrollIntoView({ block: 'center' });
    const host = label.closest('.field')!.querySelector('[data-gc-albato="field-warning"]')!;
    const node =
      on === 'label' ? label.querySelector('.label-value')! : host.shadowRoot!.querySelector(on === 'warning' ? '.gc-what' : 'button')!;
    const box = node.getBoundingClientRect();
    return {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      blockHeight: label.closest('.field-wrapper')!.getBoundingClientRect().height,
    };
  }, on);
}

/**
 * The figures of issue 24: a flagged block's height over an unflagged one's (per field type, the
 * largest ratio), the summary's height folded, with every part opened, and where GetCourse's
 * editor (its first field block) starts, the page scrolled to its top.
 */
export async function layoutFigures(page: Page) {
  return page.evaluate(async () => {
    scrollTo(0, 0);
    const blocks = [...document.querySelectorAll<HTMLElement>('.custom-form-editor .fields .field-wrapper')].map((wrapper) => ({
      type: [...wrapper.querySelector('.custom-field')!.classList].find((c) => c.startsWith('type-')) ?? '',
      flagged: wrapper.querySelector('[data-gc-albato="field-warning"]') !== null,
      labelled: wrapper.querySelector<HTMLElement>('label')!.checkVisibility(),
      height: wrapper.getBoundingClientRect().height,
    }));
    const ratios: Record<string, number> = {};
    for (const type of new Set(blocks.map((b) => b.type))) {
      const of = (flagged: boolean) => blocks.filter((b) => b.type === type && b.labelled && b.flagged === flagged).map((b) => b.height);
      const [flagged, plain] = [of(true), of(false)];
      if (flagged.length && plain.length) ratios[type] = Math.max(...flagged) / Math.min(...plain);
    }
    const host = document.querySelector<HTMLElement>('[data-gc-albato="summary"]')!;
    const folded = host.getBoundingClientRect().height;
    const editorTop = document.querySelector('.custom-form-editor .fields .field-wrapper')!.getBoundingClientRect().top;
    const parts = [...host.shadowRoot!.querySelectorAll('details')];
    for (const details of parts) details.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const unfolded = host.getBoundingClientRect().height;
    for (const details of parts) details.open = false;
    return { ratios, maxRatio: Math.max(...Object.values(ratios)), summaryFolded: folded, summaryUnfolded: unfolded, editorTop };
  });
}
