import { uiLocale } from '../../lib/ui-language';

/** Days as the rules number them (0 = Sunday), listed from Monday as the week runs in the UI's languages. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The weekday's name in the UI language; 7 January 2024 was a Sunday. */
export function weekdayName(day: number, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + day)));
}
