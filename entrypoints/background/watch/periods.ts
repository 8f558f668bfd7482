/** How often a watched school is checked (issue 21, part 1), as the alarm's period in minutes. */
export const WATCH_PERIOD_MINUTES = { '6h': 6 * 60, daily: 24 * 60, weekly: 7 * 24 * 60 } as const;
export type WatchPeriod = keyof typeof WATCH_PERIOD_MINUTES;
export const WATCH_PERIODS = Object.keys(WATCH_PERIOD_MINUTES) as [WatchPeriod, ...WatchPeriod[]];
