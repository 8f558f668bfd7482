/**
 * The content script's dictionaries. Only the background imports them: it sends the one the page
 * needs with the settings, so the content script injected into every GetCourse page carries no
 * strings of its own (it stays small; see README, "Performance").
 */
import { enContent } from './en';
import { ruContent, type ContentMessages } from './ru';
import type { Lang } from '../i18n-core';

export const CONTENT_STRINGS: Record<Lang, ContentMessages> = { ru: ruContent, en: enContent };

/** The dictionary's top-level sections: what a page asks strings by (its features' `needs`). */
export const CONTENT_SECTIONS = Object.keys(ruContent) as [keyof ContentMessages, ...(keyof ContentMessages)[]];
