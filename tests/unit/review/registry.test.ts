// The review runs every check through the registry, the person's own ones too: a check added to
// OWN_CHECKS runs part by part, after the built-in ones, under the time budget, with no edit to review.ts.
import { describe, expect, test, vi } from 'vitest';
import type { OwnCheckDefinition } from '../../../lib/review/check';
import { contextAt } from '../../../lib/review/context';
import { defaultRules } from '../../../lib/settings/defaults';

const echo: OwnCheckDefinition = {
  id: 'pause',
  messages: { en: { title: 'Echo {n}' }, de: { title: 'Echo {n}' }, sv: { title: 'Eko {n}' } },
  parts: ({ draft }) =>
    ['one', 'two'].map((n) => ({
      id: `echo:${n}`,
      run: (t) => ({
        id: `echo:${n}`,
        status: 'warn',
        severity: 'warn',
        title: t('title', { n }),
        reason: draft.text,
        hint: '',
        evidence: [],
      }),
    })),
};

vi.mock('../../../lib/review/registry', async (original) => {
  const real = await original<typeof import('../../../lib/review/registry')>();
  return { ...real, OWN_CHECKS: [...real.OWN_CHECKS, echo] };
});

const { review } = await import('../../../lib/review/review');
const NOW = new Date(2026, 10, 24, 10, 0);
const draft = { network: 'x', kind: 'comment', text: 'Nice one.' } as const;

describe('OWN_CHECKS', () => {
  test('a check added there runs after the built-in ones, part by part, in the context’s language', () => {
    const r = review(draft, defaultRules(), contextAt(NOW, 'sv'));
    expect(r.checks.slice(-2).map((c) => [c.id, c.title, c.reason])).toEqual([
      ['echo:one', 'Eko one', 'Nice one.'],
      ['echo:two', 'Eko two', 'Nice one.'],
    ]);
    expect(r.verdict).not.toBe('ready');
  });

  test('not on an empty draft', () => {
    expect(review({ ...draft, text: '  ' }, defaultRules(), contextAt(NOW, 'en')).checks.map((c) => c.id)).not.toContain('echo:one');
  });

  test('the budget stops between its parts, and lists the rest as skipped', () => {
    // A clock that moves 1 ms a read: it is read once at the start and once before each check or part, so with
    // as many ms as the review has results, the last part is the one that finds the budget gone.
    const results = review(draft, defaultRules(), contextAt(NOW, 'en')).checks.length;
    let clock = 0;
    const r = review(draft, defaultRules(), { ...contextAt(NOW, 'en'), budget: { now: () => clock++, ms: results } });
    expect(r.checks.at(-1)!.id).toBe('echo:one');
    expect(r.skipped.filter((s) => s.why === 'over-budget')).toEqual([{ id: 'echo:two', why: 'over-budget' }]);
    expect(r.incomplete).toBe('budget');
  });
});
