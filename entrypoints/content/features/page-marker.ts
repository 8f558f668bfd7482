/**
 * Proves the plumbing on every GetCourse admin page the extension knows: a small badge in an
 * isolated shadow root says which page this is.
 *
 * Test URLs: see DETECTORS examples in utils/page-detect.ts.
 */
import { el, shadowHost } from '@/entrypoints/content/ui/dom';
import type { ContentFeature } from '../feature';

export const MARKER_ELEMENT = 'gc-albato-marker';

export const pageMarker: ContentFeature = {
  id: 'page-marker',
  needs: { strings: ['marker', 'pageKind'], styles: ['marker'] },
  include: () => true,
  init({ pageKind, signal, lang, t }) {
    const { host, root } = shadowHost('marker', 'marker', MARKER_ELEMENT);
    root.append(
      el(
        'div',
        { class: 'gc-marker', role: 'status', lang, 'data-page-kind': pageKind },
        t('marker.recognised', { page: t(`pageKind.${pageKind}`) }),
      ),
    );
    document.body.append(host);
    signal.addEventListener('abort', () => host.remove(), { once: true });
  },
};
