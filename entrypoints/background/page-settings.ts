/**
 * What a GetCourse page's content script needs before it draws anything: the settings, the
 * language (the saved choice, else the page's own browser language, else Russian), and of that
 * language's strings and of the in-page styles only what the page's features draw with (their
 * `needs`, which the request names): the badge's page gets two short sections, not every string.
 */
import type { Lang } from '@/utils/i18n-core';
import { CONTENT_STYLES, type ContentStyles, type StyleName } from '@/utils/content-styles';
import { CONTENT_STRINGS } from '@/utils/locales/content';
import type { ContentMessages } from '@/utils/locales/ru';
import type { PageSettingsReply } from '@/utils/messages';
import { loadSettings } from './settings-store';

export interface PageNeeds {
  strings: readonly (keyof ContentMessages)[];
  styles: readonly StyleName[];
}

/** The named entries of `all`, nothing else. */
function pick<T extends object>(all: T, names: readonly (keyof T)[]): Partial<T> {
  const picked: Partial<T> = {};
  for (const name of names) picked[name] = all[name];
  return picked;
}

export async function pageSettings(browserLang: Lang | undefined, needs: PageNeeds): Promise<PageSettingsReply> {
  const settings = await loadSettings();
  const lang: Lang = settings.lang === 'auto' ? (browserLang ?? 'ru') : settings.lang;
  const strings: Partial<ContentMessages> = pick(CONTENT_STRINGS[lang], needs.strings);
  const styles: Partial<ContentStyles> = pick(CONTENT_STYLES, needs.styles);
  return { ok: true, settings, lang, strings, styles };
}
