/**
 * Near-duplicate fingerprints for cross-post detection: a MinHash signature over the
 * draft's normalized word 3-shingles. Two signatures agree at a position with probability
 * equal to the Jaccard similarity of the two shingle sets, so `similarity()` estimates how
 * much text two drafts share without either text being kept. A signature is 64 minima of
 * 32-bit hashes: it cannot be turned back into the words.
 */

const SIZE = 64;
const SHINGLE = 3;

/** Fixed per-position seeds (deterministic across runs and machines), spread by a 32-bit LCG. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIZE);
  let s = 0x9e3779b9;
  for (let i = 0; i < SIZE; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    seeds[i] = s;
  }
  return seeds;
})();

/** FNV-1a over UTF-16 code units: cheap, and good enough as the base hash of a shingle. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: turns (base hash ^ seed) into an independent-looking hash per position. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Links differ between networks for the same text (t.co, lnkd.in), so they are left out.
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words without links, accents folded (NFKD, marks dropped) so "Café" and "Cafe" agree. */
function words(text: string): string[] {
  const plain = text
    .replace(LINK, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return plain.match(WORD) ?? [];
}

/** How many words a text has as the fingerprint sees them (links left out). */
export function wordCount(text: string): number {
  return words(text).length;
}

// The background and the crosspost check fingerprint the same draft on each keystroke: remember the last one.
let last: { text: string; signature: readonly number[] } | null = null;

/** MinHash signature of a text: 64 unsigned 32-bit numbers (all 0xffffffff for a text without words). */
export function fingerprint(text: string): number[] {
  if (last?.text === text) return [...last.signature];
  const w = words(text);
  const mins = new Uint32Array(SIZE).fill(0xffffffff);
  const shingles = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < shingles && w.length > 0; i++) {
    const base = fnv1a(w.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIZE; k++) {
      const v = mix(base ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  const signature = Array.from(mins);
  last = { text, signature };
  return [...signature];
}

/** The fraction of positions where two signatures agree (0 when they are not comparable). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same += 1;
  return same / a.length;
}
