/**
 * The popup's sections as tabs (WAI-ARIA tabs pattern): one tab stop for the whole list, arrow keys
 * (and Home/End) move between tabs and show the one focused; one section is shown at a time, so the
 * popup stays within the browser's popup box (about 800 × 600) instead of one long column. The
 * others stay drawn but hidden, so a half-filled form survives a look at another tab.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';

export const POPUP_TABS = ['check', 'fields', 'import', 'webhook', 'history', 'codes'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

/** The tab named in the popup's address (`popup.html#webhook`), else the check. */
export function tabFromHash(hash: string): PopupTab {
  const named = hash.replace(/^#/, '');
  return (POPUP_TABS as readonly string[]).includes(named) ? (named as PopupTab) : 'check';
}

/** One section; hidden (out of sight and of the Tab order) unless its tab is shown. */
export function TabPanel({ tab, shown, children }: { tab: PopupTab; shown: PopupTab; children: ComponentChildren }) {
  return (
    <div class="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} data-tab={tab} hidden={tab !== shown}>
      {children}
    </div>
  );
}

export function PopupTabs({
  lang,
  tabs,
  shown,
  onShow,
}: {
  lang: Lang;
  tabs: readonly PopupTab[];
  shown: PopupTab;
  onShow: (tab: PopupTab) => void;
}) {
  const t = createT(lang);
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const at = tabs.indexOf(shown);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(at + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(at - 1 + tabs.length) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onShow(next);
    // Focus follows the shown tab once it is drawn as the list's one tab stop.
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus());
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('popup.tabs.label')} ref={list}>
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          key={tab}
          id={`tab-${tab}`}
          data-tab={tab}
          aria-selected={tab === shown}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === shown ? 0 : -1}
          class={tab === shown ? 'tab shown' : 'tab'}
          onClick={() => onShow(tab)}
          onKeyDown={move}
        >
          {t(`popup.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
