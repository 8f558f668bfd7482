import { createT, type Lang } from '@/utils/i18n';
import type { PageKind } from '@/utils/page-detect';

/** The badge text is ours; page text never reaches it except through Preact text nodes. */
export function PageMarker({ lang, pageKind }: { lang: Lang; pageKind: PageKind }) {
  const t = createT(lang);
  return (
    <div class="gc-marker" role="status" lang={lang} data-page-kind={pageKind}>
      {t('marker.recognised', { page: t(`pageKind.${pageKind}`) })}
    </div>
  );
}
