/**
 * Near-duplicate fingerprints for cross-post detection: a MinHash signature over the
 * draft's normalized word 3-shingles. Two signatures agree at a position with probability
 * equal to the Jaccard similarity of the two shingle sets, so `similarity()` estimates how
 * much text two drafts share without either text being kept. A signature is 64 minima of
 * 32-bit hashes: it cannot be turned back into the words.
 */

const SIZE = 64;
const SHINGLE = 3;

/**
 * Position k ranks shingle hashes by (A[k]·h + B[k]) mod 2³²: with A[k] odd that is a permutation of the
 * 32-bit space, cheap enough to run 64 times per shingle, and h itself is well mixed (murmur3's finalizer).
 * The constants come from a fixed 32-bit LCG, so signatures agree across runs, machines and versions.
 */
const A = new Uint32Array(SIZE);
const B = new Uint32Array(SIZE);
{
  let s = 0x9e3779b9;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  for (let k = 0; k < SIZE; k++) {
    A[k] = next() | 1;
    B[k] = next();
  }
}

/** murmur3's finalizer: spreads a combination of word hashes over all 32 bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (h: number, r: number) => (h << r) | (h >>> (32 - r));

// What a code unit is to a word: part of it, a mark to skip (accents after NFKD), or a break.
const BREAK = 0;
const PART = 1;
const MARK = 2;
const kinds = new Uint8Array(0x10000).fill(255); // 255: not classified yet
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK_CHAR = /\p{M}/u;

function kindOf(code: number): number {
  let k = kinds[code]!;
  if (k === 255) {
    const ch = String.fromCharCode(code);
    k = kinds[code] = WORD_CHAR.test(ch) ? PART : MARK_CHAR.test(ch) ? MARK : BREAK;
  }
  return k;
}

const isSpace = (code: number) =>
  code <= 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000;
const startsLink = (text: string, i: number) =>
  text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);

/**
 * FNV-1a hashes of the draft's words, in order: lower case, accents folded (NFKD, marks skipped) so
 * "Café" and "cafe" agree, links left out (they differ between networks for the same text: t.co, lnkd.in).
 * One pass over the code units, without building the words: this runs on every keystroke.
 * Characters outside the Basic Multilingual Plane (emoji) break words.
 */
function wordHashes(text: string): number[] {
  const plain = text.normalize('NFKD').toLowerCase();
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === PART) {
      if (!inWord) {
        if (startsLink(plain, i)) {
          while (i + 1 < plain.length && !isSpace(plain.charCodeAt(i + 1))) i += 1;
          continue;
        }
        inWord = true;
        h = 0x811c9dc5;
      }
      h ^= code;
      h = Math.imul(h, 0x01000193);
    } else if (kind === BREAK && inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

// The background and the crosspost check fingerprint the same draft on each keystroke: remember the last one.
let last: { text: string; signature: readonly number[] } | null = null;

/** MinHash signature of a text: 64 unsigned 32-bit numbers (all 0xffffffff for a text without words). */
export function fingerprint(text: string): number[] {
  if (last?.text === text) return [...last.signature];
  const hashes = wordHashes(text);
  const mins = new Uint32Array(SIZE).fill(0xffffffff);
  const shingles = hashes.length === 0 ? 0 : Math.max(1, hashes.length - SHINGLE + 1);
  for (let i = 0; i < shingles; i++) {
    // order matters in a shingle: "not a problem" ≠ "a problem not"
    const h = mix((hashes[i] ?? 0) ^ rotl(hashes[i + 1] ?? 0, 11) ^ rotl(hashes[i + 2] ?? 0, 22));
    for (let k = 0; k < SIZE; k++) {
      const v = (Math.imul(A[k]!, h) + B[k]!) >>> 0;
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
