import { describe, expect, test } from 'vitest';
import v1Snapshot from './fixtures/rules-v1.json';
import { MIGRATIONS, migrateRules } from '../../../lib/settings/migrations';
import { parseRulesStrict, readRulesLenient } from '../../../lib/settings/parse';
import { defaultRules } from '../../../lib/settings/defaults';
import { NETWORKS, PHRASE_LISTS, RULES_VERSION } from '../../../lib/settings/schema';
import type { Rules } from '../../../lib/settings/schema';

type Json = Record<string, any>;
const v1 = (): Json => structuredClone(v1Snapshot) as Json;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function migrateV1(input: Json = v1()): Rules {
  const result = parseRulesStrict(input);
  if (!result.ok) throw new Error(`v1 snapshot did not migrate: ${JSON.stringify(result.errors)}`);
  return result.rules;
}

describe('migration chain', () => {
  test('has a step from every older version', () => {
    for (let v = 1; v < RULES_VERSION; v++) expect(MIGRATIONS[v], `step from v${v}`).toBeTypeOf('function');
  });

  test('leaves current rules as they are', () => {
    const rules = defaultRules();
    const result = migrateRules(rules);
    expect(result).toMatchObject({ ok: true, from: RULES_VERSION });
    expect(result.ok && result.rules).toEqual(defaultRules());
  });

  test.each([
    [7, 'newer', /is 7, but this version of Postcheck reads rules up to version 6/],
    [0, 'bad-version', /must be a whole number from 1 to 6 \(got 0\)/],
    [1.5, 'bad-version', /got 1.5/],
    ['2', 'bad-version', /got "2"/],
  ])('refuses version %j', (version, reason, message) => {
    const result = migrateRules({ ...v1(), version });
    expect(result).toMatchObject({ ok: false, reason, path: 'version' });
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('v1 → v2 against a stored v1 snapshot', () => {
  test('gives valid current rules', () => {
    expect(migrateV1().version).toBe(RULES_VERSION);
  });

  test('turns ctaRequired into severity.cta and drops it', () => {
    const rules = migrateV1();
    expect(rules.networks.x.severity.cta).toBe('fail');
    expect(rules.networks.linkedin.severity.cta).toBe('fail');
    expect(rules.networks.facebook.severity.cta).toBe('warn');
    for (const id of NETWORKS) expect(rules.networks[id]).not.toHaveProperty('ctaRequired');
  });

  test('keeps the other severities, limits, hours and purposes as stored', () => {
    const rules = migrateV1();
    const before = v1().networks;
    for (const id of NETWORKS) {
      const { ctaRequired: _, severity, ...rest } = before[id];
      expect(rules.networks[id]).toMatchObject(rest);
      // (goal: added by v3 → v4)
      expect(rules.networks[id].severity).toEqual({ ...severity, cta: rules.networks[id].severity.cta, goal: 'off' });
    }
  });

  test('moves the added English phrases into edits and leaves the rest empty', () => {
    const rules = migrateV1();
    const stored = v1().phrases;
    expect(rules.phrases.en.cta).toEqual({ add: stored.cta, remove: [] });
    expect(rules.phrases.en.value).toEqual({ add: stored.value, remove: [] });
    expect(rules.phrases.en.promotion).toEqual({ add: stored.promotion, remove: [] });
    for (const list of ['token', 'fit-facebook', 'fit-linkedin', 'fit-x'] as const)
      expect(rules.phrases.en[list]).toEqual({ add: [], remove: [] });
    for (const lang of ['de', 'sv'] as const)
      for (const list of PHRASE_LISTS) expect(rules.phrases[lang][list]).toEqual({ add: [], remove: [] });
  });

  test('spreads the one repost mode over every network', () => {
    expect(migrateV1().repost.mode).toEqual({ x: 'always-quote', linkedin: 'always-quote', facebook: 'always-quote' });
    expect(migrateV1().repost.starters).toEqual(v1().repost.starters);
  });

  test('fills the fields v1 did not have with the v2 values', () => {
    const rules = migrateV1();
    expect(rules.thresholds).toEqual({ valueMinWords: 5, shareCommentMinWords: 4, crosspostSimilarity: 0.8, crosspostDays: 14 });
    expect(rules.pause).toEqual([]);
    expect(rules.postGate).toBe('off');
    expect(rules.ctaTemplates.en).toHaveLength(3);
    expect(rules.ctaTemplates.de[0]).toBe('Was meint ihr? Schreibt es in die Kommentare.');
  });

  test('carries goals and custom rules over unchanged', () => {
    const rules = migrateV1();
    expect(rules.goals).toEqual(v1().goals);
    expect(rules.custom).toEqual(v1().custom);
  });

  test('does not touch its input', () => {
    const input = deepFreeze(v1());
    const result = migrateRules(input);
    expect(result.ok).toBe(true);
    expect(input).toEqual(v1Snapshot);
  });

  test('reads an object with no version as v1', () => {
    const { version: _, ...unversioned } = v1();
    expect(migrateRules(unversioned)).toMatchObject({ ok: true, from: 1 });
    expect(migrateV1(unversioned)).toEqual(migrateV1());
  });

  test('tolerates unknown extra fields, which parsing then leaves out', () => {
    const input = v1();
    input.lastTab = 'networks';
    input.networks.x.experimental = { threads: true };
    input.phrases.emoji = ['🚀'];
    const rules = migrateV1(input);
    expect(rules).toEqual(migrateV1());
    expect(rules).not.toHaveProperty('lastTab');
  });

  test('a broken v1 field is reported at its v2 path', () => {
    const input = v1();
    delete input.networks.linkedin.ctaRequired;
    input.phrases.cta = 'DM me';
    const result = parseRulesStrict(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { path: 'networks.linkedin.severity.cta', message: 'is missing' },
      { path: 'phrases.en.cta.add', message: 'must be a list (got "DM me")' },
    ]);
  });

  test('lenient reading of the snapshot gives the same rules as strict parsing', () => {
    expect(readRulesLenient(v1())).toEqual(migrateV1());
  });
});

describe('v2 → v3: the default hashtag limits', () => {
  /** Current rules as version 2 stored them: the same shape, version 2's limits. */
  const v2 = (limits: { x: number; linkedin: number; facebook: number }): Json => {
    const rules: Json = structuredClone(defaultRules());
    rules.version = 2;
    for (const id of NETWORKS) rules.networks[id].hashtagLimit = limits[id];
    return rules;
  };

  test('a limit still at version 2’s default moves to the new one', () => {
    const rules = migrateV1(v2({ x: 2, linkedin: 5, facebook: 3 }));
    expect(rules.version).toBe(RULES_VERSION);
    expect(NETWORKS.map((id) => rules.networks[id].hashtagLimit)).toEqual([5, 7, 3]);
    expect(rules).toEqual(defaultRules());
  });

  test('a limit the person chose stays', () => {
    const rules = migrateV1(v2({ x: 0, linkedin: 3, facebook: 2 }));
    expect(NETWORKS.map((id) => rules.networks[id].hashtagLimit)).toEqual([0, 3, 2]);
  });

  test('only the limits change, and the input is not touched', () => {
    const input = deepFreeze(v2({ x: 2, linkedin: 30, facebook: 3 }));
    const result = migrateRules(input);
    expect(result).toMatchObject({ ok: true, from: 2 });
    const expected: Json = structuredClone(input);
    // (v3 → v4 adds nothing: these rules, made from the current defaults, already hold what it adds)
    expected.version = RULES_VERSION;
    expected.networks.x.hashtagLimit = 5;
    expect(result.ok && result.rules).toEqual(expected);
    expect(input.networks.x.hashtagLimit).toBe(2);
  });

  test('a broken network is carried over for validation to name', () => {
    const input = v2({ x: 2, linkedin: 5, facebook: 3 });
    input.networks.linkedin = 'oops';
    const result = migrateRules(input);
    expect(result.ok && (result.rules as Json).networks).toMatchObject({ x: { hashtagLimit: 5 }, linkedin: 'oops' });
  });
});

describe('v3 → v4: the goal check', () => {
  const GOAL_LISTS = ['goal-relationships', 'goal-promote', 'goal-brand'] as const;
  /** Current rules as version 3 stored them: no goal severity, no goal signal lists. */
  const v3 = (): Json => {
    const rules: Json = structuredClone(defaultRules());
    rules.version = 3;
    for (const id of NETWORKS) delete rules.networks[id].severity.goal;
    for (const lang of Object.keys(rules.phrases)) for (const list of GOAL_LISTS) delete rules.phrases[lang][list];
    return rules;
  };

  test('every network gets the goal check, asking only, and every language empty goal signal edits', () => {
    const input = deepFreeze(v3());
    const result = migrateRules(input);
    expect(result).toMatchObject({ ok: true, from: 3 });
    expect(result.ok && result.rules).toEqual(defaultRules());
    expect(NETWORKS.map((id) => input.networks[id].severity.goal)).toEqual([undefined, undefined, undefined]);
  });

  test('keeps the person’s other severities and phrase edits', () => {
    const input = v3();
    input.networks.linkedin.severity.cta = 'off';
    input.phrases.de.value = { add: ['Erkenntnis'], remove: [] };
    const rules = migrateV1(input);
    expect(rules.networks.linkedin.severity).toMatchObject({ cta: 'off', goal: 'off' });
    expect(rules.phrases.de.value.add).toEqual(['Erkenntnis']);
    expect(rules.phrases.de['goal-brand']).toEqual({ add: [], remove: [] });
    expect(PHRASE_LISTS.every((list) => list in rules.phrases.sv)).toBe(true);
  });

  test('a broken severity or language is carried over for validation to name', () => {
    const input = v3();
    input.networks.x.severity = 'strict';
    input.phrases.sv = 7;
    const result = migrateRules(input);
    expect(result.ok && (result.rules as Json).networks.x.severity).toBe('strict');
    expect(result.ok && (result.rules as Json).phrases.sv).toBe(7);
    expect(result.ok && (result.rules as Json).phrases.en['goal-promote']).toEqual({ add: [], remove: [] });
  });
});

describe('v4 → v5: the nudges that back off', () => {
  /** Current rules as version 4 stored them: no nudge thresholds. */
  const v4 = (): Json => {
    const rules: Json = structuredClone(defaultRules());
    rules.version = 4;
    delete rules.nudges;
    return rules;
  };

  test('the thresholds arrive at their defaults (N 5, 14 days, K 3, M 5), the rest untouched', () => {
    const input = deepFreeze(v4());
    const result = migrateRules(input);
    expect(result).toMatchObject({ ok: true, from: 4 });
    expect(result.ok && result.rules).toEqual(defaultRules());
    expect(result.ok && (result.rules as Json).nudges).toEqual({ quietAfter: 5, quietDays: 14, gateRestsAfter: 3, dismissAfter: 5 });
    expect(input.nudges).toBeUndefined();
  });

  test('thresholds already there are kept for validation to judge', () => {
    const input = v4();
    input.nudges = { quietAfter: 'many' };
    const result = migrateRules(input);
    expect(result.ok && (result.rules as Json).nudges).toEqual({ quietAfter: 'many' });
  });
});

describe('v5 → v6: the reply starters', () => {
  /** Current rules as version 5 stored them: no reply starters. */
  const v5 = (): Json => {
    const rules: Json = structuredClone(defaultRules());
    rules.version = 5;
    delete rules.repost.replyStarters;
    return rules;
  };

  test('every language gets version 6’s reply starters, the quote starters and the rest untouched', () => {
    const input = deepFreeze(v5());
    const result = migrateRules(input);
    expect(result).toMatchObject({ ok: true, from: 5 });
    expect(result.ok && result.rules).toEqual(defaultRules());
    expect(result.ok && (result.rules as Json).repost.replyStarters.de[0]).toBe('Mir gefällt das, weil …');
    expect(input.repost.replyStarters).toBeUndefined();
  });

  test('a person’s quote starters stay theirs; reply starters already there, or a broken repost, are carried for validation', () => {
    const mine = v5();
    mine.repost.starters.en = ['My own: …'];
    const kept = migrateRules(mine);
    expect(kept.ok && (kept.rules as Json).repost.starters.en).toEqual(['My own: …']);

    const there = v5();
    there.repost.replyStarters = { en: [] };
    const carried = migrateRules(there);
    expect(carried.ok && (carried.rules as Json).repost.replyStarters).toEqual({ en: [] });
    expect(carried.ok && parseRulesStrict(carried.rules).ok).toBe(false);

    const broken = v5();
    broken.repost = 'oops';
    const result = migrateRules(broken);
    expect(result.ok && (result.rules as Json).repost).toBe('oops');
  });
});
