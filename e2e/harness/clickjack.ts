/**
 * Clickjacking and keyjacking as a hostile school would do them (issue 20), for the Chromium and
 * Firefox suites: the page hides, disguises, covers or moves one of our controls — «Rename all» in
 * the custom-form editor, «Use this name» under a field's title, the cost swap in a «Вызвать URL»
 * block modal — and the admin's REAL input lands on it: `page.mouse` at the coordinates of a button
 * the page drew there, or `page.keyboard`. Each attack must change nothing, raise no page error and
 * leave the refusal note; then the attack is undone and the same control acts for an honest press
 * (the positive control: the attack itself did not just break the page). With the guard taken out
 * of `el()` (a plain `isTrusted` check, as before issue 20), the attacks marked `reachesControl`
 * change the field: they are the ones whose real click or key does reach our control.
 */
import type { Page } from 'playwright-core';
import { lookAtIt } from './admin-press';
import type { LaunchedBrowser } from './launch.js';
import { openBlock, CALL_URL_FIELD, MODAL } from './process-editor';
import { schoolUrl } from './sandbox';
import { useE2eSuite } from './suite';

/** How long the page's trap stands before the admin's click: it is set while the admin reads the page (a few watches of the guard). */
const TRAP_SET_MS = 300;

const USER_FIELDS = '/pl/logic/context/custom-fields?contextName=UserContext';
const SUMMARY = '[data-gc-albato="summary"]';
const TITLE_INPUT = '.field-settings:visible input.label-input';
const TITLE_WARNING_HOST = '.field-settings:not([style*="none"]) [data-gc-albato="field-warning"]';
const CALL_URL_HOST = `${MODAL} [data-gc-albato="call-url"]`;

/** A control of ours: its host (light DOM) and the control inside the host's open shadow root. */
interface Target {
  host: string;
  control: string;
}
const RENAME_ALL: Target = { host: SUMMARY, control: '.gc-rename-all' };
const SWAP: Target = { host: CALL_URL_HOST, control: '.gc-swap' };

/** What the page's script does; runs in the page with the target's selectors. */
type PageScript = (target: Target) => void;

interface MouseAttack {
  name: string;
  /** a real click reaches our control: without the guard, the field would change */
  reachesControl: boolean;
  arm: PageScript;
  disarm: PageScript;
  /** the admin's hand: by default a click at the page's button */
  press?: (page: Page, at: { x: number; y: number }) => Promise<void>;
}

/**
 * Runs in the page: draws the page's own «Сохранить» at the control's place, under our view (the
 * button the admin means to press), and returns its centre.
 */
function drawPageButton(target: Target): { x: number; y: number } {
  const control = document.querySelector(target.host)!.shadowRoot!.querySelector(target.control)!;
  const rect = control.getBoundingClientRect();
  const button = document.createElement('button');
  button.id = 'page-own-button';
  button.textContent = 'Сохранить';
  Object.assign(button.style, {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    zIndex: '-1',
  });
  document.body.append(button);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Runs in the page: a sheet of the page's own, laid over the control, that lets clicks through. */
function layPassThroughOverlay(target: Target): void {
  const rect = document.querySelector(target.host)!.shadowRoot!.querySelector(target.control)!.getBoundingClientRect();
  const sheet = document.createElement('div');
  sheet.id = 'page-overlay';
  sheet.textContent = 'Сохранить';
  Object.assign(sheet.style, {
    position: 'fixed',
    left: `${rect.left - 20}px`,
    top: `${rect.top - 10}px`,
    width: `${rect.width + 40}px`,
    height: `${rect.height + 20}px`,
    background: '#fff',
    zIndex: '2147483647',
    pointerEvents: 'none',
  });
  document.body.append(sheet);
}

export const MOUSE_ATTACKS: MouseAttack[] = [
  {
    name: 'our host at opacity 0',
    reachesControl: true,
    arm: (target) => (document.querySelector<HTMLElement>(target.host)!.style.opacity = '0'),
    disarm: (target) => document.querySelector<HTMLElement>(target.host)!.style.removeProperty('opacity'),
  },
  {
    name: 'opacity put inside our open shadow root',
    reachesControl: true,
    arm: (target) => {
      const style = document.createElement('style');
      style.id = 'page-style-in-our-root';
      style.textContent = `${target.control} { opacity: 0 !important; }`;
      document.querySelector(target.host)!.shadowRoot!.append(style);
    },
    disarm: (target) => document.querySelector(target.host)!.shadowRoot!.getElementById('page-style-in-our-root')!.remove(),
  },
  {
    name: 'transparent text, background and border put inside our open shadow root (opacity 1)',
    reachesControl: true,
    arm: (target) => {
      const style = document.createElement('style');
      style.id = 'page-style-in-our-root';
      style.textContent = `${target.control} { color: transparent !important; background: transparent !important; border-color: transparent !important; }`;
      document.querySelector(target.host)!.shadowRoot!.append(style);
    },
    disarm: (target) => document.querySelector(target.host)!.shadowRoot!.getElementById('page-style-in-our-root')!.remove(),
  },
  {
    name: 'filter: opacity(0) on our host',
    reachesControl: true,
    arm: (target) => (document.querySelector<HTMLElement>(target.host)!.style.filter = 'opacity(0)'),
    disarm: (target) => document.querySelector<HTMLElement>(target.host)!.style.removeProperty('filter'),
  },
  {
    name: 'a mask that hides our host (masks do not stop hit testing)',
    reachesControl: true,
    arm: (target) =>
      document.querySelector<HTMLElement>(target.host)!.style.setProperty('mask-image', 'linear-gradient(transparent, transparent)'),
    disarm: (target) => document.querySelector<HTMLElement>(target.host)!.style.removeProperty('mask-image'),
  },
  {
    name: 'clip-path on our host that keeps only the control',
    reachesControl: true,
    arm: (target) => {
      const host = document.querySelector<HTMLElement>(target.host)!;
      const rect = host.shadowRoot!.querySelector(target.control)!.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      const [l, t] = [rect.left - box.left, rect.top - box.top];
      host.style.clipPath = `polygon(${l}px ${t}px, ${l + rect.width}px ${t}px, ${l + rect.width}px ${t + rect.height}px, ${l}px ${t + rect.height}px)`;
    },
    disarm: (target) => document.querySelector<HTMLElement>(target.host)!.style.removeProperty('clip-path'),
  },
  {
    name: '<body> at opacity 0.01',
    reachesControl: true,
    arm: () => (document.body.style.opacity = '0.01'),
    disarm: () => document.body.style.removeProperty('opacity'),
  },
  {
    name: '<html> at opacity 0',
    reachesControl: true,
    arm: () => (document.documentElement.style.opacity = '0'),
    disarm: () => document.documentElement.style.removeProperty('opacity'),
  },
  {
    name: 'a page sheet with pointer-events: none laid over the control',
    reachesControl: true,
    arm: layPassThroughOverlay,
    disarm: () => document.getElementById('page-overlay')!.remove(),
  },
  {
    name: 'the control moved under the pointer between pointerdown and click',
    reachesControl: true,
    arm: (target) => {
      const move = (event: Event) => {
        if (!event.isTrusted) return;
        const host = document.querySelector<HTMLElement>(target.host)!;
        host.style.position = 'relative';
        host.style.left = '3px';
      };
      (window as unknown as { __move: typeof move }).__move = move;
      window.addEventListener('pointerdown', move, true);
    },
    disarm: (target) => {
      window.removeEventListener('pointerdown', (window as unknown as { __move: EventListener }).__move, true);
      document.querySelector<HTMLElement>(target.host)!.style.removeProperty('position');
      document.querySelector<HTMLElement>(target.host)!.style.removeProperty('left');
    },
  },
  {
    name: 'the control made visible under the cursor just before the click',
    reachesControl: true,
    arm: (target) => {
      document.querySelector<HTMLElement>(target.host)!.style.visibility = 'hidden';
      const reveal = (event: Event) => {
        if (event.isTrusted) document.querySelector<HTMLElement>(target.host)!.style.removeProperty('visibility');
      };
      (window as unknown as { __reveal: typeof reveal }).__reveal = reveal;
      window.addEventListener('pointermove', reveal, true);
    },
    disarm: (target) => {
      window.removeEventListener('pointermove', (window as unknown as { __reveal: EventListener }).__reveal, true);
      document.querySelector<HTMLElement>(target.host)!.style.removeProperty('visibility');
    },
    press: async (page, at) => {
      await page.mouse.move(at.x - 30, at.y);
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.up();
    },
  },
  {
    name: 'our host re-parented into a transparent wrapper on pointerdown',
    reachesControl: false,
    arm: (target) => {
      const wrap = (event: Event) => {
        if (!event.isTrusted) return;
        const host = document.querySelector<HTMLElement>(target.host)!;
        const wrapper = document.createElement('div');
        wrapper.id = 'page-wrapper';
        wrapper.style.opacity = '0';
        host.before(wrapper);
        wrapper.append(host);
      };
      (window as unknown as { __wrap: typeof wrap }).__wrap = wrap;
      window.addEventListener('pointerdown', wrap, true);
    },
    disarm: (target) => {
      window.removeEventListener('pointerdown', (window as unknown as { __wrap: EventListener }).__wrap, true);
      const wrapper = document.getElementById('page-wrapper');
      if (wrapper) wrapper.replaceWith(document.querySelector<HTMLElement>(target.host)!);
    },
  },
  {
    name: 'our host removed on pointerdown (and put back afterwards)',
    reachesControl: false,
    arm: (target) => {
      const remove = (event: Event) => {
        if (!event.isTrusted) return;
        const host = document.querySelector<HTMLElement>(target.host)!;
        const mark = document.createComment('page-removed-host');
        host.before(mark);
        (window as unknown as { __removed: [Comment, HTMLElement] }).__removed = [mark, host];
        host.remove();
      };
      (window as unknown as { __remove: typeof remove }).__remove = remove;
      window.addEventListener('pointerdown', remove, true);
    },
    disarm: () => {
      const w = window as unknown as { __remove: EventListener; __removed?: [Comment, HTMLElement] };
      window.removeEventListener('pointerdown', w.__remove, true);
      if (w.__removed) w.__removed[0].replaceWith(w.__removed[1]);
    },
  },
];

/**
 * Every mouse attack on one control, each with its positive control. `open` brings the page to
 * the control; `changed` reads what the control's action changes.
 */
export function mouseAttackTests(
  page: Page,
  errors: readonly string[],
  target: Target,
  open: () => Promise<void>,
  changed: () => Promise<string>,
  attacks: readonly MouseAttack[] = MOUSE_ATTACKS,
): void {
  it.each(attacks.map((attack) => [attack.name, attack] as const))(
    '%s: the real click changes nothing; undone, an honest click acts',
    async (_name, attack) => {
      await open();
      await centre(page, target.host);
      await lookAtIt(page);
      const before = await changed();
      const at = await page.evaluate(drawPageButton, target);
      await page.evaluate(attack.arm, target);
      await page.waitForTimeout(TRAP_SET_MS);
      await (attack.press ?? ((p, point) => p.mouse.click(point.x, point.y)))(page, at);
      await page.waitForTimeout(150);
      expect(await changed()).toBe(before);
      await page.evaluate(attack.disarm, target);
      if (attack.reachesControl) expect(await page.locator(target.host).locator('.gc-refused').count()).toBe(1);

      await page.mouse.move(0, 0);
      await lookAtIt(page);
      const shown = (await page.locator(target.host).locator(target.control).boundingBox())!; // the refusal note may have moved it
      await page.mouse.click(shown.x + shown.width / 2, shown.y + shown.height / 2);
      await expect.poll(changed, { timeout: 5_000 }).not.toBe(before);
      expect(errors).toEqual([]);
    },
  );
}

/** Scrolls a view of ours to the middle of the window (clear of our own page marker in its corner). */
async function centre(page: Page, host: string): Promise<void> {
  await page.locator(host).evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

/** The editor's state as GetCourse keeps it: what its own Save button would post. */
async function stateTitles(page: Page): Promise<string> {
  return page.locator('#CustomFormValue').inputValue();
}

/** The whole clickjacking suite for one browser. */
export function clickjackSuite(launch: () => Promise<LaunchedBrowser>): void {
  const { sandbox, page } = useE2eSuite(launch);
  const errors: string[] = [];
  beforeAll(() => page.on('pageerror', (error) => errors.push(error.message)));
  beforeEach(() => {
    errors.length = 0;
    return sandbox.reset();
  });

  const openEditor = async () => {
    await page.goto(schoolUrl(sandbox, USER_FIELDS));
    await page.locator(SUMMARY).locator(RENAME_ALL.control).waitFor({ timeout: 15_000 });
  };

  describe('«Rename all» in the custom-form editor', () => {
    mouseAttackTests(page, errors, RENAME_ALL, openEditor, () => stateTitles(page));
  });

  describe('the cost swap in a «Вызвать URL» block modal', () => {
    const openModal = async () => {
      await page.goto(schoolUrl(sandbox, '/pl/tasks/mission/process?id=102'));
      await openBlock(page, 2);
      await page.locator(CALL_URL_HOST).locator(SWAP.control).waitFor({ timeout: 15_000 });
    };
    const url = () => page.locator(CALL_URL_FIELD).inputValue();
    mouseAttackTests(
      page,
      errors,
      SWAP,
      openModal,
      url,
      MOUSE_ATTACKS.filter((attack) => /opacity 0|pointer-events|inside our open/.test(attack.name)),
    );
  });

  describe('keys: «Use this name» under a field title', () => {
    const focusTitle = async () => {
      await openEditor();
      await page.locator('label[for="field-input-2001"]').click();
      const input = page.locator(TITLE_INPUT);
      await input.click();
      await input.fill('Откуда узнали?');
      await page.locator(TITLE_WARNING_HOST).locator('.gc-use').waitFor();
      await centre(page, TITLE_WARNING_HOST);
      await lookAtIt(page);
      return input;
    };
    const honestTabEnter = async () => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(TITLE_INPUT).inputValue()).toBe('otkuda_uznali');
    };

    it('focus moved to it by the page on the Enter keydown in the title: nothing; then Tab and Enter act', async () => {
      const input = await focusTitle();
      await page.evaluate((hostSelector) => {
        const steal = (event: KeyboardEvent) => {
          if (event.key !== 'Enter' || !event.isTrusted) return;
          document.querySelector(hostSelector)!.shadowRoot!.querySelector<HTMLButtonElement>('.gc-use')!.focus();
          window.removeEventListener('keydown', steal, true);
        };
        window.addEventListener('keydown', steal, true);
      }, TITLE_WARNING_HOST);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      expect(await input.inputValue()).toBe('Откуда узнали?');
      await input.click();
      await honestTabEnter();
      expect(errors).toEqual([]);
    });

    it("focused by the page's focus() and then the admin's Enter: nothing; then Tab and Enter act", async () => {
      const input = await focusTitle();
      await page.evaluate((hostSelector) => {
        document.querySelector(hostSelector)!.shadowRoot!.querySelector<HTMLButtonElement>('.gc-use')!.focus();
      }, TITLE_WARNING_HOST);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      expect(await input.inputValue()).toBe('Откуда узнали?');
      expect(await page.locator(TITLE_WARNING_HOST).locator('.gc-refused').count()).toBe(1);
      await input.click();
      await honestTabEnter();
      expect(errors).toEqual([]);
    });

    it('the admin clicks «Use this name» while the page keeps it transparent: nothing; shown, a click acts', async () => {
      const input = await focusTitle();
      const host = page.locator(TITLE_WARNING_HOST);
      await host.evaluate((element) => ((element as HTMLElement).style.opacity = '0'));
      const box = (await host.locator('.gc-use').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(await input.inputValue()).toBe('Откуда узнали?');
      await host.evaluate((element) => (element as HTMLElement).style.removeProperty('opacity'));
      await page.mouse.move(0, 0);
      await lookAtIt(page);
      const shown = (await host.locator('.gc-use').boundingBox())!; // the refusal note may have moved it
      await page.mouse.click(shown.x + shown.width / 2, shown.y + shown.height / 2);
      await expect.poll(() => input.inputValue()).toBe('otkuda_uznali');
    });
  });
}
