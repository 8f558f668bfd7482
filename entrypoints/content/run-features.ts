/**
 * Runs every registered feature that applies to the current page, each isolated: a feature that
 * throws is logged and the others go on. On GetCourse navigation without reload
 * (`wxt:locationchange`) the previous run is aborted and features run again for the new URL.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { installStyles } from '@/components/content/dom';
import { browserLang, createContentT, type ContentT, type Lang } from '@/utils/i18n-content';
import { detectPage } from '@/utils/page-detect';
import { CS_TO_BG } from '@/utils/messages';
import type { PageSeenMessage } from '@/utils/contract';
import { sendToBackground } from '@/utils/send';
import type { Settings } from '@/utils/settings';
import type { ContentFeature } from './feature';

interface PageSettings {
  lang: Lang;
  t: ContentT;
  standard: Settings['standard'];
}

/**
 * Settings, strings and styles from the background (the content script ships none of its own). A worker
 * that is starting may miss the first messages — right after the browser starts, on a busy machine,
 * that took over a second in the e2e suite — so it is asked again with a doubling wait, for about six
 * seconds in all; after that (extension updated under an old tab) the page is left as it is.
 */
const SETTINGS_ATTEMPTS = 6;

async function pageSettings(): Promise<PageSettings | null> {
  for (let attempt = 0; attempt < SETTINGS_ATTEMPTS; attempt++) {
    const reply = await sendToBackground({ type: CS_TO_BG.getSettings, lang: browserLang() });
    if (reply.ok) {
      installStyles(reply.styles);
      return { lang: reply.lang, t: createContentT(reply.lang, reply.strings), standard: reply.settings.standard };
    }
    if (attempt < SETTINGS_ATTEMPTS - 1) await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
  }
  return null;
}

export async function runFeatures(ctx: ContentScriptContext, features: readonly ContentFeature[]): Promise<void> {
  const settings = await pageSettings();
  if (!settings) {
    console.warn('[gc-albato] the extension’s background did not answer; reload the tab');
    return;
  }
  const { lang, t, standard } = settings;
  let current: AbortController | null = null;

  const runFor = (href: string) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const pageKind = detectPage(href);
    const message: PageSeenMessage = { type: CS_TO_BG.pageSeen, url: href, pageKind };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the popup then says "reload the tab". Nothing to lose here.
    });
    if (!pageKind) return;
    const url = new URL(href);
    for (const feature of features) {
      if (!safeInclude(feature, pageKind, url)) continue;
      Promise.resolve()
        .then(() => feature.init({ ctx, url, pageKind, signal: controller.signal, lang, t, standard }))
        .catch((error: unknown) => console.warn(`[gc-albato] feature ${feature.id} failed`, error));
    }
  };

  ctx.onInvalidated(() => current?.abort());
  runFor(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => runFor(newUrl.href));
}

function safeInclude(feature: ContentFeature, pageKind: NonNullable<ReturnType<typeof detectPage>>, url: URL): boolean {
  try {
    return feature.include(pageKind, url);
  } catch (error) {
    console.warn(`[gc-albato] feature ${feature.id} page check failed`, error);
    return false;
  }
}
