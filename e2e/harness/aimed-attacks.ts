/**
 * A school's page aiming the admin's own hand at the extension (issue 20; the 2025 "DOM-based
 * extension clickjacking" class): the page lays one of our controls over its own button (the block
 * modal's «Сохранить», the custom-form editor's «Сохранить») and makes it invisible, covers it,
 * slides it under the pointer, or moves the focus to it, then the admin clicks their own page's
 * button or presses a key — a real, trusted input from Playwright's mouse and keyboard.
 *
 * `armAttack` runs in the page (it is serialised: nothing from this module's scope) and returns
 * where the admin will click: the centre of the page's own button, as the admin sees it.
 */
import type { Page } from 'playwright-core';
import type { Random } from './hostile';

export const ATTACKS = [
  'host-opacity',
  'root-style',
  'host-filter',
  'body-opacity',
  'overlay',
  'appear-under-cursor',
  'move-on-pointerdown',
  'remove-mid-click',
  'reparent-mid-click',
  'focus-on-keydown',
  'focus-silently',
] as const;
export type AttackKind = (typeof ATTACKS)[number];

export interface AttackSetup {
  kind: AttackKind;
  /** our shadow host, and the control inside its root */
  host: string;
  target: string;
  /** the page's own button the admin means to press */
  decoy: string;
  /** a page field the admin types in, for the key attacks */
  typingField: string;
  /** 0..1, the page's choice of how faint (opacity attacks) */
  faint: number;
}

/** In the page: sets the trap, returns the point the admin clicks (null when the admin uses keys). */
export function armAttack(setup: AttackSetup): { x: number; y: number } | null {
  // The first of our hosts whose control is drawn (a list has many hosts, and the editor keeps a
  // hidden settings panel per field).
  const host = [...document.querySelectorAll<HTMLElement>(setup.host)].find(
    (one) => (one.shadowRoot?.querySelector(setup.target)?.getClientRects().length ?? 0) > 0,
  );
  const target = host?.shadowRoot?.querySelector<HTMLElement>(setup.target);
  const decoy = document.querySelector<HTMLElement>(setup.decoy);
  if (!host || !target || !decoy) throw new Error(`attack ${setup.kind}: nothing to aim (${setup.host} ${setup.target} ${setup.decoy})`);
  // A page keeps its own Save from submitting: it is the bait, not the action.
  decoy.closest('form')?.addEventListener('submit', (event) => event.preventDefault());
  decoy.scrollIntoView({ block: 'center', inline: 'center' });
  const box = decoy.getBoundingClientRect();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  /** Our control's centre laid on `point`. */
  const layOver = (point: { x: number; y: number }) => {
    Object.assign(host.style, { position: 'fixed', left: '0px', top: '0px', zIndex: '2147483647', margin: '0' });
    const at = target.getBoundingClientRect();
    host.style.left = `${point.x - (at.left + at.width / 2)}px`;
    host.style.top = `${point.y - (at.top + at.height / 2)}px`;
  };
  const faint = String(Math.min(0.3, setup.faint * 0.3));
  switch (setup.kind) {
    case 'host-opacity':
      layOver(centre);
      host.style.opacity = faint;
      return centre;
    case 'root-style': {
      // Styles put into our open shadow root, not on the host.
      const style = document.createElement('style');
      style.textContent = `* { opacity: ${faint} !important; }`;
      host.shadowRoot!.append(style);
      layOver(centre);
      return centre;
    }
    case 'host-filter':
      layOver(centre);
      host.style.filter = `opacity(${faint})`;
      return centre;
    case 'body-opacity':
      layOver(centre);
      document.body.style.opacity = faint;
      return centre;
    case 'overlay': {
      // A picture of the page's own button over ours, which the pointer passes through.
      layOver(centre);
      const cover = document.createElement('div');
      cover.textContent = decoy.textContent;
      const at = target.getBoundingClientRect();
      Object.assign(cover.style, {
        position: 'fixed',
        left: `${at.left - 8}px`,
        top: `${at.top - 8}px`,
        width: `${at.width + 16}px`,
        height: `${at.height + 16}px`,
        background: '#337ab7',
        color: '#fff',
        zIndex: '2147483647',
        pointerEvents: 'none',
      });
      document.body.append(cover);
      return centre;
    }
    case 'appear-under-cursor': {
      // Ours is away until the pointer reaches the page's button, then slides under it.
      Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0px' });
      const arrive = (event: PointerEvent) => {
        if (Math.abs(event.clientX - centre.x) < box.width && Math.abs(event.clientY - centre.y) < box.height) {
          window.removeEventListener('pointermove', arrive, true);
          layOver(centre);
        }
      };
      window.addEventListener('pointermove', arrive, true);
      return centre;
    }
    case 'move-on-pointerdown':
      // The press starts on the page's button; ours is slid under the pointer before it is released.
      window.addEventListener('pointerdown', () => layOver(centre), { capture: true, once: true });
      return centre;
    case 'remove-mid-click':
      layOver(centre);
      host.style.opacity = faint;
      window.addEventListener('pointerup', () => host.remove(), { capture: true, once: true });
      return centre;
    case 'reparent-mid-click':
      layOver(centre);
      host.style.opacity = faint;
      window.addEventListener(
        'pointerup',
        () => {
          const elsewhere = document.createElement('div');
          document.body.append(elsewhere);
          elsewhere.append(host);
        },
        { capture: true, once: true },
      );
      return centre;
    case 'focus-on-keydown': {
      // The admin presses Enter in the page's own field; the page moves the focus to ours first.
      const field = document.querySelector<HTMLElement>(setup.typingField);
      field?.addEventListener('keydown', () => target.focus(), { capture: true });
      host.style.opacity = faint;
      return null;
    }
    case 'focus-silently': {
      // After the admin clicked into the page's field, the focus is moved to ours while they read;
      // their next Enter or Space lands there.
      host.style.opacity = faint;
      const field = document.querySelector<HTMLElement>(setup.typingField);
      field?.addEventListener('click', () => setTimeout(() => target.focus(), 50), { once: true });
      return null;
    }
  }
  throw new Error(`attack ${String(setup.kind)}: no such kind`);
}

/** The admin's real hand: a click at the page's own button, or Enter (and Space) in the page's field. */
export async function adminActs(page: Page, setup: AttackSetup, at: { x: number; y: number } | null, rng: Random): Promise<void> {
  if (at) {
    await page.mouse.move(Math.max(1, at.x - 40), Math.max(1, at.y - 20));
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.up();
    return;
  }
  if (setup.kind === 'focus-on-keydown') await page.locator(setup.typingField).click();
  else
    await page
      .locator(setup.typingField)
      .click()
      .then(() => page.waitForTimeout(150));
  await page.keyboard.press(rng.int(2) === 0 ? 'Enter' : 'Space');
}
