import { describe, expect, test } from 'vitest';
import { addPhrase, effectivePhrases, removePhrase } from '../../../lib/settings/phrases';
import type { PhraseEdits } from '../../../lib/settings/schema';

const defaults = ['Sign up', 'Follow me', 'link in bio'];
const none: PhraseEdits = { add: [], remove: [] };

describe('effectivePhrases', () => {
  test.each<[string, PhraseEdits, string[]]>([
    ['no edits', none, ['Sign up', 'Follow me', 'link in bio']],
    [
      'added ones come after the defaults',
      { add: ['DM me', 'book a call'], remove: [] },
      ['Sign up', 'Follow me', 'link in bio', 'DM me', 'book a call'],
    ],
    ['removed defaults are left out, whatever their case', { add: [], remove: ['FOLLOW ME'] }, ['Sign up', 'link in bio']],
    [
      'an added copy of a default is not repeated',
      { add: ['sign up', 'DM me'], remove: [] },
      ['Sign up', 'Follow me', 'link in bio', 'DM me'],
    ],
    [
      'added duplicates count once, first spelling kept',
      { add: ['DM me', 'dm ME', ' DM me '], remove: [] },
      ['Sign up', 'Follow me', 'link in bio', 'DM me'],
    ],
    [
      'a removal of something not in the defaults changes nothing',
      { add: [], remove: ['subscribe'] },
      ['Sign up', 'Follow me', 'link in bio'],
    ],
  ])('%s', (_, edits, expected) => {
    expect(effectivePhrases(defaults, edits)).toEqual(expected);
  });
});

describe('addPhrase and removePhrase', () => {
  test('adding a new phrase puts it in add, trimmed', () => {
    expect(addPhrase(none, defaults, '  DM me ')).toEqual({ add: ['DM me'], remove: [] });
  });

  test('adding a phrase already in effect changes nothing', () => {
    const edits = { add: ['DM me'], remove: [] };
    expect(addPhrase(edits, defaults, 'sign UP')).toBe(edits);
    expect(addPhrase(edits, defaults, 'dm me')).toBe(edits);
    expect(addPhrase(edits, defaults, '   ')).toBe(edits);
  });

  test('removing a default records it in remove, in the default spelling', () => {
    const edits = removePhrase(none, defaults, 'follow me');
    expect(edits).toEqual({ add: [], remove: ['Follow me'] });
    expect(effectivePhrases(defaults, edits)).toEqual(['Sign up', 'link in bio']);
    expect(removePhrase(edits, defaults, 'Follow me')).toBe(edits);
  });

  test('removing an added phrase drops it from add', () => {
    const edits = removePhrase({ add: ['DM me', 'book a call'], remove: [] }, defaults, 'dm me');
    expect(edits).toEqual({ add: ['book a call'], remove: [] });
  });

  test('re-adding a removed default un-removes it', () => {
    const removed = removePhrase(none, defaults, 'Sign up');
    const back = addPhrase(removed, defaults, 'SIGN UP');
    expect(back).toEqual(none);
    expect(effectivePhrases(defaults, back)).toEqual(defaults);
  });

  test('an edit keeps the order of the rest', () => {
    let edits = none;
    for (const p of ['one', 'two', 'three']) edits = addPhrase(edits, defaults, p);
    edits = removePhrase(edits, defaults, 'two');
    edits = removePhrase(edits, defaults, 'link in bio');
    edits = addPhrase(edits, defaults, 'four');
    expect(edits).toEqual({ add: ['one', 'three', 'four'], remove: ['link in bio'] });
    expect(effectivePhrases(defaults, edits)).toEqual(['Sign up', 'Follow me', 'one', 'three', 'four']);
  });

  test('never changes the edits it is given', () => {
    const edits = Object.freeze({ add: Object.freeze(['DM me']), remove: Object.freeze(['Sign up']) }) as unknown as PhraseEdits;
    addPhrase(edits, defaults, 'new');
    addPhrase(edits, defaults, 'Sign up');
    removePhrase(edits, defaults, 'DM me');
    removePhrase(edits, defaults, 'Follow me');
    expect(edits).toEqual({ add: ['DM me'], remove: ['Sign up'] });
  });

  test('compares composed and decomposed accents as the same phrase', () => {
    const edits = addPhrase(none, ['Läs mer'], 'La\u0308s mer');
    expect(edits).toBe(none);
  });
});
