/** Extension pages start with the saved settings, so the language override applies from the first paint. */
import { browserLang, type Lang } from '@/components/shared/i18n';
import { UI_TO_BG } from '@/utils/message-names';
import { sendToBackground } from '@/components/shared/send';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

export async function startPage(show: (lang: Lang, settings: Settings) => void): Promise<void> {
  const reply = await sendToBackground({ type: UI_TO_BG.getSettings });
  const settings = reply.ok ? reply.settings : DEFAULT_SETTINGS;
  const lang = settings.lang === 'auto' ? browserLang() : settings.lang;
  document.documentElement.lang = lang;
  show(lang, settings);
}
