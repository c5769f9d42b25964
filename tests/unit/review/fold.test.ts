import { describe, expect, test } from 'vitest';
import { fold, unfold } from '../../../lib/review/fold';
import { analyze } from '../../../lib/review/analyze';
import { phraseBook } from '../../../lib/review/phrases';
import { contextAt } from '../../../lib/review/context';
import { defaultRules } from '../../../lib/settings/defaults';
import { draft, reviewOf } from './check-harness';

const NOW = new Date(2026, 10, 24, 10, 0);
const BOLD = '𝐖𝐡𝐚𝐭 𝐝𝐨 𝐲𝐨𝐮 𝐭𝐡𝐢𝐧𝐤?';

describe('fold', () => {
  test.each([
    ['mathematical bold', BOLD, 'What do you think?'],
    ['italic, script, fraktur, double-struck, sans, mono', '𝑖𝑡 𝒮𝒸𝓇𝒾𝓅𝓉 𝔉𝔯𝔞𝔨 𝕯𝖔𝖚𝖇𝖑𝖊 𝗦𝗮𝗻𝘀 𝚖𝚘𝚗𝚘', 'it Script Frak Double Sans mono'],
    ['styled digits', '𝟏𝟐 𝟘 𝟯', '12 0 3'],
    ['letter-like holes of the alphabets', 'ℍ𝕖𝕝𝕝𝕠 ℯ ℝ', 'Hello e R'],
    ['fullwidth', 'ｗｈａｔ ｄｏ ｙｏｕ ｔｈｉｎｋ？', 'what do you think?'],
    ['circled and squared letters', 'Ⓐⓑ 🄰 🅒🅗🅔🅒🅚', 'Ab A CHECK'],
    ['small capitals', 'ᴡʜᴀᴛ ᴅᴏ ʏᴏᴜ ᴛʜɪɴᴋ', 'what do you think'],
    ['ligatures', 'ﬁnd', 'find'],
    ['strikethrough and underline marks', 'r̶e̶a̶d̶ u̲s̲', 'read us'],
  ])('%s', (_, text, plain) => {
    expect(fold(text).text).toBe(plain);
  });

  test.each([
    ['emoji and skin tones', 'Ship it 👍🏽 👩‍👩‍👧‍👦 🇸🇪'],
    ['emoji that have a decomposition', 'ℹ Info Ⓜ️ Metro ™ 🅰 🅱️'],
    ['a keycap', '1️⃣ first'],
    ['symbols that are not letters', '20 ℃, № 5, ½'],
    ['accents and other scripts', 'Grüße, åäö, שבוע טוב, 東京'],
    ['a lone surrogate', 'a\ud800b'],
  ])('leaves alone: %s', (_, text) => {
    const f = fold(text);
    expect(f.text).toBe(text);
    expect(f.changed).toBe(false);
  });

  test('emoji next to styled letters stay, and offsets still map', () => {
    const text = '🚀 𝐆𝐨 👩‍💻';
    const f = fold(text);
    expect(f.text).toBe('🚀 Go 👩‍💻');
    const go = f.text.indexOf('Go');
    expect(text.slice(f.start(go), f.end(go + 2))).toBe('𝐆𝐨');
    const coder = f.text.indexOf('👩');
    expect(text.slice(f.start(coder), f.end(f.text.length))).toBe('👩‍💻');
  });

  test('every folded range maps back onto whole original characters', () => {
    const text = 'x ﬁ 𝐖 r̶ ｗ y';
    const f = fold(text);
    for (let s = 0; s <= f.text.length; s++) {
      for (let e = s; e <= f.text.length; e++) {
        const { start, end } = unfold(f, { start: s, end: e });
        expect(start).toBeLessThanOrEqual(end);
        // never inside a surrogate pair
        expect(text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff).toBe(false);
        expect(text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff).toBe(false);
      }
    }
    // a range ending inside "fi" (from ﬁ) ends after the ligature; a mark goes with its letter
    const fi = f.text.indexOf('fi');
    expect(text.slice(f.start(fi), f.end(fi + 1))).toBe('ﬁ');
    const r = f.text.indexOf('r');
    expect(text.slice(f.start(r), f.end(r + 1))).toBe('r̶');
  });

  test('a text with nothing to fold is its own fold', () => {
    const text = 'Plain words, 🚀 and Grüße.';
    const f = fold(text);
    expect(f.text).toBe(text);
    expect(f.start(5)).toBe(5);
    expect(f.end(7)).toBe(7);
  });
});

describe('analysis and phrases read folded text', () => {
  test('a styled question is a question, its range is the styled characters', () => {
    const text = `Shipped it.\n\n${BOLD}`;
    const a = analyze(text);
    expect(a.questions.map((q) => q.text)).toEqual(['What do you think?']);
    const q = a.questions[0]!;
    expect(text.slice(q.start, q.end)).toBe(BOLD);
    expect(a.words.map((w) => text.slice(w.start, w.end))).toContain('𝐭𝐡𝐢𝐧𝐤');
    expect(a.language).toBe('en'); // the stop words are read through the styling
  });

  test('phrase hits map back to the styled characters', () => {
    const text = 'New notes. 𝐋𝐞𝐭 𝐦𝐞 𝐤𝐧𝐨𝐰 below!';
    const hits = phraseBook(defaultRules()).find('cta', text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toContain('𝐋𝐞𝐭 𝐦𝐞 𝐤𝐧𝐨𝐰');
  });

  test.each([
    [BOLD, '𝐖𝐡𝐚𝐭 𝐝𝐨 𝐲𝐨𝐮 𝐭𝐡𝐢𝐧𝐤', 'What do you think'],
    ['𝑾𝒐𝒖𝒍𝒅 𝒚𝒐𝒖 𝒉𝒊𝒓𝒆 𝒂𝒈𝒂𝒊𝒏?', '𝑾𝒐𝒖𝒍𝒅 𝒚𝒐𝒖 𝒉𝒊𝒓𝒆 𝒂𝒈𝒂𝒊𝒏?', 'Would you hire again?'],
  ])('a styled call to action is found, cited and highlighted: %s', (cta, seen, cited) => {
    const text = `We rebuilt our onboarding this year.\nIt halved our time to hire.\n\n${cta}`;
    const result = reviewOf(draft('linkedin', text), { context: contextAt(NOW, 'en') }).check('cta');
    expect(result?.status).toBe('pass');
    expect(result?.evidence.map((e) => text.slice(e.start, e.end))).toEqual([seen]);
    expect(result?.reason).toContain(cited);
  });

  // A hang guard (the test's timeout), not a timing: linear time is proved in tests/unit/robustness.
  test('a long styled text folds whole', { timeout: 3_000 }, () => {
    const text = `${BOLD} 🚀 `.repeat(3000);
    const a = analyze(text);
    expect(a.questions.length).toBe(3000);
  });
});
