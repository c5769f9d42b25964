// Links and X's weighted length on text that traps twitter-text's link search (long chains of dotted,
// dashed or underscored labels): the same answers as twitter-text gives where it is quick, whole links
// inside long runs, and the same weight. How fast it is, is measured in `npm run bench`.
import fc from 'fast-check';
import '../robustness/seed';
import twitter from 'twitter-text';
import { describe, expect, test } from 'vitest';
import { findLinks, linkSafe } from '../../../lib/review/links';

const twitterLinks = (text: string) =>
  twitter.extractUrlsWithIndices(text).map(({ url, indices: [start, end] }) => ({ start, end, text: url }));

const word = fc.oneof(
  fc.constantFrom(
    'https://example.com/a?b=c',
    'www.example.org',
    'example.de/x',
    'see.this',
    'a.b.c',
    'x.com',
    't.co/abc',
    '@name',
    '#tag',
    '...',
    'e.g.',
    'v1.2.3',
  ),
  fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', '_', '/', ':', '1', 'é', '🙂', 'c', 'o', 'm'), maxLength: 12 }),
  fc.lorem({ maxCount: 1 }),
);
const spaces = fc.constantFrom(' ', '\n', '  ', '\t');
/** Words and links, with no run longer than a few dozen characters. */
const ordinary = fc.array(fc.tuple(word, spaces), { maxLength: 40 }).map((parts) => parts.flat().join(''));
/** A run of 600–2,500 characters without white space, made of label-like pieces (and sometimes a link). */
const longRun = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '-', '_', ',', ''), fc.integer({ min: 600, max: 2_500 }))
  .map(([pieces, glue, n]) => {
    const unit = pieces.join(glue).replace(/\s/g, '') || 'a.';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });
const withLongRuns = fc.array(fc.oneof(ordinary, longRun), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

describe('findLinks', () => {
  test('text of ordinary words and links: exactly what twitter-text finds', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(findLinks(text)).toEqual(twitterLinks(text));
      }),
      { numRuns: 300 },
    );
  });

  test('long runs: every link is a real slice of the draft, in order, without overlaps', () => {
    fc.assert(
      fc.property(withLongRuns, (text) => {
        let last = 0;
        for (const link of findLinks(text)) {
          expect(text.slice(link.start, link.end)).toBe(link.text);
          expect(link.start).toBeGreaterThanOrEqual(last);
          last = link.end;
        }
      }),
      { numRuns: 60 },
    );
  });

  test('the links around and inside long runs are found whole', () => {
    const chain = 'a.'.repeat(2_000);
    const longUrl = `https://example.com/path?q=${'x'.repeat(3_000)}`;
    const text = `Read https://example.com/guide first. ${chain}https://news.example.org/story ${longUrl} ${'1.2-3_'.repeat(500)} www.postcheck.dev`;
    const links = findLinks(text).map((l) => l.text);
    expect(links[0]).toBe('https://example.com/guide');
    expect(links).toContain('https://news.example.org/story');
    expect(links).toContain(longUrl);
    expect(links.at(-1)).toBe('www.postcheck.dev');
  });

  test('a domain as long as DNS allows (253 characters), deep in a long run, is found whole and once', () => {
    const text = `${'x,'.repeat(300)}${'sub.'.repeat(60)}example.com/page,${'y,'.repeat(300)} end`;
    expect(findLinks(text)).toEqual(twitterLinks(text));
    expect(findLinks(text)).toHaveLength(1);
  });
});

describe('links that cross a window edge inside a long run', () => {
  // A link reaching past 512 characters, cut by a window just after characters twitter-text does not
  // end a link on; at every offset around the edge.
  const tails = ['%20b', '.html/#section2', '?q=1&r=2.', '_-', '...x', '(a)b', ',c', '!!x', ''];
  // The tail inside the link (more path after it), and at the end of the run.
  const cases = tails.flatMap((tail) =>
    Array.from({ length: 70 }, (_, i) => [
      `Read https://example.com/${'a'.repeat(450 + i)}${tail}${'c'.repeat(200)} and more.`,
      `Read https://example.com/${'a'.repeat(450 + i)}${tail} and more.`,
    ]).flat(),
  );

  test('are found whole: exactly what twitter-text finds', () => {
    for (const text of cases) expect(findLinks(text)).toEqual(twitterLinks(text));
  });

  test("weigh on X as in twitter-text's own count", () => {
    const weight = (s: string) => twitter.parseTweet(s).weightedLength;
    for (const text of cases) expect(weight(linkSafe(text))).toBe(weight(text));
  });
});

describe('linkSafe', () => {
  test('same length; only separators in the long runs change, each to a comma, and never inside a link found', () => {
    fc.assert(
      fc.property(withLongRuns, (text) => {
        const safe = linkSafe(text);
        expect(safe.length).toBe(text.length);
        const links = findLinks(text);
        // Collected, then asserted once: an assertion per changed character cost more than linkSafe itself.
        const wrong: { at: number; was: string; now: string; inLink: boolean }[] = [];
        for (let i = 0; i < text.length; i++) {
          if (safe[i] === text[i]) continue;
          const inLink = links.some((l) => i >= l.start && i < l.end);
          if (!/^[._-]$/.test(text[i]!) || safe[i] !== ',' || inLink) wrong.push({ at: i, was: text[i]!, now: safe[i]!, inLink });
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('X weighs a comma as it weighs the separators it replaces', () => {
    const weight = (s: string) => twitter.parseTweet(s).weightedLength;
    for (const separator of ['.', '-', '_']) expect(weight(separator.repeat(100))).toBe(weight(','.repeat(100)));
  });

  test('ordinary text is left as it is', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(linkSafe(text)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
