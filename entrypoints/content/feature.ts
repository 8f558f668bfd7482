/**
 * A content-script feature (refined-github's way): one file each, registered in `registry.ts`.
 * `include` is a pure function of the page kind/URL; `init` gets an AbortSignal that fires when
 * the page changes without reloading, so the feature removes what it added.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentSection, ContentT, Lang } from '@/utils/i18n-content';
import type { StyleName } from '@/utils/content-styles';
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

/**
 * What a feature draws with: the sections of the content dictionary (utils/locales/ru.ts, top-level
 * keys) and the in-page styles (utils/content-styles.ts) of every view it may show. The
 * background sends a page only what its group's features name, not every string and style
 * (README, "Performance"); tests/content-needs.test.ts checks each group names every section its
 * code refers to, and the fixture tests that nothing is missing when the features run.
 */
export interface FeatureNeeds {
  strings: readonly ContentSection[];
  styles: readonly StyleName[];
}

export interface ContentFeature {
  id: string;
  include: (pageKind: PageKind, url: URL) => boolean;
  needs: FeatureNeeds;
  init: (run: FeatureRun) => void | Promise<void>;
}
