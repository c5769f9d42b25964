/** The habit counts (storage.local), read once and followed; null until the first read. */
import { useEffect, useState } from 'react';
import type { Habits } from '../../lib/habits/habits';
import { habitsItem } from '../../lib/habits/store';

export function useHabits(): Habits | null {
  const [habits, setHabits] = useState<Habits | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = habitsItem.watch((value) => {
      changed = true;
      if (live) setHabits(value ?? {});
    });
    // A read that finishes after a change was seen would be older than what we show.
    void habitsItem.getValue().then((value) => live && !changed && setHabits(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return habits;
}
