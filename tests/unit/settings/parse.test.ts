import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultRules } from '../../../lib/settings/defaults';
import { formatRulesError, parseRulesStrict, readRulesLenient, repairRules } from '../../../lib/settings/parse';
import { RULES_VERSION, RulesSchema } from '../../../lib/settings/schema';
import type { CustomRule, Rules } from '../../../lib/settings/schema';

type Json = Record<string, any>;
const rules = (): Json => defaultRules();

const customRule = (over: Partial<CustomRule> = {}): CustomRule => ({
  id: 'no-synergy',
  enabled: true,
  mode: 'avoid',
  pattern: 'synergy',
  regex: false,
  networks: [],
  message: 'Say what actually happens.',
  severity: 'warn',
  ...over,
});

describe('defaults', () => {
  test('are valid rules', () => {
    expect(RulesSchema.safeParse(defaultRules()).success).toBe(true);
    expect(parseRulesStrict(defaultRules())).toEqual({ ok: true, rules: defaultRules() });
  });

  test('are a fresh copy each time', () => {
    const a = defaultRules();
    a.networks.x.limits.post = 1;
    expect(defaultRules().networks.x.limits.post).toBe(280);
  });
});

describe('parseRulesStrict', () => {
  const cases: Array<[string, (r: Json) => unknown, string]> = [
    ['empty purpose', (r) => ((r.networks.linkedin.purpose = '   '), r), 'networks.linkedin.purpose: must not be empty'],
    [
      'bad regex in a custom rule',
      (r) => ((r.custom = [customRule({ pattern: '(unclosed', regex: true })]), r),
      'custom[0].pattern: is not a valid regular expression (missing closing ): "(unclosed")',
    ],
    [
      'audience window ending before it starts',
      (r) => ((r.networks.x.audienceHours = [{ days: [1], from: '18:00', to: '09:00' }]), r),
      'networks.x.audienceHours[0].to: must end after it starts',
    ],
    [
      'duplicate custom rule ids',
      (r) => ((r.custom = [customRule(), customRule({ pattern: 'leverage' })]), r),
      'custom[1].id: "no-synergy" is used twice',
    ],
    ['duplicate goal ids', (r) => (r.goals.push({ ...r.goals[0], text: 'Again' }), r), 'goals[3].id: "relationships" is used twice'],
    [
      'unknown severity',
      (r) => ((r.networks.facebook.severity.cta = 'block'), r),
      'networks.facebook.severity.cta: must be one of "off", "warn", "fail" (got "block")',
    ],
    ['negative limit', (r) => ((r.networks.x.limits.post = -5), r), 'networks.x.limits.post: must be at least 1'],
    ['fractional limit', (r) => ((r.networks.x.hashtagLimit = 2.5), r), 'networks.x.hashtagLimit: must be a whole number (got 2.5)'],
    ['wrong version', (r) => ((r.version = 'two'), r), 'version: must be a whole number from 1 to 6 (got "two")'],
    [
      'version from the future',
      (r) => ((r.version = 7), r),
      'version: is 7, but this version of Postcheck reads rules up to version 6; update Postcheck to use them',
    ],
    ['a list instead of an object', () => [defaultRules()], 'Rules must be a JSON object (got a list)'],
    ['null', () => null, 'Rules must be a JSON object (got null)'],
    ['a string', () => 'rules', 'Rules must be a JSON object (got string)'],
    ['missing section', (r) => (delete r.thresholds, r), 'thresholds: is missing'],
    [
      'wrong type of field',
      (r) => ((r.networks.linkedin.enabled = 'yes'), r),
      'networks.linkedin.enabled: must be true or false (got "yes")',
    ],
    [
      'bad time',
      (r) => ((r.networks.linkedin.audienceHours[0].from = '7:30'), r),
      'networks.linkedin.audienceHours[0].from: must be a time as HH:MM (00:00 to 24:00)',
    ],
    [
      'no days in a window',
      (r) => ((r.networks.linkedin.audienceHours[0].days = []), r),
      'networks.linkedin.audienceHours[0].days: needs at least one day',
    ],
    [
      'bad id',
      (r) => ((r.custom = [customRule({ id: 'No Synergy' })]), r),
      'custom[0].id: must be 1–40 lowercase letters, digits or dashes, starting with a letter or digit',
    ],
    [
      'unknown network in a custom rule',
      (r) => ((r.custom = [customRule({ networks: ['mastodon' as never] })]), r),
      'custom[0].networks[0]: must be one of "x", "linkedin", "facebook" (got "mastodon")',
    ],
    ['phrase over two lines', (r) => ((r.phrases.de.cta.add = ['Link\nin Bio']), r), 'phrases.de.cta.add[0]: must be on one line'],
    [
      'goal signal over two lines',
      (r) => ((r.phrases.sv['goal-brand'].add = ['lärde\nmig']), r),
      'phrases.sv.goal-brand.add[0]: must be on one line',
    ],
    [
      'empty goal signal',
      (r) => ((r.phrases.en['goal-relationships'].remove = ['  ']), r),
      'phrases.en.goal-relationships.remove[0]: must not be empty',
    ],
    [
      'goal signal too long',
      (r) => ((r.phrases.de['goal-promote'].add = ['x'.repeat(81)]), r),
      'phrases.de.goal-promote.add[0]: must be at most 80 characters',
    ],
    [
      'more goal signals than a goal list takes',
      (r) => ((r.phrases.en['goal-brand'].add = Array.from({ length: 51 }, (_, i) => `lesson ${i}`)), r),
      'phrases.en.goal-brand.add: must have at most 50 entries',
    ],
    ['goal signal list missing', (r) => (delete r.phrases.en['goal-promote'], r), 'phrases.en.goal-promote: is missing'],
    [
      'unknown goal severity',
      (r) => ((r.networks.linkedin.severity.goal = 'hint'), r),
      'networks.linkedin.severity.goal: must be one of "off", "warn", "fail" (got "hint")',
    ],
    ['similarity out of range', (r) => ((r.thresholds.crosspostSimilarity = 1.5), r), 'thresholds.crosspostSimilarity: must be at most 1'],
    ['no repost starters', (r) => ((r.repost.starters.sv = []), r), 'repost.starters.sv: needs at least one starter'],
    [
      'pause ending before it starts',
      (r) => ((r.pause = [{ id: 'vacation', label: 'Vacation', from: '2025-07-20', to: '2025-07-01', topics: [] }]), r),
      'pause[0].to: must not be before the start date',
    ],
    [
      'malformed pause date',
      (r) => ((r.pause = [{ id: 'vacation', label: 'Vacation', from: '2025-7-1', to: '2025-06-30', topics: [] }]), r),
      'pause[0].from: must be a date as YYYY-MM-DD',
    ],
    [
      'a date that does not exist',
      (r) => ((r.pause = [{ id: 'vacation', label: 'Vacation', from: '2025-02-30', to: null, topics: [] }]), r),
      'pause[0].from: is not a real date',
    ],
    [
      'pause with neither dates nor topics',
      (r) => ((r.pause = [{ id: 'vacation', label: 'Vacation', from: null, to: null, topics: [] }]), r),
      'pause[0].topics: needs a date range or at least one topic',
    ],
    ['unknown post gate', (r) => ((r.postGate = 'block'), r), 'postGate: must be one of "off", "nudge" (got "block")'],
    ['quiet after no shares', (r) => ((r.nudges.quietAfter = 0), r), 'nudges.quietAfter: must be at least 1'],
    ['quiet for a year', (r) => ((r.nudges.quietDays = 365), r), 'nudges.quietDays: must be at most 90'],
    ['offer after no dismissals', (r) => ((r.nudges.dismissAfter = 0), r), 'nudges.dismissAfter: must be at least 1'],
    ['gate rests after 2.5 posts', (r) => ((r.nudges.gateRestsAfter = 2.5), r), 'nudges.gateRestsAfter: must be a whole number (got 2.5)'],
    ['purpose too long', (r) => ((r.networks.x.purpose = 'a'.repeat(501)), r), 'networks.x.purpose: must be at most 500 characters'],
  ];

  test.each(cases)('%s', (_, breakRules, expected) => {
    const result = parseRulesStrict(breakRules(rules()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(formatRulesError)).toEqual([expected]);
  });

  test('reports every problem at once, each with its path', () => {
    const r = rules();
    r.networks.x.purpose = '';
    r.networks.linkedin.limits.comment = 0;
    r.thresholds.crosspostDays = 'two weeks';
    const result = parseRulesStrict(r);
    expect(!result.ok && result.errors).toEqual([
      { path: 'networks.x.purpose', message: 'must not be empty' },
      { path: 'networks.linkedin.limits.comment', message: 'must be at least 1' },
      { path: 'thresholds.crosspostDays', message: 'must be a number (got "two weeks")' },
    ]);
  });

  test('trims text fields and leaves out unknown fields', () => {
    const r = rules();
    r.networks.x.purpose = '  Public posts  ';
    r.theme = 'dark';
    const result = parseRulesStrict(r);
    expect(result.ok && result.rules.networks.x.purpose).toBe('Public posts');
    expect(result.ok && result.rules).not.toHaveProperty('theme');
  });
});

describe('readRulesLenient', () => {
  test('reads nothing stored as the defaults', () => {
    expect(readRulesLenient(undefined)).toEqual(defaultRules());
    expect(readRulesLenient(null)).toEqual(defaultRules());
  });

  test('keeps valid rules exactly', () => {
    const r = rules() as Rules;
    r.networks.x.hashtagLimit = 0;
    r.custom = [customRule()];
    expect(readRulesLenient(r)).toEqual(r);
  });

  test('replaces only the broken parts of a partly broken object', () => {
    const r = rules();
    r.networks.x.purpose = 'Only public posts worth a reply';
    r.networks.x.limits.post = 'lots'; // broken field
    r.networks.linkedin.severity = 'strict'; // broken sub-section
    r.networks.linkedin.hashtagLimit = 1;
    r.thresholds = null; // broken section
    r.custom = [
      customRule(),
      customRule({ id: 'bad-regex', pattern: '[', regex: true }),
      customRule({ id: 'require-link', mode: 'require', pattern: 'https://' }),
    ];
    r.phrases.en.cta.add = ['DM me', '', 'book a call'];
    r.postGate = 'nudge';

    const { rules: read, problems } = repairRules(r);
    const defaults = defaultRules();

    expect(read.networks.x.purpose).toBe('Only public posts worth a reply');
    expect(read.networks.x.limits).toEqual(defaults.networks.x.limits);
    expect(read.networks.linkedin.severity).toEqual(defaults.networks.linkedin.severity);
    expect(read.networks.linkedin.hashtagLimit).toBe(1);
    expect(read.thresholds).toEqual(defaults.thresholds);
    // A pattern no engine reads is kept, switched off: the person can still see and rewrite it.
    expect(read.custom.map((c) => [c.id, c.enabled])).toEqual([
      ['no-synergy', true],
      ['bad-regex', false],
      ['require-link', true],
    ]);
    expect(read.phrases.en.cta.add).toEqual(['DM me', 'book a call']);
    expect(read.postGate).toBe('nudge');
    expect(RulesSchema.safeParse(read).success).toBe(true);

    expect(problems.map((p) => p.path)).toEqual([
      'custom[1].enabled',
      'networks.x.limits.post',
      'networks.linkedin.severity',
      'phrases.en.cta.add[1]',
      'thresholds',
    ]);
  });

  test('a part whose own check fails after repair falls back whole', () => {
    const r = rules();
    r.repost.starters.en = ['', ' '];
    r.repost.mode.x = 'always-quote';
    const read = readRulesLenient(r);
    expect(read.repost.starters.en).toEqual(defaultRules().repost.starters.en);
    expect(read.repost.mode.x).toBe('always-quote');
  });

  test('drops later duplicates of an id and keeps the first', () => {
    const r = rules();
    r.custom = [customRule({ message: 'first' }), customRule({ message: 'second' })];
    const { rules: read, problems } = repairRules(r);
    expect(read.custom).toEqual([customRule({ message: 'first' })]);
    expect(problems).toEqual([{ path: 'custom[1].id', message: '"no-synergy" is used twice' }]);
  });

  test('keeps a stored rule whose pattern RE2 cannot read, switched off, and says why', () => {
    const r = rules();
    const lookBehind = customRule({ id: 'price', pattern: '(?<=€)\\d+', regex: true });
    r.custom = [lookBehind, customRule()];
    const { rules: read, problems } = repairRules(r);
    expect(read.custom).toEqual([{ ...lookBehind, enabled: false }, customRule()]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('custom[0].enabled');
    expect(problems[0]!.message).toMatch(/^was switched off: its pattern is not a valid regular expression \(.*look-behind/);
    // Saved again as it is, nothing is lost; switched on, it is refused with the reason.
    expect(parseRulesStrict(read).ok).toBe(true);
    const on = parseRulesStrict({ ...read, custom: [lookBehind] });
    expect(on.ok ? [] : on.errors.map((e) => e.path)).toEqual(['custom[0].pattern']);
  });

  test('switches off, in order, the stored patterns that take all of them past their joint limit', () => {
    const r = rules();
    r.custom = Array.from({ length: 8 }, (_, i) => customRule({ id: `costly-${i}`, pattern: `[^z]{130}${i}`, regex: true }));
    const { rules: read, problems } = repairRules(r);
    const on = read.custom.filter((c) => c.enabled).length;
    expect(on).toBeGreaterThan(0);
    expect(on).toBeLessThan(8);
    expect(read.custom.map((c) => c.enabled)).toEqual(Array.from({ length: 8 }, (_, i) => i < on));
    expect(problems.map((p) => p.path)).toEqual(Array.from({ length: 8 - on }, (_, k) => `custom[${on + k}].enabled`));
    expect(problems[0]!.message).toMatch(/^was switched off: it was one regular expression too many/);
    expect(parseRulesStrict(read).ok).toBe(true);
  });

  test('a sparse list of custom rules is read without throwing', () => {
    const r = rules();
    r.custom = [];
    r.custom[1] = customRule({ pattern: 'x*', regex: true });
    const { rules: read } = repairRules(r);
    expect(read.custom).toEqual([customRule({ pattern: 'x*', regex: true, enabled: false })]);
  });

  test('migrates older rules before repairing them', () => {
    const { version: _, ...v1Like }: Json = rules();
    const v1 = {
      ...v1Like,
      phrases: { cta: ['DM me'], value: 7, promotion: [] },
      repost: { ...v1Like.repost, mode: 'off' },
      networks: Object.fromEntries(Object.entries(v1Like.networks as Json).map(([id, n]) => [id, { ...n, ctaRequired: id === 'x' }])),
    };
    const read = readRulesLenient(v1);
    expect(read.phrases.en.cta.add).toEqual(['DM me']);
    expect(read.phrases.en.value).toEqual({ add: [], remove: [] });
    expect(read.repost.mode).toEqual({ x: 'off', linkedin: 'off', facebook: 'off' });
    expect(read.networks.x.severity.cta).toBe('fail');
    expect(read.networks.facebook.severity.cta).toBe('warn');
  });

  test('keeps what it understands of rules from a newer version', () => {
    const r = rules();
    r.version = RULES_VERSION + 1;
    r.networks.x.hashtagLimit = 0;
    r.postGate = { mode: 'block' };
    const { rules: read, problems } = repairRules(r);
    expect(read.version).toBe(RULES_VERSION);
    expect(read.networks.x.hashtagLimit).toBe(0);
    expect(read.postGate).toBe('off');
    expect(problems.map((p) => p.path)).toEqual(['version', 'postGate']);
  });

  test('reads anything that is not an object as the defaults', () => {
    expect(readRulesLenient('rules')).toEqual(defaultRules());
    expect(readRulesLenient([1, 2])).toEqual(defaultRules());
  });

  test('never throws, and always gives valid rules', () => {
    // Random values dropped into random places of valid rules, and random values alone.
    const paths = [
      '',
      'networks',
      'networks.x',
      'networks.x.limits',
      'networks.x.audienceHours',
      'phrases.en',
      'phrases.en.cta',
      'custom',
      'repost',
      'repost.mode',
      'goals',
      'pause',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ maxLength: 12 }), fc.anything(), (path, key, value) => {
        const r = rules();
        const parent = path ? path.split('.').reduce((o: Json, k) => o[k], r) : r;
        // A list's length takes only a whole number: setting it to anything else throws here, in the test.
        fc.pre(!(Array.isArray(parent) && key === 'length'));
        parent[key] = value;
        const read = readRulesLenient(r);
        expect(RulesSchema.safeParse(read).success).toBe(true);
        expect(RulesSchema.safeParse(readRulesLenient(value)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
