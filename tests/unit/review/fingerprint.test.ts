import { describe, expect, test } from 'vitest';
import { fingerprint, similarity } from '../../../lib/review/fingerprint';

const LINKEDIN =
  'Three lessons from shipping our new onboarding flow: interview people before you design, ' +
  'write error messages like small lessons, and measure the first week rather than the first day. ' +
  'What would you add? Full write-up: https://lnkd.in/eAbC123';
const X_COPY =
  'Three lessons from shipping our new onboarding flow: interview people before you design, ' +
  'write error messages like small lessons, and measure the first week rather than the first day. ' +
  'What would you add? Full write-up: https://t.co/Xy7Zq9';
// one word less and no link: 31 of 36 shingles shared (Jaccard 0.86)
const X_EDITED =
  'Three lessons from shipping our onboarding flow: interview people before you design, ' +
  'write error messages like small lessons, and measure the first week rather than the first day. ' +
  'What would you add? Full write-up:';
const UNRELATED = 'Heute war ich mit den Kindern im Zoo, die Giraffen waren das Highlight und danach gab es Eis für alle. Schöner Sonntag!';

describe('fingerprint', () => {
  test('is 64 unsigned 32-bit numbers, the same for the same text', () => {
    const a = fingerprint(LINKEDIN);
    expect(a).toHaveLength(64);
    expect(a.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff)).toBe(true);
    fingerprint(UNRELATED); // another text in between: no state leaks into the result
    expect(fingerprint(LINKEDIN)).toEqual(a);
  });

  test('ignores links, case and accents', () => {
    expect(similarity(fingerprint(LINKEDIN), fingerprint(X_COPY))).toBe(1);
    expect(
      similarity(
        fingerprint('Café crème in Malmö — bästa fikan i stan, tack för tipset!'),
        fingerprint('CAFE CREME IN MALMO bästa fikan i stan tack för tipset'),
      ),
    ).toBe(1);
  });

  test('a light edit stays similar; another text does not', () => {
    const edited = similarity(fingerprint(LINKEDIN), fingerprint(X_EDITED));
    expect(edited).toBeGreaterThanOrEqual(0.8);
    expect(edited).toBeLessThan(1);
    expect(similarity(fingerprint(LINKEDIN), fingerprint(UNRELATED))).toBeLessThan(0.2);
  });

  test('a caller changing the returned array does not change the next answer', () => {
    const a = fingerprint(X_EDITED);
    a.fill(0);
    expect(fingerprint(X_EDITED)).not.toEqual(a);
  });

  test('similarity of signatures that cannot be compared is 0', () => {
    expect(similarity([], [])).toBe(0);
    expect(similarity([1, 2, 3], [1, 2])).toBe(0);
    expect(similarity([1, 2, 3, 4], [1, 2, 0, 0])).toBe(0.5);
  });
});
