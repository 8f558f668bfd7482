/**
 * Runs every registered feature that applies to the current page, each isolated: a feature that
 * throws is logged and the others go on. On GetCourse navigation without reload
 * (`wxt:locationchange`) the previous run is aborted and features run again for the new URL.
 *
 * Each script is injected only into its group's pages (utils/page-groups.ts), but an address the
 * globs take in may still be one no detector knows (`/pl/sales/offer/update` without an id), or a
 * page may move itself without reload; there it does the least it can (README, "Performance"): one
 * check of the address (the page detectors, pure functions of the URL, and each feature's
 * `include`), and nothing else: no message, no extension API. Settings, strings and styles are
 * asked from the background only on a page where some feature applies, once per page load, and
 * only the strings and styles the group's features name (`needs`): the badge's page gets its two
 * sections, in one message.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installStyles } from '@/entrypoints/content/ui/dom';
import { browserLang, createContentT, type ContentT, type Lang } from '@/utils/i18n-content';
import { detectPage, type PageKind } from '@/utils/page-detect';
import { CS_TO_BG } from '@/utils/message-names';
import { sendToBackground } from '@/entrypoints/content/send';
import type { Settings } from '@/utils/settings';
import type { ContentFeature, FeatureNeeds } from './feature';

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

async function pageSettings(needs: FeatureNeeds): Promise<PageSettings | null> {
  for (let attempt = 0; attempt < SETTINGS_ATTEMPTS; attempt++) {
    const reply = await sendToBackground({
      type: CS_TO_BG.getSettings,
      lang: browserLang(),
      strings: [...needs.strings],
      styles: [...needs.styles],
    });
    if (reply.ok) {
      installStyles(reply.styles);
      return { lang: reply.lang, t: createContentT(reply.lang, reply.strings), standard: reply.settings.standard };
    }
    if (attempt < SETTINGS_ATTEMPTS - 1) await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
  }
  console.warn('[gc-albato] the extension’s background did not answer; reload the tab');
  return null;
}

/** Everything the group's features name, asked once: navigation without reload may bring another of them. */
export function groupNeeds(features: readonly ContentFeature[]): FeatureNeeds {
  const union = <T>(pick: (needs: FeatureNeeds) => readonly T[]) => [...new Set(features.flatMap((feature) => pick(feature.needs)))];
  return { strings: union((needs) => needs.strings), styles: union((needs) => needs.styles) };
}

type Applying = { pageKind: null } | { pageKind: PageKind; url: URL; wanted: ContentFeature[] };

/** The page and the features that apply to `href`, from the address alone: no page detector knows it, or these features run. */
function applying(features: readonly ContentFeature[], href: string): Applying {
  const pageKind = detectPage(href);
  if (!pageKind) return { pageKind };
  const url = new URL(href);
  return { pageKind, url, wanted: features.filter((feature) => safeInclude(feature, pageKind, url)) };
}

export async function runFeatures(ctx: ContentScriptContext, features: readonly ContentFeature[]): Promise<void> {
  // Asked on the first page where a feature applies, then kept for the page's life (navigation without reload included).
  let settings: Promise<PageSettings | null> | null = null;
  let current: AbortController | null = null;

  const runFor = async (href: string) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const page = applying(features, href);
    if (!page.pageKind || page.wanted.length === 0) return;
    settings ??= pageSettings(groupNeeds(features));
    const ready = await settings;
    if (!ready || controller.signal.aborted) return;
    const { pageKind, url, wanted } = page;
    const { lang, t, standard } = ready;
    for (const feature of wanted) {
      Promise.resolve()
        .then(() => feature.init({ ctx, url, pageKind, signal: controller.signal, lang, t, standard }))
        .catch((error: unknown) => console.warn(`[gc-albato] feature ${feature.id} failed`, error));
    }
  };

  ctx.onInvalidated(() => current?.abort());
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void runFor(newUrl.href));
  await runFor(location.href);
}

function safeInclude(feature: ContentFeature, pageKind: PageKind, url: URL): boolean {
  try {
    return feature.include(pageKind, url);
  } catch (error) {
    console.warn(`[gc-albato] feature ${feature.id} page check failed`, error);
    return false;
  }
}
