/**
 * The nudges' back-off counts (storage.local, lib/habits/nudges.ts), read once and followed, with the time
 * they were read (a quiet spell is judged then, as rendering must not read the clock); null until the first read.
 */
import { useEffect, useState } from 'react';
import { readNudges } from '../../lib/habits/nudges';
import type { Nudges } from '../../lib/habits/nudges';
import { nudgesItem } from '../../lib/habits/store';
import { uiLocale } from '../../lib/ui-language';

export interface NudgesRead {
  counts: Nudges;
  /** when they were read (ms since the epoch) */
  at: number;
}

export function useNudges(): NudgesRead | null {
  const [nudges, setNudges] = useState<NudgesRead | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = nudgesItem.watch((value) => {
      changed = true;
      if (live) setNudges({ counts: readNudges(value), at: Date.now() });
    });
    // A read that finishes after a change was seen would be older than what we show.
    void nudgesItem.getValue().then((value) => live && !changed && setNudges({ counts: readNudges(value), at: Date.now() }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return nudges;
}

/** A day as the UI language writes it ("18 December", "18. Dezember", "18 december"). */
export const formatDay = (ms: number): string => new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long' }).format(ms);
