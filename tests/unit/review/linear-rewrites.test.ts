// Patterns anchored at the end of a text (/x+$/) retry from every character of a long run that does
// not end it: quadratic, seconds on 60,000 characters. Their replacements read backwards once; here
// they are checked against the patterns they replaced, on every string of a small alphabet.
import { describe, expect, test } from 'vitest';
import { endsAsQuestion } from '../../../lib/review/analyze';
import { paragraphGap, removeRanges } from '../../../lib/review/fixes';

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
    for (const s of strings(['?', '？', '!', '！', '…', 'a', ' '], 5))
      expect(endsAsQuestion(s), JSON.stringify(s)).toBe(/[?？][?!？！…]*$/u.test(s));
  });

  test('the gap before an appended paragraph', () => {
    const old = (text: string) => (text.trim() ? '\n'.repeat(Math.max(0, 2 - /\n*$/.exec(text.replace(/[ \t]+$/, ''))![0].length)) : '');
    for (const s of strings(['\n', ' ', '\t', 'a'], 6)) expect(paragraphGap(s), JSON.stringify(s)).toBe(old(s));
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
    for (const left of sides) {
      for (const right of sides) {
        const text = `${left}X${right}`;
        expect(removeRanges(text, [{ start: left.length, end: left.length + 1 }]), JSON.stringify(text)).toBe(oldSeam(left, right));
      }
    }
  });
});

test('a LinkedIn hook ending: /[.!?…]+(?=\\s|$)|\\n/ from where a run of marks starts', () => {
  const before = /[.!?…]+(?=\s|$)|\n/g;
  const after = /(?<![.!?…])[.!?…]+(?=\s|$)|\n/g;
  for (const s of strings(['.', '!', '…', 'a', ' ', '\n'], 6)) {
    for (const re of [before, after]) re.lastIndex = 0;
    const a = before.exec(s);
    const b = after.exec(s);
    expect(b && [b.index, b[0]], JSON.stringify(s)).toEqual(a && [a.index, a[0]]);
  }
});
