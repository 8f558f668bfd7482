import { createT, type Lang } from '@/components/shared/i18n';
import type { ImportRisk } from '@/utils/import-params';
import { importRiskText, type ImportPreview as Preview } from '@/utils/import-preview';

/** The exact request: JSON, base64, curl with the key masked; the real key only on "copy with key". */
export function ImportPreview({
  preview,
  lang,
  copyStatus,
  onCopyWithKey,
}: {
  preview: Preview;
  lang: Lang;
  copyStatus: string;
  onCopyWithKey: () => void;
}) {
  const t = createT(lang);
  return (
    <details id="import-preview">
      <summary>{t('testImport.preview')}</summary>
      <pre class="import-json">{preview.json}</pre>
      <p class="muted">{t('testImport.base64')}</p>
      <pre class="import-base64">{preview.base64}</pre>
      <p class="muted">{t('testImport.curl')}</p>
      <pre class="import-curl">{preview.curl}</pre>
      <p class="muted">{t('testImport.withKeyWarning')}</p>
      <button type="button" class="secondary small" id="import-copy-with-key" onClick={onCopyWithKey}>
        {t('testImport.copyWithKey')}
      </button>{' '}
      <span role="status" class="muted" id="import-copy-status">
        {copyStatus}
      </span>
    </details>
  );
}

/** Every change the import may make to existing data, each to be ticked before Send. */
export function ImportRisks({
  risks,
  confirmed,
  lang,
  onConfirm,
}: {
  risks: readonly ImportRisk[];
  confirmed: readonly string[];
  lang: Lang;
  onConfirm: (code: string, ticked: boolean) => void;
}) {
  const t = createT(lang);
  return (
    <fieldset id="import-risks">
      <legend>{t('testImport.confirmTitle')}</legend>
      {risks.map((risk) => {
        const text = importRiskText(risk, lang);
        return (
          <label class="choice" key={risk.code} data-risk={risk.code}>
            <input
              type="checkbox"
              checked={confirmed.includes(risk.code)}
              onChange={(e) => onConfirm(risk.code, e.currentTarget.checked)}
            />{' '}
            <strong>{text.title}</strong> — {text.detail}{' '}
            {text.changes.length > 0 && <span class="muted">({text.changes.join('; ')})</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
