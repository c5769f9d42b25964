/**
 * Links as twitter-text finds them, in time that grows with the draft and not with its square.
 *
 * twitter-text's link pattern backtracks over a long unbroken chain of dotted, dashed or
 * underscored labels ("a.a.a.…", "1.2.3.…", "a-a-…-a."): it retries the whole chain from every
 * position, so 60,000 such characters took 9 s. A link never holds white space, so text made of
 * ordinary words and links is searched whole, exactly as before. Only a run of more than RUN
 * characters without a space is searched in overlapping windows; a link found running to (or to
 * just before) a window's edge is read again from its own start, so long links are found whole.
 *
 * `linkSafe` gives the copy of the draft that twitter-text may then read for X's weighted length:
 * the same length and the same weight, with the separators in those long runs outside the links
 * found turned into commas, so its own link search cannot fall into the same trap. Inside such a
 * run (hundreds of characters without a space, which no one posts as prose) the links, and so the
 * count, can differ from X's in places; everywhere else they are X's own.
 */
import twitter from 'twitter-text';

export interface Link {
  start: number;
  end: number;
  text: string;
}

/** Runs up to this many characters without white space are searched whole (0.2 ms at worst). */
const RUN = 512;
/** A window searches 2 × STEP characters and keeps the links that start in its first STEP. */
const STEP = 256;
/**
 * A link ending this close to a window's edge may have been cut there: twitter-text does not end a
 * link on some characters (".", "?", "%", "_"…), so a link cut just after them ends a little before
 * the edge. It is read again from its own start in a wider window.
 */
const EDGE = 32;

function runs(text: string): [number, number][] {
  const out: [number, number][] = [];
  // \S+ first: a run is consumed in one step, so this stays linear; then keep the long ones.
  const any = /\S+/gu;
  for (let m = any.exec(text); m; m = any.exec(text)) if (m[0].length > RUN) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Links in text[from, to), with the character before `from` as context (it decides whether a link may start there). */
function linksIn(text: string, from: number, to: number): Link[] {
  const context = from > 0 ? 1 : 0;
  const offset = from - context;
  return twitter
    .extractUrlsWithIndices(text.slice(offset, to))
    .filter(({ indices: [start] }) => start >= context)
    .map(({ url, indices: [start, end] }) => ({ start: offset + start, end: offset + end, text: url }));
}

/** The link that starts at `start` (`seen` when read up to `seenTo`), read as far as it goes within the run. */
function wholeLink(text: string, start: number, runEnd: number, seen: Link, seenTo: number): Link {
  let link = seen;
  let to = seenTo;
  while (to - link.end < EDGE && to < runEnd) {
    to = Math.min(runEnd, start + 4 * (to - start));
    link = linksIn(text, start, to).find((l) => l.start === start) ?? link;
  }
  return link;
}

function linksInRun(text: string, runStart: number, runEnd: number): Link[] {
  const out: Link[] = [];
  let pos = runStart;
  while (pos < runEnd) {
    const to = Math.min(runEnd, pos + 2 * STEP);
    const last = to === runEnd;
    const first = linksIn(text, pos, to).find((l) => last || l.start < pos + STEP);
    if (!first) {
      pos = last ? runEnd : pos + STEP;
      continue;
    }
    const link = to - first.end < EDGE && !last ? wholeLink(text, first.start, runEnd, first, to) : first;
    out.push(link);
    pos = link.end;
  }
  return out;
}

export function findLinks(text: string): Link[] {
  const long = runs(text);
  if (long.length === 0) return linksIn(text, 0, text.length);
  // The short runs, searched whole once the long runs can no longer trap the search.
  const safe = neutralise(text, long, []);
  const outside = linksIn(safe, 0, safe.length).filter((l) => !long.some(([s, e]) => l.start >= s && l.start < e));
  const inside = long.flatMap(([s, e]) => linksInRun(text, s, e));
  return [...outside, ...inside].sort((a, b) => a.start - b.start);
}

/** `text` with ., - and _ in its long runs turned into commas, except inside `keep`. */
function neutralise(text: string, long: readonly [number, number][], keep: readonly Link[]): string {
  let out = '';
  let copied = 0;
  let k = 0;
  for (const [s, e] of long) {
    out += text.slice(copied, s);
    let i = s;
    while (i < e) {
      while (k < keep.length && keep[k]!.end <= i) k++;
      const link = keep[k];
      if (link && link.start <= i) {
        const stop = Math.min(e, link.end);
        out += text.slice(i, stop);
        i = stop;
        continue;
      }
      const stop = link && link.start < e ? link.start : e;
      out += text.slice(i, stop).replace(/[._-]/g, ',');
      i = stop;
    }
    copied = e;
  }
  return out + text.slice(copied);
}

/** A copy twitter-text can weigh safely: same length, same weight, same links (`links` from findLinks). */
export function linkSafe(text: string, links?: readonly Link[]): string {
  const long = runs(text);
  return long.length === 0 ? text : neutralise(text, long, links ?? findLinks(text));
}
