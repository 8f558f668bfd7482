/**
 * Schools at a glance as a key-free report (issue 21, part 3): a text to paste into a message, and
 * the same as JSON. Built from what the settings page already shows (names, addresses, the watches'
 * views); keys are not part of either.
 */
import { createT, type Lang } from '@/components/shared/i18n';
import type { SchoolView } from '@/utils/messages';
import type { WatchView } from '@/utils/watch';

/** A moment as the settings page writes it: the interface language's short date and time. */
export const when = (lang: Lang, at: number) =>
  new Date(at).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });

export function watchReportText(lang: Lang, schools: readonly SchoolView[], watches: Readonly<Record<string, WatchView>>): string {
  const t = createT(lang);
  return schools
    .map((school) => {
      const watch = watches[school.id];
      const head = `${school.name} — ${school.origin}`;
      if (!watch?.period) return `${head}: ${t('watch.notWatched')}`;
      const { health } = watch;
      const state =
        health.kind === 'broken'
          ? t('watch.broken', { when: when(lang, health.since), step: t(`watch.steps.${health.step}`) })
          : t(health.kind === 'healthy' ? 'watch.healthy' : 'watch.unknown');
      const last = watch.lastRunAt === null ? '' : `; ${t('watch.lastRun', { when: when(lang, watch.lastRunAt) })}`;
      return `${head}: ${state} (${t(`watch.periods.${watch.period}`)}${last})`;
    })
    .join('\n');
}

/** The same, as data: each school's name, address and watch (never a key). */
export function watchReportJson(schools: readonly SchoolView[], watches: Readonly<Record<string, WatchView>>, now: Date): string {
  const rows = schools.map((school) => ({ name: school.name, origin: school.origin, watch: watches[school.id] ?? null }));
  return JSON.stringify({ exportedAt: now.toISOString(), schools: rows }, null, 2);
}
