import type { ContentT } from '@/utils/i18n-content';
import { el } from './dom';

/**
 * Copy from a click. The async Clipboard API first; where the page's permissions refuse it, the
 * old select-and-copy on a throwaway textarea inside our own shadow root.
 */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:-9999px;top:0;';
    scratch.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * A "copy" button and the status line that confirms it (or says to copy by hand), for the
 * in-page views. `text` is read at click time, so it can follow an editable field.
 */
export function copyButton(
  root: ShadowRoot,
  text: () => string,
  t: ContentT,
  options: { label?: string; ariaLabel?: string } = {},
): [HTMLButtonElement, HTMLSpanElement] {
  const status = el('span', { class: 'gc-status', role: 'status' });
  const button = el(
    'button',
    {
      type: 'button',
      class: 'gc-copy',
      'aria-label': options.ariaLabel,
      onclick: async () => {
        status.textContent = (await copyText(text(), root)) ? t('common.copied') : t('common.copyFailed');
      },
    },
    options.label ?? t('common.copy'),
  );
  return [button, status];
}
