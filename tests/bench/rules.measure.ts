/**
 * What a change of rules costs the background: the rules arrive as data (a save in the options
 * page, an import), are validated (parseRulesStrict), and the next review() compiles what it
 * needs. Measured with the largest rules the schema allows (every phrase list as full as
 * `phraseLimits` allows, phrases of 80 characters, 50 pause entries of 50 topics, 50 custom rules):
 * - a new rules file: every list differs from anything compiled before (a marker per run);
 * - a change elsewhere (a purpose): every list is the same as before;
 * - one phrase added to one list.
 * Each run is a fresh rules object, as the background gets one from storage on every change, and
 * reviews one draft per network (X 280 characters, LinkedIn and Facebook 3,000), so every list is used.
 * Also an export of the widest allowed rules imported back (parse, validate), as context.
 *
 * Writes rows for scripts/bench.mjs to $POSTCHECK_BENCH_OUT, or prints them when run alone.
 */
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { contextAt } from '../../lib/review/context';
import { review } from '../../lib/review/review';
import { parseRulesStrict } from '../../lib/settings/parse';
import { LANGS, PHRASE_LISTS } from '../../lib/settings/schema';
import type { Rules } from '../../lib/settings/schema';
import { exportRules, importRules } from '../../lib/settings/transfer';
import { largestRules } from '../unit/settings/largest-rules';
import { draftText } from './drafts';

const RUNS = 15;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!,
  };
}

test('applying the largest allowed rules', () => {
  const base = largestRules();
  const now = new Date(2025, 0, 7, 10, 0);
  const context = contextAt(now, 'en', { recent: [] });
  // One draft per network, so every phrase list is used (fit-x, fit-linkedin, fit-facebook…).
  const drafts = [
    { network: 'x' as const, kind: 'post' as const, text: draftText('en', 280, 7) },
    { network: 'linkedin' as const, kind: 'post' as const, text: draftText('en', 3000, 11) },
    { network: 'facebook' as const, kind: 'post' as const, text: draftText('de', 3000, 13) },
  ];
  const apply = (data: unknown) => {
    const parsed = parseRulesStrict(data);
    if (!parsed.ok) throw new Error(`not valid: ${JSON.stringify(parsed.errors.slice(0, 2))}`);
    for (const draft of drafts) review(draft, parsed.rules, context);
  };
  /** `runs` copies of the rules as plain data (what storage hands over), each changed by `change`. */
  const variants = (runs: number, change: (rules: Rules, run: number) => void) =>
    Array.from({ length: runs }, (_, run) => {
      const rules = structuredClone(base);
      change(rules, run);
      return rules as unknown;
    });
  const time = (inputs: unknown[]) =>
    inputs.map((data) => {
      const start = performance.now();
      apply(data);
      return performance.now() - start;
    });

  // Warm the code (not the cache: the markers below are new in every run).
  time(variants(3, (r, run) => (r.phrases.en.cta.add[0] = `warm-up ${run}`)));

  const everyList = (r: Rules, run: number) => {
    for (const lang of LANGS) for (const list of PHRASE_LISTS) r.phrases[lang][list].add[0] = `new file ${run} ${lang} ${list}`;
    for (const entry of r.pause) entry.topics[0] = `new file ${run} ${entry.id}`;
  };
  const rows = [
    { case: 'new rules file: parse + first review() ×3', input: variants(RUNS, everyList), target: 200 },
    {
      case: 'purpose changed: parse + review() ×3',
      input: variants(RUNS, (r, run) => (r.networks.linkedin.purpose = `Purpose ${run}`)),
      target: 200,
    },
    {
      case: 'one phrase added: parse + review() ×3',
      input: variants(RUNS, (r, run) => (r.phrases.de.value.add[199] = `ein neuer Satz ${run}`)),
      target: 200,
    },
  ].map(({ case: name, input, target }) => ({
    case: name,
    input: 'largest allowed rules; X, LinkedIn, Facebook',
    ...stats(time(input)),
    target,
    unit: 'ms',
  }));

  const file = exportRules(largestRules({ widest: true }));
  const imports = Array.from({ length: 5 }, () => {
    const start = performance.now();
    if (!importRules(file).ok) throw new Error('the widest export did not import back');
    return performance.now() - start;
  });
  rows.push({
    case: 'import of the widest allowed export',
    input: `${(new TextEncoder().encode(file).length / 1e6).toFixed(1)} MB`,
    ...stats(imports),
    target: null as unknown as number,
    unit: 'ms',
  });

  if (process.env.POSTCHECK_BENCH_OUT) writeFileSync(process.env.POSTCHECK_BENCH_OUT, JSON.stringify(rows));
  else console.table(rows);
});
