/** Settings (not secrets), validated on the way in and out: a bad stored value falls back to the default. */
import type { Settings } from '@/utils/settings';
import { settingsItem } from './storage/items';

export function loadSettings(): Promise<Settings> {
  return settingsItem.get();
}

export function saveSettings(settings: Settings): Promise<Settings> {
  return settingsItem.set(settings);
}
