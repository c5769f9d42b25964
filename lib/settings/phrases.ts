/**
 * The person's phrase lists are kept as edits to the built-in ones ({add, remove}), so that
 * sync stays small and new built-in phrases still arrive. These helpers apply and make those
 * edits; phrases compare case-insensitively, and the first spelling seen is the one kept.
 */
import type { PhraseEdits } from './schema';

const key = (phrase: string) => phrase.trim().normalize('NFC').toLowerCase();

function uniqueByKey(phrases: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of phrases) {
    const phrase = raw.trim();
    const k = key(phrase);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(phrase);
  }
  return out;
}

/** The list in effect: the defaults minus the removed ones, then the added ones, each once. */
export function effectivePhrases(defaults: readonly string[], edits: PhraseEdits): string[] {
  const removed = new Set(edits.remove.map(key));
  return uniqueByKey([...defaults.filter((p) => !removed.has(key(p))), ...edits.add]);
}

/**
 * Adds a phrase: a removed default comes back (un-removed), a new phrase joins `add`; a phrase
 * already in effect changes nothing.
 */
export function addPhrase(edits: PhraseEdits, defaults: readonly string[], phrase: string): PhraseEdits {
  const k = key(phrase);
  if (!k) return edits;
  const remove = edits.remove.filter((p) => key(p) !== k);
  const isDefault = defaults.some((p) => key(p) === k);
  const add = isDefault || edits.add.some((p) => key(p) === k) ? edits.add : [...edits.add, phrase.trim()];
  return remove.length === edits.remove.length && add === edits.add ? edits : { add, remove };
}

/**
 * Removes a phrase: an added one leaves `add`; a default one is recorded in `remove` (in the
 * default's own spelling) so it stays out when the built-in lists change.
 */
export function removePhrase(edits: PhraseEdits, defaults: readonly string[], phrase: string): PhraseEdits {
  const k = key(phrase);
  if (!k) return edits;
  const add = edits.add.filter((p) => key(p) !== k);
  const builtIn = defaults.find((p) => key(p) === k);
  const remove = builtIn !== undefined && !edits.remove.some((p) => key(p) === k) ? [...edits.remove, builtIn] : edits.remove;
  return add.length === edits.add.length && remove === edits.remove ? edits : { add, remove };
}
