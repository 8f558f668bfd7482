import type { CheckReport } from '@/utils/connection-check';
import { createT, type Lang } from '@/components/shared/i18n';
import { FieldsReadiness } from './FieldsReadiness';

/**
 * The school's custom fields Albato cannot see, from the last connection check (the export API
 * `/pl/api/account/fields` lists them: fact sheet B.1, B.4); before any check, what to do to get them.
 */
export function FieldsTab({
  report,
  lang,
  host,
  onShowCheck,
}: {
  report: CheckReport | null;
  lang: Lang;
  host: string;
  onShowCheck: () => void;
}) {
  const t = createT(lang);
  if (report?.fields) return <FieldsReadiness fields={report.fields} lang={lang} host={host} />;
  return (
    <section id="fields-unknown">
      <p class="muted">{t('popup.fieldsNeedCheck')}</p>
      <button type="button" class="secondary" onClick={onShowCheck}>
        {t('popup.toCheck')}
      </button>
    </section>
  );
}
