/**
 * The work of `npm run eval` (scripts/eval.mjs starts it under vitest): reads the corpus named in
 * $POSTCHECK_EVAL_CORPUS, reviews every post with the default rules, and writes the printed report,
 * the figures below the floors in $POSTCHECK_EVAL_FLOORS and floors from this run to
 * $POSTCHECK_EVAL_OUT as JSON. Not a test: it asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { belowFloors, floorsFrom, formatReport, formatWorst, parseCorpus, reviewCorpus, score } from '../../lib/eval/score';
import type { Floors } from '../../lib/eval/score';
import { defaultRules } from '../../lib/settings/defaults';

test('eval', () => {
  const env = process.env;
  const corpus = env.POSTCHECK_EVAL_CORPUS!;
  const { posts, problems } = parseCorpus(readFileSync(corpus, 'utf8'));
  const report = score(reviewCorpus(posts, defaultRules()));
  const worst = Number(env.POSTCHECK_EVAL_WORST ?? 0);
  const floorsFile = env.POSTCHECK_EVAL_FLOORS;
  const floors = floorsFile && existsSync(floorsFile) ? (JSON.parse(readFileSync(floorsFile, 'utf8')) as { floors: Floors }).floors : null;
  const text = [...problems.map((p) => `${corpus}: ${p} (skipped)`), formatReport(report), worst > 0 ? formatWorst(report, worst) : '']
    .filter(Boolean)
    .join('\n\n');
  writeFileSync(
    env.POSTCHECK_EVAL_OUT!,
    JSON.stringify({ text, posts: posts.length, below: floors ? belowFloors(report, floors) : null, floors: floorsFrom(report) }),
  );
});
