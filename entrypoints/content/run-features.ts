/**
 * Runs every registered feature that applies to the current page, each isolated: a feature that
 * throws is logged and the others go on. On GetCourse navigation without reload
 * (`wxt:locationchange`) the previous run is aborted and features run again for the new URL.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { browserLang, type Lang } from '@/utils/i18n-content';
import { detectPage } from '@/utils/page-detect';
import { CS_TO_BG, type PageSeenMessage } from '@/utils/messages';
import { sendToBackground } from '@/utils/send';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { ContentFeature } from './feature';

/** Settings from the background; the defaults when it can't answer (restarting worker, old tab). */
async function pageSettings(): Promise<{ lang: Lang; standard: Settings['standard'] }> {
  const reply = await sendToBackground({ type: CS_TO_BG.getSettings });
  const settings = reply.ok ? reply.settings : DEFAULT_SETTINGS;
  return { lang: settings.lang === 'auto' ? browserLang() : settings.lang, standard: settings.standard };
}

export async function runFeatures(ctx: ContentScriptContext, features: readonly ContentFeature[]): Promise<void> {
  const { lang, standard } = await pageSettings();
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
        .then(() => feature.init({ ctx, url, pageKind, signal: controller.signal, lang, standard }))
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
