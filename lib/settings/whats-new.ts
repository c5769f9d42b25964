/**
 * What updates added to the settings, said once in the side panel. Each note has an id that is never
 * reused; storage.local keeps the ids the person has seen. A fresh install marks every note seen (the
 * welcome page shows it all), so only an update that adds a note shows it.
 */
export interface WhatsNewNote {
  id: string;
  /** the UI string that says what is new (public/_locales) */
  message: 'whatsNew_firstRun' | 'whatsNew_goals' | 'whatsNew_nudges';
}

/** Oldest first. Add a note with the update that adds a setting. */
export const WHATS_NEW: readonly WhatsNewNote[] = [
  { id: 'first-run-setup', message: 'whatsNew_firstRun' },
  { id: 'goal-check', message: 'whatsNew_goals' },
  { id: 'nudges-reply', message: 'whatsNew_nudges' },
];

export const WHATS_NEW_SEEN_KEY = 'whatsNewSeen';

/** The notes not yet seen, given what storage.local holds under WHATS_NEW_SEEN_KEY (anything, even nothing). */
export function unseenNotes(seen: unknown, notes: readonly WhatsNewNote[] = WHATS_NEW): WhatsNewNote[] {
  const ids = Array.isArray(seen) ? seen.filter((id): id is string => typeof id === 'string') : [];
  return notes.filter((note) => !ids.includes(note.id));
}

/** What to store once the person has seen every note (ids of notes since removed are dropped). */
export function allSeen(notes: readonly WhatsNewNote[] = WHATS_NEW): string[] {
  return notes.map((note) => note.id);
}
