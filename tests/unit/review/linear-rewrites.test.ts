// Patterns anchored at the end of a text (/x+$/) retry from every character of a long run that does
// not end it: quadratic, seconds on 60,000 characters. Their replacements read backwards once; here
// they are checked against the patterns they replaced, on every string of a small alphabet.
import { describe, expect, test } from 'vitest';
import { endsAsQuestion } from '../../../lib/review/analyze';
import { paragraphGap, removeRanges } from '../../../lib/review/fixes';

/**
 * The inputs on which `actual` and `expected` answer differently (the first ten), each with both answers:
 * one assertion for a whole enumeration, as an assertion per string cost more than the functions compared.
 */
function disagreements<T>(inputs: Iterable<T>, actual: (input: T) => unknown, expected: (input: T) => unknown) {
  const found: { input: T; actual: unknown; expected: unknown }[] = [];
  for (const input of inputs) {
    const [a, e] = [actual(input), expected(input)];
    if (JSON.stringify(a) !== JSON.stringify(e)) found.push({ input, actual: a, expected: e });
    if (found.length === 10) break;
  }
  return found;
}

/** Every string of `alphabet` up to `max` characters. */
function* strings(alphabet: readonly string[], max: number): Generator<string> {
  let level = [''];
  yield '';
  for (let n = 1; n <= max; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    yield* level;
  }
}

describe('read backwards, as the anchored patterns read', () => {
  test('a question: /[?？][?!？！…]*$/u', () => {
    const question = /[?？][?!？！…]*$/u;
    expect(disagreements(strings(['?', '？', '!', '！', '…', 'a', ' '], 5), endsAsQuestion, (s) => question.test(s))).toEqual([]);
  });

  test('the gap before an appended paragraph', () => {
    const old = (text: string) => (text.trim() ? '\n'.repeat(Math.max(0, 2 - /\n*$/.exec(text.replace(/[ \t]+$/, ''))![0].length)) : '');
    expect(disagreements(strings(['\n', ' ', '\t', 'a'], 6), paragraphGap, old)).toEqual([]);
  });

  test('the seam where a range was removed', () => {
    const oldSeam = (left: string, right: string) => {
      if (!left.trim()) return right.replace(/^\s+/u, '');
      if (!right.trim()) return left.replace(/\s+$/u, '');
      const l = left.replace(/[ \t]+$/, '');
      const r = right.replace(/^[ \t]+/, '');
      const breaks = /\n*$/.exec(l)![0].length + /^\n*/.exec(r)![0].length;
      if (breaks > 0) return l.replace(/\n+$/, '') + '\n'.repeat(Math.min(breaks, 2)) + r.replace(/^\n+/, '');
      const hadSpace = l.length < left.length || r.length < right.length;
      if (!hadSpace || /^[,.;:!?)\]}»”]/u.test(r)) return l + r;
      return `${l} ${r}`;
    };
    const sides = [...strings(['\n', ' ', 'a', '.'], 4)];
    const pairs = sides.flatMap((left) => sides.map((right) => [left, right] as const));
    const seam = ([left, right]: readonly [string, string]) =>
      removeRanges(`${left}X${right}`, [{ start: left.length, end: left.length + 1 }]);
    expect(disagreements(pairs, seam, ([left, right]) => oldSeam(left, right))).toEqual([]);
  });
});

test('a LinkedIn hook ending: /[.!?…]+(?=\\s|$)|\\n/ from where a run of marks starts', () => {
  const before = /[.!?…]+(?=\s|$)|\n/g;
  const after = /(?<![.!?…])[.!?…]+(?=\s|$)|\n/g;
  const first = (re: RegExp) => (s: string) => {
    re.lastIndex = 0;
    const m = re.exec(s);
    return m && [m.index, m[0]];
  };
  expect(disagreements(strings(['.', '!', '…', 'a', ' ', '\n'], 6), first(after), first(before))).toEqual([]);
});
