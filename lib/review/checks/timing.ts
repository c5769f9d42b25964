/**
 * timing: is now within the hours the person's audience on this network reads?
 * Writing at 05:00 is fine; posting then is not — outside the audience hours the check
 * suggests the next window's start to schedule the post for. The time comes from
 * `context.local`; the engine never reads the clock.
 */
import type { AudienceWindow } from '../../settings/schema';
import type { CheckDefinition, Finding } from '../check';
import type { Translate } from '../messages';
import messages from '../data/messages/timing.json';
import { NETWORK_NAMES } from '../../networks';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Windows never cross midnight (the schema wants from < to; "24:00" ends a day), so `to` is exclusive. */
export function withinWindows(windows: readonly AudienceWindow[], weekday: number, minutes: number): boolean {
  return windows.some((w) => w.days.includes(weekday) && minutes >= minutesOf(w.from) && minutes < minutesOf(w.to));
}

/** The next window start after (weekday, minutes): days ahead (0 = later today) and the minute it starts. */
export function nextWindowStart(
  windows: readonly AudienceWindow[],
  weekday: number,
  minutes: number,
): { daysAhead: number; minutes: number } | null {
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = (weekday + ahead) % 7;
    const starts = windows
      .filter((w) => w.days.includes(day))
      .map((w) => minutesOf(w.from))
      .filter((start) => ahead > 0 || start > minutes);
    if (starts.length) return { daysAhead: ahead, minutes: Math.min(...starts) };
  }
  return null;
}

// Ranges read Monday first: "Mon–Fri", "Sat, Sun".
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function describeDays(days: readonly number[], t: Translate): string {
  const set = new Set(days);
  if (set.size === 7) return t('everyDay');
  const runs: number[][] = [];
  for (const day of WEEK) {
    if (!set.has(day)) continue;
    const last = runs.at(-1);
    if (last && WEEK.indexOf(last.at(-1)!) === WEEK.indexOf(day) - 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${t(`short${run[0]}`)}–${t(`short${run.at(-1)}`)}`] : run.map((d) => t(`short${d}`))))
    .join(', ');
}

function describeWindows(windows: readonly AudienceWindow[], t: Translate): string {
  return windows.map((w) => `${describeDays(w.days, t)} ${w.from}–${w.to}`).join(', ');
}

export const timing: CheckDefinition = {
  id: 'timing',
  appliesTo: ['post', 'quote'],
  messages,
  run({ draft, net, context, t }): Finding {
    const network = NETWORK_NAMES[draft.network];
    const windows = net.audienceHours;
    if (windows.length === 0) return { level: 'ok', reason: t('none', { network }), hint: '', evidence: [] };
    const { weekday, minutes } = context.local;
    const params = {
      network,
      windows: describeWindows(windows, t),
      moment: t('moment', { day: t(`day${weekday}`), time: clock(minutes) }),
    };
    if (withinWindows(windows, weekday, minutes)) return { level: 'ok', reason: t('inside', params), hint: '', evidence: [] };

    const next = nextWindowStart(windows, weekday, minutes);
    const day = !next
      ? ''
      : next.daysAhead === 0
        ? t('today')
        : next.daysAhead === 1
          ? t('tomorrow')
          : t(`day${(weekday + next.daysAhead) % 7}`);
    return {
      level: 'minor',
      reason: t('outside', params),
      hint: next ? t('hint', { next: t('next', { day, time: clock(next.minutes) }) }) : '',
      evidence: [],
    };
  },
};
