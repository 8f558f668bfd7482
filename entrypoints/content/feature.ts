/**
 * A content-script feature (refined-github's way): one file each, registered in `registry.ts`.
 * `include` is a pure function of the page kind/URL; `init` gets an AbortSignal that fires when
 * the page changes without reloading, so the feature removes what it added.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentT, Lang } from '@/utils/i18n-content';
import type { PageKind } from '@/utils/page-detect';
import type { TranslitStandard } from '@/utils/transliterate';

export interface FeatureRun {
  ctx: ContentScriptContext;
  url: URL;
  pageKind: PageKind;
  signal: AbortSignal;
  /** from the options page, through the background (the content script reads no storage) */
  lang: Lang;
  /** translation into `lang`, with the strings the background sent */
  t: ContentT;
  standard: TranslitStandard;
}

export interface ContentFeature {
  id: string;
  include: (pageKind: PageKind, url: URL) => boolean;
  init: (run: FeatureRun) => void | Promise<void>;
}
