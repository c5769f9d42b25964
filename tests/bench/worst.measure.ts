/**
 * The worst case of `review()`: every adversarial input of the hang test (long digit runs after
 * "+1", "001" and "0", nested-repetition bait, "#a @b " and "a.a.a…" chains…) on every network,
 * with the default rules and with the largest rules the schema allows (50 custom rules led by
 * patterns that backtrack catastrophically elsewhere, every phrase list as full as allowed in every
 * language, 50 pause entries of 50 topics), and with the costliest custom patterns the schema
 * accepts. Every review runs with the background's time budget, as the person gets it: the costliest
 * rules reach it and stop there. One row per rules and length: the slowest input's
 * median and p99, named in the row. The rules object stays the same between calls, as between
 * keystrokes; each call's text differs in its last character, as typing does.
 *
 * Writes rows for scripts/bench.mjs to $POSTCHECK_BENCH_OUT, or prints them when run alone.
 */
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { contextAt } from '../../lib/review/context';
import { review } from '../../lib/review/review';
import type { NetworkId } from '../../lib/review/types';
import { defaultRules } from '../../lib/settings/defaults';
import type { Rules } from '../../lib/settings/schema';
import { adversarialInputs, costliestRules, largestRules } from '../unit/robustness/adversarial';
import { REVIEW_BUDGET_MS } from '../../lib/background/budget';

const NETWORKS: NetworkId[] = ['x', 'linkedin', 'facebook'];
const LENGTHS = [
  { chars: 3_000, target: 50, runs: 15 },
  { chars: 60_000, target: 300, runs: 5 },
];

function timings(rules: Rules, network: NetworkId, text: string, runs: number): number[] {
  // The budget the background gives every review: the costliest accepted rules reach it.
  const context = { ...contextAt(new Date(2025, 0, 7, 10, 0), 'en'), budget: { now: () => performance.now(), ms: REVIEW_BUDGET_MS } };
  const keys = 'abcdefghijklmnopqrstuvwxyz';
  review({ network, kind: 'post', text }, rules, context); // warm-up: compiles the rules' patterns once
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const draft = { network, kind: 'post' as const, text: text.slice(0, -1) + keys[i % keys.length] };
    const started = performance.now();
    review(draft, rules, context);
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

test('review() worst case on adversarial inputs', () => {
  const rows = [];
  for (const [name, rules] of [
    ['default rules', defaultRules()],
    ['largest rules, known-bad patterns', largestRules()],
    ['costliest patterns the schema accepts', costliestRules()],
  ] as const) {
    for (const { chars, target, runs } of LENGTHS) {
      let worst = { median: 0, p99: 0, what: '' };
      for (const input of adversarialInputs(chars)) {
        for (const network of NETWORKS) {
          const t = timings(rules, network, input.text, runs);
          const median = at(t, 0.5);
          if (median > worst.median) worst = { median, p99: at(t, 0.99), what: `${input.name}, ${network}` };
        }
      }
      rows.push({
        case: `worst case, ${name}`,
        input: `${chars.toLocaleString('en')} chars (${worst.what})`,
        median: worst.median,
        p99: worst.p99,
        target,
        unit: 'ms',
      });
    }
  }
  if (process.env.POSTCHECK_BENCH_OUT) writeFileSync(process.env.POSTCHECK_BENCH_OUT, JSON.stringify(rows));
  else console.table(rows);
});
