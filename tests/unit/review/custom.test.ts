import { describe, expect, test } from 'vitest';
import { customChecks } from '../../../lib/review/checks/custom';
import { contextAt } from '../../../lib/review/context';
import type { NetworkId } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { CustomRule, Lang } from '../../../lib/settings/schema';
import { TUESDAY_10, draft, inputFor, reviewOf, slices } from './check-harness';

const rule = (r: Partial<CustomRule> & Pick<CustomRule, 'id' | 'pattern'>): CustomRule => ({
  enabled: true,
  mode: 'avoid',
  regex: false,
  networks: [],
  message: 'Say it plainly.',
  severity: 'warn',
  ...r,
});

function run(network: NetworkId, text: string, rules: CustomRule[], locale: Lang = 'en') {
  const r = defaultRules();
  r.custom = rules;
  return customChecks(inputFor(draft(network, text), { rules: r, context: contextAt(TUESDAY_10, locale) }));
}

describe('custom rules', () => {
  test.each([
    {
      name: 'avoid a phrase, found (any case, every occurrence)',
      network: 'linkedin',
      text: 'Synergy is overrated. Real synergy comes from small teams that trust each other.',
      rule: rule({ id: 'no-synergy', pattern: 'synergy' }),
      status: 'warn',
      found: ['Synergy', 'synergy'],
    },
    {
      name: 'avoid a phrase, absent',
      network: 'linkedin',
      text: 'Small teams that trust each other ship more. What made your best team work?',
      rule: rule({ id: 'no-synergy', pattern: 'synergy' }),
      status: 'pass',
      found: [],
    },
    {
      name: 'avoid with a trailing * (German word endings)',
      network: 'x',
      text: 'Wir sind super stolz auf das Team und die superschnelle Lieferung!',
      rule: rule({ id: 'kein-super', pattern: 'super*', severity: 'fail' }),
      status: 'fail',
      found: ['super', 'superschnelle'],
    },
    {
      name: 'require a hashtag, missing',
      network: 'x',
      text: 'Our partner @acme sent me their new headphones and they are great for calls.',
      rule: rule({ id: 'ad-label', pattern: '#ad', mode: 'require', message: 'Sponsored posts need the #ad label.', severity: 'fail' }),
      status: 'fail',
      found: [],
    },
    {
      name: 'require a hashtag, present',
      network: 'x',
      text: 'Our partner @acme sent me their new headphones and they are great for calls. #ad',
      rule: rule({ id: 'ad-label', pattern: '#ad', mode: 'require', message: 'Sponsored posts need the #ad label.', severity: 'fail' }),
      status: 'pass',
      found: ['#ad'],
    },
    {
      name: 'regex avoid (Swedish prices)',
      network: 'facebook',
      text: 'Loppis på lördag! Barnkläder från 20 kr, cyklar 350 kr och en soffa för 1 200 kr.',
      rule: rule({ id: 'inga-priser', pattern: '\\d[\\d ]*\\s?kr\\b', regex: true, message: 'Inga priser på Facebook.' }),
      status: 'warn',
      found: ['20 kr', '350 kr', '1 200 kr'],
    },
    {
      name: 'regex require, case-insensitive',
      network: 'linkedin',
      text: 'Drei Lektionen aus unserem Produktlaunch. Was würdet ihr ergänzen? – Anna, CEO',
      rule: rule({ id: 'signatur', pattern: '– anna', regex: true, mode: 'require', message: 'Immer mit Signatur.' }),
      status: 'pass',
      found: ['– Anna'],
    },
    {
      name: 'a regex that can only match nothing is never found',
      network: 'x',
      text: 'Nothing to see here, just a quiet Tuesday.',
      rule: rule({ id: 'empty', pattern: '(?:)', regex: true, mode: 'require', message: 'Require something.' }),
      status: 'warn',
      found: [],
    },
  ] as { name: string; network: NetworkId; text: string; rule: CustomRule; status: string; found: string[] }[])(
    '$name',
    ({ network, text, rule: r, status, found }) => {
      const [result, ...rest] = run(network, text, [r]);
      expect(rest).toEqual([]);
      expect(result!.id).toBe(`custom:${r.id}`);
      expect(result!.severity).toBe(r.severity);
      expect(result!.status).toBe(status);
      expect(slices(text, result!.evidence)).toEqual(found);
    },
  );

  test('reasons carry the person’s message and what was seen', () => {
    const [avoid] = run('linkedin', 'Real synergy comes from trust.', [
      rule({ id: 'no-synergy', pattern: 'synergy', message: 'Buzzwords lose readers.' }),
    ]);
    expect(avoid!.title).toBe('Your rule: “synergy”');
    expect(avoid!.reason).toBe('Buzzwords lose readers — found “synergy”.');
    expect(avoid!.hint).toBe('Remove or rephrase “synergy”.');
    const [require] = run('x', 'New headphones from @acme.', [
      rule({ id: 'ad', pattern: '#ad', mode: 'require', message: 'Label sponsored posts' }),
    ]);
    expect(require!.reason).toBe('Label sponsored posts — “#ad” is missing.');
    expect(require!.hint).toBe('Add “#ad”.');
  });

  test('localized titles and reasons', () => {
    const [de] = run('x', 'Das ist super.', [rule({ id: 'super', pattern: 'super', message: 'Nicht übertreiben.' })], 'de');
    expect(de!.title).toBe('Deine Regel: „super“');
    expect(de!.reason).toBe('Nicht übertreiben – gefunden: „super“.');
    const [sv] = run(
      'x',
      'Ingen hashtagg här.',
      [rule({ id: 'tagg', pattern: '#\\w+', regex: true, mode: 'require', message: 'Minst en hashtagg.' })],
      'sv',
    );
    expect(sv!.title).toBe('Din regel: /#\\w+/');
    expect(sv!.reason).toBe('Minst en hashtagg – /#\\w+/ saknas.');
    expect(sv!.hint).toBe('Lägg till text som matchar /#\\w+/.');
  });

  test('only enabled rules for this network run, in order', () => {
    const rules = [
      rule({ id: 'li-only', pattern: 'synergy', networks: ['linkedin'] }),
      rule({ id: 'off', pattern: 'synergy', enabled: false }),
      rule({ id: 'x-and-fb', pattern: 'synergy', networks: ['x', 'facebook'] }),
      rule({ id: 'all', pattern: 'synergy' }),
    ];
    expect(run('x', 'Synergy!', rules).map((r) => r.id)).toEqual(['custom:x-and-fb', 'custom:all']);
    expect(run('linkedin', 'Synergy!', rules).map((r) => r.id)).toEqual(['custom:li-only', 'custom:all']);
  });

  test('an invalid regular expression is reported, not thrown', () => {
    const [result] = run('x', 'Any draft at all.', [rule({ id: 'broken', pattern: '(unclosed', regex: true })]);
    expect(result!.status).toBe('warn');
    expect(result!.reason).toMatch(/^The pattern \/\(unclosed\/ can't be used: /);
    expect(result!.hint).toBe('Fix the pattern in the options.');
  });

  test('a pattern that matches everywhere stops at 200 marks', () => {
    const text = 'a'.repeat(1000);
    const [result] = run('facebook', text, [rule({ id: 'every-a', pattern: 'a', regex: true })]);
    expect(result!.evidence).toHaveLength(200);
  });
});

describe('custom rules through review()', () => {
  test('they follow the built-in checks and count toward the verdict', () => {
    const rules = defaultRules();
    rules.custom = [rule({ id: 'no-synergy', pattern: 'synergy', severity: 'fail', networks: ['linkedin'] })];
    const r = reviewOf(draft('linkedin', 'Synergy is overrated. What made your best team work? Tell me in the comments.'), { rules });
    expect(r.checks.at(-1)).toMatchObject({ id: 'custom:no-synergy', status: 'fail' });
    expect(r.verdict).toBe('fix');
  });

  test('a dismissed rule still shows but no longer counts', () => {
    const rules = defaultRules();
    rules.custom = [rule({ id: 'no-synergy', pattern: 'synergy', severity: 'fail' })];
    const context = contextAt(TUESDAY_10, 'en', { dismissed: ['custom:no-synergy'] });
    const r = reviewOf(draft('linkedin', 'Synergy is overrated. What made your best team work? Tell me in the comments.'), {
      rules,
      context,
    });
    expect(r.checks.find((c) => c.id === 'custom:no-synergy')).toMatchObject({ status: 'fail', dismissed: true });
    expect(r.verdict).not.toBe('fix');
  });
});

test('a rule edited in place is compiled again', () => {
  const r = rule({ id: 'word', pattern: 'synergy' });
  expect(run('x', 'Pure synergy.', [r])[0]!.status).toBe('warn');
  r.pattern = 'alignment';
  expect(run('x', 'Pure synergy.', [r])[0]!.status).toBe('pass');
});
