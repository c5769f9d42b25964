/**
 * Styled letters folded to plain ones before matching: "𝐖𝐡𝐚𝐭 𝐝𝐨 𝐲𝐨𝐮 𝐭𝐡𝐢𝐧𝐤?" (mathematical bold, as
 * LinkedIn posts use for emphasis) reads as "What do you think?". Folded: the mathematical
 * alphanumerics (bold, italic, script, fraktur, double-struck, sans, mono; U+1D400–U+1D7FF) and
 * their letter-like holes (ℍ, ℝ, ℯ…), fullwidth forms (ｗｈａｔ？), circled and squared letters
 * (Ⓐ, 🄰, 🅐, 🅰), small capitals (ᴡʜᴀᴛ), ligatures (ﬁ), and the combining marks that draw
 * strikethrough or underline (s̶t̶r̶u̶c̶k̶). Emoji stay as they are: a character that is an emoji
 * (ℹ, Ⓜ, 🅰, ™) or is followed by the emoji selector U+FE0F is never folded.
 *
 * Checks match on the folded text and report ranges in the original (UTF-16 offsets of
 * draft.text) through start()/end(). A text with nothing to fold (nearly every draft) is its own
 * fold: one scan with a regular expression, no copy, no map.
 */

export interface Folded {
  /** the text to match on */
  text: string;
  /** false: nothing was folded, `text` is the original and offsets need no mapping */
  changed: boolean;
  /** the original offset of the character at folded index i (i may be text.length) */
  start(i: number): number;
  /** the original offset where a folded range ending at i (exclusive) ends */
  end(i: number): number;
}

// Everything fold() may change; one linear scan decides whether a text needs the slow path.
// The combining overlines and strokes (U+0305, U+0332–0338) stand alone in the class on purpose: fold() drops them.
const FOLDABLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E\u2100-\u214F\u24B6-\u24E9\u{1F130}-\u{1F189}\uFB00-\uFB06\u1D00-\u1D22\u0299\u0262\u026A\u0274\u0280\u028F\u029C\u029F\uA730\uA731\u0305\u0332-\u0338]/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const LETTER = /^\p{L}$/u;

// Small capitals of "fancy text" generators (no Unicode decomposition); ǫ is left out, it is a letter of its own.
// prettier-ignore
const SMALL_CAPS: Record<number, string> = {
  0x1d00: 'a', 0x0299: 'b', 0x1d04: 'c', 0x1d05: 'd', 0x1d07: 'e', 0xa730: 'f', 0x0262: 'g', 0x029c: 'h',
  0x026a: 'i', 0x1d0a: 'j', 0x1d0b: 'k', 0x029f: 'l', 0x1d0d: 'm', 0x0274: 'n', 0x1d0f: 'o', 0x1d18: 'p',
  0x0280: 'r', 0xa731: 's', 0x1d1b: 't', 0x1d1c: 'u', 0x1d20: 'v', 0x1d21: 'w', 0x028f: 'y', 0x1d22: 'z',
};

/** Overline, underline, double underline, tilde, strokes and slashes drawn over letters. */
const isStylingMark = (cp: number) => cp === 0x0305 || (cp >= 0x0332 && cp <= 0x0338);

const folds = new Map<number, string | null>();

/** The fold of one code point, worked out once per code point. */
function foldPoint(cp: number, ch: string): string | null {
  let out = folds.get(cp);
  if (out === undefined) folds.set(cp, (out = computeFold(cp, ch)));
  return out;
}

/** The fold of one code point: null when it stays, '' when it goes (a styling mark). */
function computeFold(cp: number, ch: string): string | null {
  if (isStylingMark(cp)) return '';
  if (EMOJI.test(ch)) return null;
  const small = SMALL_CAPS[cp];
  if (small) return small;
  // Negative circled and negative squared letters (🅐, 🅰): no decomposition either.
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x41 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x41 + cp - 0x1f170);
  const inRange =
    (cp >= 0x1d400 && cp <= 0x1d7ff) ||
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x24b6 && cp <= 0x24e9) ||
    (cp >= 0x1f130 && cp <= 0x1f149) ||
    (cp >= 0xfb00 && cp <= 0xfb06) ||
    // letter-like symbols: only the letters (ℍ, ℯ), not ℃, №, ℅
    (cp >= 0x2100 && cp <= 0x214f && LETTER.test(ch));
  if (!inRange) return null;
  const folded = ch.normalize('NFKC');
  return folded === ch ? null : folded;
}

const identity = (text: string): Folded => ({ text, changed: false, start: (i) => i, end: (i) => i });

let last: { source: string; folded: Folded } | null = null;

/** The folded text of `text` and the way back to its offsets; the last one is kept (analysis and phrase book share it). */
export function fold(text: string): Folded {
  if (last?.source === text) return last.folded;
  const folded = FOLDABLE.test(text) ? foldSlow(text) : identity(text);
  last = { source: text, folded };
  return folded;
}

function foldSlow(text: string): Folded {
  const parts: string[] = [];
  // Per folded UTF-16 unit: where the original character it came from starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
    const out = text.charCodeAt(i + width) === 0xfe0f ? null : foldPoint(cp, ch);
    if (out === null) {
      parts.push(ch);
      for (let k = 0; k < width; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    } else {
      changed = true;
      if (out === '') {
        // A mark belongs to the character before it: a range ending there takes the mark along.
        if (ends.length > 0) {
          const owner = starts[starts.length - 1]!;
          for (let k = ends.length - 1; k >= 0 && starts[k] === owner; k--) ends[k] = i + width;
        }
      } else {
        parts.push(out);
        for (let k = 0; k < out.length; k++) {
          starts.push(i);
          ends.push(i + width);
        }
      }
    }
    i += width;
  }
  if (!changed) return identity(text);
  const folded = parts.join('');
  const startOf = Int32Array.from(starts);
  const endOf = Int32Array.from(ends);
  const start = (i: number) => (i >= folded.length ? text.length : startOf[Math.max(i, 0)]!);
  return { text: folded, changed: true, start, end: (i) => (i <= 0 ? start(0) : endOf[Math.min(i, folded.length) - 1]!) };
}

/** A range found in the folded text, as a range of the original. */
export function unfold<T extends { start: number; end: number }>(f: Folded, range: T): T {
  return f.changed ? { ...range, start: f.start(range.start), end: f.end(range.end) } : range;
}

/** The folded text of a piece of a draft, for quoting it in a reason; does not touch the kept fold. */
export function plain(text: string): string {
  return FOLDABLE.test(text) ? foldSlow(text).text : text;
}
