/**
 * What a GetCourse page's content script needs before it draws anything: the settings, the
 * language (the saved choice, else the page's own browser language, else Russian) and that
 * language's strings, and the in-page styles.
 */
import type { Lang } from '../i18n-core';
import { CONTENT_STYLES } from '@/components/content/styles';
import { CONTENT_STRINGS } from '../locales/content';
import type { PageSettingsReply } from '../messages';
import { loadSettings } from './settings-store';

export async function pageSettings(browserLang: Lang | undefined): Promise<PageSettingsReply> {
  const settings = await loadSettings();
  const lang: Lang = settings.lang === 'auto' ? (browserLang ?? 'ru') : settings.lang;
  return { ok: true, settings, lang, strings: CONTENT_STRINGS[lang], styles: CONTENT_STYLES };
}
