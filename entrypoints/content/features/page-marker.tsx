/**
 * Proves the plumbing on every GetCourse admin page the extension knows: a small badge in an
 * isolated shadow root says which page this is. Later features put their warnings beside it.
 *
 * Test URLs: see DETECTORS examples in utils/page-detect.ts.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageMarker } from '@/components/content/PageMarker';
import { browserLang } from '@/utils/i18n';
import type { ContentFeature } from '../feature';
import css from '../style.css?inline';

export const MARKER_ELEMENT = 'gc-albato-marker';

export const pageMarker: ContentFeature = {
  id: 'page-marker',
  include: () => true,
  async init({ ctx, pageKind, signal }) {
    const ui = await createShadowRootUi(ctx, {
      name: MARKER_ELEMENT,
      css,
      position: 'overlay',
      alignment: 'bottom-right',
      zIndex: 2147483000,
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        render(<PageMarker lang={browserLang()} pageKind={pageKind} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (signal.aborted) return;
    ui.mount();
    signal.addEventListener('abort', () => ui.remove(), { once: true });
  },
};
