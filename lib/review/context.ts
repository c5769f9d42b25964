/**
 * Builds a ReviewContext from a Date the caller read. The engine itself never reads the clock;
 * callers (background, tests, bench) decide what "now" is.
 */
import type { Lang } from '../ids';
import type { ReviewContext } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

export function contextAt(
  now: Date,
  locale: Lang,
  extra: Partial<Pick<ReviewContext, 'recent' | 'dismissed' | 'goal'>> = {},
): ReviewContext {
  return {
    now: now.getTime(),
    local: {
      date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      weekday: now.getDay(),
      minutes: now.getHours() * 60 + now.getMinutes(),
    },
    locale,
    ...extra,
  };
}
