/**
 * The shared reading of a draft that every check uses: links, mentions, hashtags,
 * words, sentences, lines and a language guess. Each part is computed on first use
 * and then kept, so a check that needs none of it costs nothing.
 * Offsets are UTF-16 indices into the draft text, as everywhere in the review.
 *
 * Everything is read from the draft with styled letters folded (fold.ts: "𝐖𝐡𝐚𝐭 𝐝𝐨 𝐲𝐨𝐮 𝐭𝐡𝐢𝐧𝐤?" is a
 * question): a span's `text` is the folded text, its start and end are offsets in the original.
 */
import { findLinks } from './links';
import { fold } from './fold';
import type { Folded } from './fold';
import stopwords from './data/stopwords.json';
import { LANGS } from '../ids';
import type { Lang } from '../ids';

export interface Span {
  start: number;
  end: number;
  /** the text there, with styled letters folded (fold.ts) */
  text: string;
}

export interface Analysis {
  /** the draft's text as written */
  text: string;
  /** the text checks match on, and the way from its offsets back to `text` */
  folded: Folded;
  /** true when the draft has no visible characters */
  empty: boolean;
  urls: Span[];
  mentions: Span[];
  hashtags: Span[];
  /** words outside links, mentions and hashtags */
  words: Span[];
  sentences: Span[];
  /** every line, empty ones included */
  lines: Span[];
  /** sentences that end in a question mark */
  questions: Span[];
  /** the language most of the draft seems to be in (null: too short or unclear) */
  language: Lang | null;
}

const MENTION = /(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,48}[A-Za-z0-9_])?/gu;
// A hashtag is not all digits (#1 is a number), and not inside a word or an HTML entity.
const HASHTAG = /(?<![\p{L}\p{N}_&#])[#＃](?![\p{N}]+(?![\p{L}_]))[\p{L}\p{N}\p{M}_]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
// A sentence ends at . ! ? … followed by white space or the end, or at a line break (URLs keep their dots).
const SENTENCE = /(?:[^\n.!?…]|[.!?…](?=[^\s.!?…]))+[.!?…]*/gu;

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  // exec() rather than matchAll(), which clones the regex on every call: on a tweet the clone
  // costs more than the scan.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    else re.lastIndex += 1; // none of the patterns here matches empty; never loop if one does
  }
  return out;
}

const QUESTION_TAIL = new Set(['?', '!', '？', '！', '…']);

/**
 * Does the text end in a question mark, perhaps followed by more ?!…: /[?？][?!？！…]*$/u, read
 * backwards once (that regex retries from every mark of a long run that does not end the text).
 */
export function endsAsQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && QUESTION_TAIL.has(text[i]!); i--) if (text[i] === '?' || text[i] === '？') return true;
  return false;
}

/** The index of the first of the ranges (sorted by start) that starts at or after `pos`. */
export function lowerBound(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted, non-overlapping spans: is `i` inside one of them? (binary search) */
export function inside(sorted: readonly Span[], i: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

const STOP: Record<Lang, Set<string>> = {
  en: new Set(stopwords.en),
  de: new Set(stopwords.de),
  sv: new Set(stopwords.sv),
};

/** Count stop words over the first 400 words; a language wins with at least 2 and a clear lead. */
export function guessLanguage(words: readonly Span[]): Lang | null {
  const score: Record<Lang, number> = { en: 0, de: 0, sv: 0 };
  for (const w of words.slice(0, 400)) {
    // toLowerCase, not toLocaleLowerCase: the result must not depend on the host's locale (Turkish I).
    const lower = w.text.toLowerCase();
    for (const lang of LANGS) if (STOP[lang].has(lower)) score[lang] += 1;
  }
  const ranked = [...LANGS].sort((a, b) => score[b] - score[a]);
  const [first, second] = ranked as [Lang, Lang, Lang];
  return score[first] >= 2 && score[first] > score[second] ? first : null;
}

function lazy<T extends object>(target: T, name: keyof T & string, compute: () => unknown) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, name, { value, enumerable: true });
      return value;
    },
  });
}

export function analyze(text: string): Analysis {
  const folded = fold(text);
  const plain = folded.text;
  // Spans are found in the folded text (f: its offsets) and handed out in the original's.
  const f = {} as Pick<Analysis, 'urls' | 'mentions' | 'hashtags' | 'words' | 'sentences' | 'lines'>;
  lazy(f, 'urls', () => findLinks(plain));
  lazy(f, 'mentions', () => spans(MENTION, plain).filter((s) => !inside(f.urls, s.start)));
  lazy(f, 'hashtags', () => spans(HASHTAG, plain).filter((s) => !inside(f.urls, s.start)));
  lazy(f, 'words', () => {
    const skip = [...f.urls, ...f.mentions, ...f.hashtags].sort((x, y) => x.start - y.start);
    return spans(WORD, plain).filter((w) => !inside(skip, w.start));
  });
  lazy(f, 'sentences', () =>
    spans(SENTENCE, plain)
      .filter((s) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(s.text))
      .map((s) => {
        const lead = s.text.length - s.text.trimStart().length;
        const body = s.text.trim();
        return { start: s.start + lead, end: s.start + lead + body.length, text: body };
      }),
  );
  lazy(f, 'lines', () => {
    const out: Span[] = [];
    let start = 0;
    for (const line of plain.split('\n')) {
      out.push({ start, end: start + line.length, text: line });
      start += line.length + 1;
    }
    return out;
  });

  const a = { text, folded, empty: !/\S/u.test(plain) } as Analysis;
  const back = (list: Span[]): Span[] =>
    folded.changed ? list.map((s) => ({ start: folded.start(s.start), end: folded.end(s.end), text: s.text })) : list;
  for (const name of ['urls', 'mentions', 'hashtags', 'words', 'sentences', 'lines'] as const) lazy(a, name, () => back(f[name]));
  // "What do you think?!" and "Really??" are questions too.
  lazy(a, 'questions', () => a.sentences.filter((s) => endsAsQuestion(s.text)));
  lazy(a, 'language', () => guessLanguage(a.words));
  return a;
}
