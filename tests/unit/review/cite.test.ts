import { describe, expect, test } from 'vitest';
import { cite, excerpt } from '../../../lib/review/messages';

describe('excerpt', () => {
  test.each([
    ['short text stays', 'What do you think?', 'What do you think?'],
    ['line breaks and runs of space flatten', 'Sign\n  up', 'Sign up'],
    ['long text is cut at a word, then …', `${'word '.repeat(20)}end`, `${'word '.repeat(12).trim()}…`],
    ['an emoji is never split', `${'x'.repeat(59)}👩‍👩‍👧‍👦`, `${'x'.repeat(59)}…`],
  ])('%s', (_, text, expected) => {
    expect(excerpt(text)).toBe(expected);
  });
});

describe('cite', () => {
  test.each([
    ['en', ['because', 'Because', 'tip'], '“because”, “tip”'],
    ['de', ['weil', 'Tipp', 'deshalb', 'warum'], '„weil“, „Tipp“, „deshalb“, …'],
    ['sv', ['eftersom'], '”eftersom”'],
  ] as const)('quotes each phrase once, at most three (%s)', (locale, items, expected) => {
    expect(cite(items, locale)).toBe(expected);
  });
});
