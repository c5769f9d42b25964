import { uiLocale } from '../../lib/ui-language';

/** Days as the rules number them (0 = Sunday), listed from Monday as the week runs in the UI's languages. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

// Making a formatter costs far more than using one, and every audience-hours row names all seven days twice.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The weekday's name in the UI language; 7 January 2024 was a Sunday. */
export function weekdayName(day: number, width: 'long' | 'short'): string {
  const locale = uiLocale();
  const key = `${locale} ${width}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(2024, 0, 7 + day)));
}
