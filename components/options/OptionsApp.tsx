import { useState } from 'preact/hooks';
import { SchoolsManager } from './SchoolsManager';
import { lintFieldName, createFieldNameLinter } from '@/utils/field-name';
import { createT, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import { sendToBackground } from '@/components/shared/send';
import type { LangSetting, Settings } from '@/utils/settings';
import type { TranslitStandard } from '@/utils/transliterate';

const EXAMPLE = 'Город проживания, Съезд, Щука';
const suggest = (standard: TranslitStandard) =>
  (standard === 'icao-9303' ? lintFieldName : createFieldNameLinter({ standard }))(EXAMPLE).suggestion;

export function OptionsApp({ lang, initial }: { lang: Lang; initial: Settings }) {
  const t = createT(lang);
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');

  const save = async (event: Event) => {
    event.preventDefault();
    const reply = await sendToBackground({ type: UI_TO_BG.saveSettings, settings });
    setStatus(reply.ok ? t('options.saved') : (reply.problem.raw ?? reply.problem.code));
  };

  return (
    <main class="popup options">
      <h1>{t('options.title')}</h1>
      <form id="settings" onSubmit={save}>
        <fieldset>
          <legend>{t('options.standard')}</legend>
          {(['icao-9303', 'gost-7.79-b'] as const).map((standard) => (
            <label class="choice" key={standard}>
              <input
                type="radio"
                name="standard"
                value={standard}
                checked={settings.standard === standard}
                onChange={() => setSettings({ ...settings, standard })}
              />{' '}
              {t(standard === 'icao-9303' ? 'options.icao' : 'options.gost')}
            </label>
          ))}
          <p class="muted">
            {t('options.example')}: «{EXAMPLE}» → <code id="standard-example">{suggest(settings.standard)}</code>
          </p>
        </fieldset>
        <label for="lang">{t('options.lang')}</label>
        <select id="lang" value={settings.lang} onChange={(e) => setSettings({ ...settings, lang: e.currentTarget.value as LangSetting })}>
          <option value="auto">{t('options.langAuto')}</option>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
        <div>
          <button id="save-settings" type="submit">
            {t('options.save')}
          </button>
        </div>
        {status && (
          <p id="settings-status" role="status">
            {status}
          </p>
        )}
      </form>
      <SchoolsManager lang={lang} />
      <p>
        <a id="privacy-policy" href="/privacy.html" target="_blank">
          {t('options.privacy')}
        </a>
      </p>
    </main>
  );
}
