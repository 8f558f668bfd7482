/**
 * A hostile school's own script, for the fuzz suite: titles and URLs built to break things, storms
 * of page changes, and synthetic events of every kind fired at everything the extension put on the
 * page. What runs in the page is plain functions handed to `page.evaluate` (no outside scope).
 */
import type { CDPSession, Page } from 'playwright-core';

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Pieces a hostile title is made of: markup, scripts in attributes, direction and zero-width marks, JSON breakers. */
const TITLE_PARTS = [
  '<img src=x onerror="window.__pagePwned=(window.__pagePwned||0)+1">',
  '"><svg onload=alert(1)>',
  '</label><script>alert(2)</script>',
  '\u202Eфамилия',
  '\u200B\u200C\u200D\uFEFF',
  'Город проживания',
  'utm source',
  '{object.email}',
  '"\\"}]},',
  '\\u0000',
  '😀👍🏽',
  'Ё'.repeat(300),
  'a'.repeat(70),
  '   ',
  '',
  'telegram_id',
  'ИНН',
  '1_потoк',
  '\n\t',
  'javascript:alert(1)',
];

/** `long`: now and then a title of 10 000 characters (left out where the point is the number of fields). */
export function hostileTitle(rng: Random, { long = true } = {}): string {
  if (long && rng.next() < 0.02) return 'Ж'.repeat(10_000);
  const parts = 1 + rng.int(3);
  return Array.from({ length: parts }, () => rng.pick(TITLE_PARTS)).join(rng.pick(['', ' ', '_']));
}

/**
 * URLs a «Вызвать URL» block could hold. Half are plain https calls to the sandbox's own receiver,
 * which the extension could really send if the page managed to press Send; the rest are broken.
 */
export function hostileUrl(rng: Random, receiver: string): string {
  if (rng.next() < 0.5) return `${receiver}?email={object.email}&name={object.first_name}&n=${rng.int(1e6)}`;
  return rng.pick([
    `${receiver}?email={object.email}&x=<script>alert(1)</script>`,
    `${receiver}?${'a='.repeat(3000)}`,
    `${receiver}\u202E?name={object.first_name}`,
    `${receiver}?\u200Bzero={object.id}`,
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'http://127.0.0.1/plain-http',
    'https://user:pass@h.albato.ru/wh/1/2/3/',
    'https://*.getcourse.ru/wh/',
    `https://evil.example/${'%'.repeat(50)}`,
    '',
    '{object.cost_money}',
  ]);
}

/**
 * Runs in the page: every event type at every element inside the extension's (open) shadow roots
 * and at the page's own inputs, plus `.click()` on every button of ours. Returns how many were fired.
 */
export function fireSyntheticEvents({ rounds, pageInputLimit }: { rounds: number; pageInputLimit: number }): number {
  const types = [
    'click',
    'dblclick',
    'mousedown',
    'mouseup',
    'pointerdown',
    'pointerup',
    'keydown',
    'keyup',
    'keypress',
    'input',
    'change',
    'focus',
    'blur',
    'focusin',
    'submit',
    'toggle',
    'paste',
  ];
  const keys = ['Enter', ' ', 'Escape', 'Tab', 'a'];
  let fired = 0;
  const targets = () => {
    const inOurs = [...document.querySelectorAll('[data-gc-albato]')].flatMap((host) => [
      ...(host.shadowRoot?.querySelectorAll('*') ?? []),
    ]);
    // The page's own fields the extension listens to (not its links or submit buttons: those would
    // navigate or save, which is the page acting on itself, not on us).
    const pageInputs = [...document.querySelectorAll('input, select, textarea')].slice(0, pageInputLimit);
    return [...inOurs, ...pageInputs];
  };
  for (let round = 0; round < rounds; round++) {
    for (const element of targets()) {
      for (const type of types) {
        const event = type.startsWith('key')
          ? new KeyboardEvent(type, { key: keys[fired % keys.length], bubbles: true, composed: true, cancelable: true })
          : type.includes('mouse') || type.includes('click') || type.includes('pointer')
            ? new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, detail: type === 'dblclick' ? 2 : 1 })
            : new Event(type, { bubbles: true, composed: true, cancelable: true });
        element.dispatchEvent(event);
        fired += 1;
      }
    }
    for (const host of document.querySelectorAll('[data-gc-albato]')) {
      for (const button of host.shadowRoot?.querySelectorAll('button') ?? []) {
        button.click();
        fired += 1;
      }
    }
  }
  return fired;
}

/**
 * Runs in the page: the pointed attack — every button of ours pressed the ways a script can
 * (`.click()`, a dispatched click, Enter and Space), round after round, as views change state
 * (open → Send → …). Returns how many presses were made.
 */
export function pressOurButtons(rounds: number): number {
  let presses = 0;
  for (let round = 0; round < rounds; round++) {
    for (const host of document.querySelectorAll('[data-gc-albato]')) {
      for (const button of host.shadowRoot?.querySelectorAll('button') ?? []) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        for (const key of ['Enter', ' '])
          button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        presses += 4;
      }
    }
  }
  return presses;
}

/**
 * Runs in the page: a storm of changes through the editor's own controls and behind its back —
 * fields added and deleted, the JSON state rewritten with garbage, title inputs replaced, the
 * whole list taken out and put back. Returns how many changes were made.
 */
export function customFormStorm({ steps, seed }: { steps: number; seed: number }): number {
  // seededRandom's mulberry32 again, on purpose: this function runs in the page (page.evaluate
  // sends its source alone), where nothing from this module can be reached.
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const state = document.querySelector<HTMLInputElement>('#CustomFormValue');
  let made = 0;
  for (let i = 0; i < steps; i++) {
    const r = rnd();
    const wrappers = document.querySelectorAll<HTMLElement>('.custom-form-editor .fields .field-wrapper');
    if (r < 0.25) document.querySelectorAll<HTMLElement>('.add-types-list a')[Math.floor(rnd() * 9)]?.click();
    else if (r < 0.4 && wrappers.length > 0) {
      wrappers[Math.floor(rnd() * wrappers.length)]!.click();
      document.querySelector<HTMLElement>('.field-settings-editor > a.btn')?.click();
    } else if (r < 0.55 && state)
      state.value =
        rnd() < 0.5 ? '{"fields":[{"id":1,"label":"Го' : JSON.stringify({ fields: [{ id: 7, label: '<b>x</b>', type: 'string' }] });
    else if (r < 0.7) {
      const input = document.querySelectorAll<HTMLInputElement>('.field-settings input.label-input')[Math.floor(rnd() * 50)];
      if (input) {
        const fresh = input.cloneNode() as HTMLInputElement;
        fresh.value = `${input.value}\u202E!`;
        input.replaceWith(fresh);
        fresh.dispatchEvent(new Event('input', { bubbles: true }));
      }
    } else if (r < 0.8) {
      const list = document.querySelector('.custom-form-editor .fields');
      const parent = list?.parentElement;
      if (list && parent) {
        list.remove();
        parent.insertBefore(list, parent.firstChild);
      }
    } else {
      const input = document.querySelectorAll<HTMLInputElement>('.field-settings input.label-input')[Math.floor(rnd() * 20)];
      if (input) {
        input.value = `Поле ${Math.floor(rnd() * 1e6)} <i>`;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    made += 1;
  }
  return made;
}

/** Runs in the page: resolves when the page has been idle once (after the extension's idle work). */
export function idleTwice(): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 50),
    );
  return idle().then(idle);
}

/**
 * Exceptions and failure warnings that come from the extension's own code in the page (its
 * content scripts run in an isolated world of the same page): counted through the DevTools
 * protocol, which sees every world. The page's own errors are counted apart.
 */
export async function watchExtensionErrors(cdp: CDPSession) {
  const ours: string[] = [];
  const pages: string[] = [];
  await cdp.send('Runtime.enable');
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const where = [exceptionDetails.url ?? '', ...(exceptionDetails.stackTrace?.callFrames ?? []).map((f) => f.url)].join(' ');
    const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
    (where.includes('-extension://') ? ours : pages).push(text);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    const first = String(args[0]?.value ?? '');
    if ((type === 'warning' || type === 'error') && first.startsWith('[gc-albato]')) ours.push(first);
  });
  return { ours, pages };
}

export async function newCdpFor(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}
