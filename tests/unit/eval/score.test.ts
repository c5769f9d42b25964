// The scoring of `npm run eval`, on a tiny corpus written here (no real posts in the repository).
import { describe, expect, test } from 'vitest';
import {
  belowFloors,
  evalContext,
  figures,
  floorsFrom,
  formatReport,
  formatWorst,
  outcomesOf,
  parseCorpus,
  reviewCorpus,
  score,
} from '../../../lib/eval/score';
import type { EvalCheck, Label, LabelledPost, Outcome, Reviewed } from '../../../lib/eval/score';
import type { CheckResult, CheckStatus, Review, Verdict } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import type { Lang, NetworkId, Severity } from '../../../lib/settings/schema';

let serial = 0;
function post(
  lang: Lang,
  network: NetworkId,
  labels: Partial<Record<EvalCheck, Label>>,
  text = 'A post.',
  kind: LabelledPost['kind'] = 'post',
): LabelledPost {
  return {
    id: `${lang}-${network}-${++serial}`,
    lang,
    network,
    kind,
    text,
    labels,
    reasons: Object.fromEntries(Object.keys(labels).map((k) => [k, `reader on ${k}`])),
  };
}
function outcome(p: LabelledPost, check: EvalCheck, status: CheckStatus, severity: Severity = 'warn'): Outcome {
  return { post: p, check, label: p.labels[check] as 'y' | 'n', status, severity, reason: `engine on ${check}` };
}
const reviewed = (p: LabelledPost, verdict: Verdict, ...outcomes: Outcome[]): Reviewed => ({ post: p, verdict, outcomes });

describe('parseCorpus', () => {
  test('reads JSON Lines, skips blank lines, reports unusable lines by number', () => {
    const good = {
      id: 'en-x-1',
      lang: 'en',
      network: 'x',
      kind: 'post',
      text: 'Hi',
      labels: { value: 'y', cta: 'n', fit: 'u' },
      reasons: { value: 'says hi' },
    };
    const text = [
      JSON.stringify(good),
      '',
      '{"id": broken',
      JSON.stringify({ ...good, id: 'en-x-2', lang: 'fr' }),
      JSON.stringify({ ...good, id: 'en-x-3', labels: { value: 'maybe', privacy: 'y' } }),
      JSON.stringify({ ...good, id: 'en-x-4', kind: 'story', text: 5 }),
    ].join('\n');
    const { posts, problems } = parseCorpus(text);
    expect(posts.map((p) => p.id)).toEqual(['en-x-1', 'en-x-3']);
    expect(posts[0]).toMatchObject({ labels: { value: 'y', cta: 'n', fit: 'u' }, reasons: { value: 'says hi' } });
    expect(posts[1]!.labels).toEqual({ privacy: 'y' });
    expect(problems).toEqual([
      expect.stringMatching(/^line 3: not JSON/),
      'line 4: missing or unknown lang',
      'line 5: label value is "maybe", not y, n or u',
      'line 6: missing or unknown kind, text',
    ]);
  });
});

describe('outcomesOf', () => {
  const check = (id: string, status: CheckStatus, severity: Severity): CheckResult => ({
    id,
    status,
    severity,
    title: id,
    reason: `${id} said so`,
    hint: '',
    evidence: [],
  });
  test('counts y and n labels of checks that ran and are not off; leaves out u, unlabelled, skipped and off', () => {
    const p = post('en', 'facebook', { value: 'y', cta: 'n', fit: 'u', crosspost: 'n', privacy: 'y' });
    const result: Review = {
      verdict: 'consider',
      checks: [
        check('value', 'warn', 'warn'),
        check('cta', 'pass', 'off'),
        check('fit', 'warn', 'warn'),
        check('privacy', 'pass', 'warn'),
        check('share-comment', 'warn', 'fail'),
      ],
      skipped: [{ id: 'crosspost', why: 'not-applicable' }],
      length: null as never,
      language: 'en',
    };
    expect(outcomesOf(p, result)).toEqual([
      { post: p, check: 'value', label: 'y', status: 'warn', severity: 'warn', reason: 'value said so' },
      { post: p, check: 'privacy', label: 'y', status: 'pass', severity: 'warn', reason: 'privacy said so' },
    ]);
  });
});

describe('score', () => {
  // value: en 3 posts (y pass, y warn = false alarm, n pass = miss), de 1 (n fail = caught);
  // cta: en 1 (n warn = caught), labelled on a de post where it did not run.
  const a = post('en', 'x', { value: 'y', cta: 'n' });
  const b = post('en', 'linkedin', { value: 'y' });
  const c = post('en', 'x', { value: 'n' });
  const d = post('de', 'facebook', { value: 'n', cta: 'y' });
  const corpus = [
    reviewed(a, 'consider', outcome(a, 'value', 'pass'), outcome(a, 'cta', 'warn')),
    reviewed(b, 'fix', outcome(b, 'value', 'fail', 'fail')),
    reviewed(c, 'ready', outcome(c, 'value', 'pass', 'fail')),
    reviewed(d, 'fix', outcome(d, 'value', 'fail', 'fail')),
  ];
  const report = score(corpus);

  test('per check and language, and all together: agreement, false alarms of y, misses of n', () => {
    expect(report.table.value?.en).toEqual({
      n: 3,
      yes: 2,
      no: 1,
      agree: 1,
      falseAlarms: 1,
      misses: 1,
      agreement: 1 / 3,
      falseAlarmRate: 0.5,
      missRate: 1,
    });
    expect(report.table.value?.de).toEqual({
      n: 1,
      yes: 0,
      no: 1,
      agree: 1,
      falseAlarms: 0,
      misses: 0,
      agreement: 1,
      falseAlarmRate: null,
      missRate: 0,
    });
    expect(report.table.value?.all).toMatchObject({ n: 4, agree: 2, agreement: 0.5, falseAlarmRate: 0.5, missRate: 0.5 });
    expect(report.table.value?.sv).toBeUndefined();
    expect(report.table.cta).toEqual({ en: figures([outcome(a, 'cta', 'warn')]), all: figures([outcome(a, 'cta', 'warn')]) });
    expect(report.table.fit).toBeUndefined();
  });

  test('labelled posts a check did not count are reported as not run', () => {
    expect(report.notRun).toEqual({ cta: 1 });
  });

  test('the verdict mix per network', () => {
    expect(report.verdicts).toEqual({
      x: { ready: 1, consider: 1, fix: 0 },
      linkedin: { ready: 0, consider: 0, fix: 1 },
      facebook: { ready: 0, consider: 0, fix: 1 },
    });
  });

  test('disagreements, worst first: a failure on a fine post, a miss of a failing check, then warnings', () => {
    const e = post('sv', 'x', { value: 'y', fit: 'n' });
    const more = score([...corpus, reviewed(e, 'consider', outcome(e, 'value', 'warn'), outcome(e, 'fit', 'pass'))]);
    expect(more.disagreements.map((o) => `${o.post.id} ${o.check} ${o.status}`)).toEqual([
      `${b.id} value fail`,
      `${c.id} value pass`,
      `${e.id} value warn`,
      `${e.id} fit pass`,
    ]);
  });

  test('the printed table and the worst disagreements', () => {
    const text = formatReport(report);
    expect(text).toContain('| value en ');
    expect(text).toMatch(/\| value en +\| +3 \| +2\/1 \| +1\/3 33\.3 % \| +1\/2 50 % \| +1\/1 100 % \|/);
    expect(text).toContain('Labelled but not counted (check not run on that kind of post, or off on the network): cta 1.');
    expect(text).toMatch(/\| x +\| +2 \| +1 50 % \| +1 50 % \| +0 0 % \|/);
    const worst = formatWorst(report, 1);
    expect(worst).toContain(`${b.id} value: false alarm (fail, labelled fine)`);
    expect(worst).toContain('engine: engine on value');
    expect(worst).toContain('reader: reader on value');
    expect(worst).not.toContain(c.id);
  });
});

describe('floors', () => {
  const p = Array.from({ length: 10 }, (_, i) => post('en', 'x', { value: i < 5 ? 'y' : 'n' }));
  /** The first `flips` fine posts warned (false alarms), the first `flips` others passed (misses). */
  const run = (flips: number) =>
    score(
      p.map((x, i) => {
        const fine = i < 5;
        const wrong = (fine ? i : i - 5) < flips;
        return reviewed(x, 'ready', outcome(x, 'value', fine === wrong ? 'warn' : 'pass'));
      }),
    );

  test('set from a run with a little slack in whole percent; the same run is at its floors', () => {
    const report = run(1); // one false alarm, one miss
    const floors = floorsFrom(report);
    expect(floors.value?.en).toEqual({ agreement: 0.78, falseAlarmRate: 0.22, missRate: 0.22 });
    expect(belowFloors(report, floors)).toEqual([]);
    expect(belowFloors(run(0), floors)).toEqual([]);
  });

  test('a run that got worse is named figure by figure; a group that vanished too', () => {
    const floors = floorsFrom(run(1));
    expect(belowFloors(run(2), floors)).toEqual([
      'value (en): agreement 60 % < floor 78 %',
      'value (en): false alarms 40 % > ceiling 22 %',
      'value (en): misses 40 % > ceiling 22 %',
      'value (all): agreement 60 % < floor 78 %',
      'value (all): false alarms 40 % > ceiling 22 %',
      'value (all): misses 40 % > ceiling 22 %',
    ]);
    expect(belowFloors(score([]), { fit: { sv: { agreement: 0.5 } } })).toEqual(['fit (sv): no posts measured, the floors expect some']);
  });
});

describe('reviewCorpus with the engine', () => {
  test('reviews each post at a moment inside audience hours, in its language, and counts what ran', () => {
    expect(evalContext('de')).toMatchObject({ locale: 'de', local: { weekday: 2, minutes: 600 } });
    const posts = [
      post(
        'en',
        'linkedin',
        { cta: 'y', privacy: 'y' },
        'We cut our build time in half by caching test results per file. What would you try first?',
      ),
      post('en', 'x', { cta: 'n', privacy: 'y' }, '@someone agreed, that was a good talk', 'reply'),
      post('sv', 'x', { 'share-comment': 'n' }, '😂', 'quote'),
    ];
    const result = reviewCorpus(posts, defaultRules());
    expect(result.map((r) => r.outcomes.map((o) => `${o.check} ${o.label} ${o.status === 'pass' ? 'pass' : 'flagged'}`))).toEqual([
      ['cta y pass', 'privacy y pass'],
      ['privacy y pass'],
      ['share-comment n flagged'],
    ]);
    expect(score(result).notRun).toEqual({ cta: 1 });
  });
});
