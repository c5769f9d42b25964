// The default rules in each language Postcheck speaks: valid, the same rules but for their words, and
// the words a new browser starts with are its UI language's.
import { describe, expect, test } from 'vitest';
import { defaultRules, withDefaultWords } from '../../../lib/settings/defaults';
import { RulesSchema } from '../../../lib/settings/schema';
import { createRulesStorage } from '../../../lib/settings/storage';
import { memoryLock } from '../../../lib/settings/lock';
import { MemoryArea } from './devices';

describe('default words', () => {
  test("each language's defaults are valid rules that differ from English in goals and purposes only", () => {
    const en = defaultRules('en');
    for (const lang of ['de', 'sv'] as const) {
      const rules = defaultRules(lang);
      expect(RulesSchema.safeParse(rules).success).toBe(true);
      expect(rules.goals.map((g) => g.id)).toEqual(en.goals.map((g) => g.id));
      for (const [i, goal] of rules.goals.entries()) expect(goal.text).not.toBe(en.goals[i]!.text);
      for (const id of ['x', 'linkedin', 'facebook'] as const) expect(rules.networks[id].purpose).not.toBe(en.networks[id].purpose);
      // Everything else is the same rules.
      const words = (r: typeof rules) =>
        JSON.stringify({ ...r, goals: null, networks: Object.values(r.networks).map((n) => ({ ...n, purpose: null })) });
      expect(words(rules)).toBe(words(en));
    }
    expect(defaultRules()).toEqual(en);
    expect(defaultRules('de').networks.linkedin.purpose).toMatch(/^Neue und bestehende berufliche Beziehungen/);
  });

  test("withDefaultWords puts another language's goals and purposes in, and keeps the rest", () => {
    const mine = defaultRules('en');
    mine.networks.facebook.hashtagLimit = 1;
    mine.goals.push({ id: 'extra', text: 'An extra goal', enabled: false });
    const sv = withDefaultWords(mine, 'sv');
    expect(sv.goals).toEqual(defaultRules('sv').goals);
    expect(sv.networks.facebook).toEqual({ ...mine.networks.facebook, purpose: defaultRules('sv').networks.facebook.purpose });
    expect(mine.goals).toHaveLength(4);
  });

  test('a browser with no rules yet starts with the defaults its environment names', async () => {
    const storage = createRulesStorage({
      local: new MemoryArea(),
      sync: new MemoryArea(),
      lock: memoryLock(),
      defaults: () => defaultRules('de'),
    });
    expect((await storage.loadRules()).goals[0]!.text).toBe('Persönliche Beziehungen aufbauen und pflegen');
    const english = createRulesStorage({ local: new MemoryArea(), sync: new MemoryArea(), lock: memoryLock() });
    expect((await english.loadRules()).goals[0]!.text).toBe('Build and strengthen personal relationships');
  });
});
