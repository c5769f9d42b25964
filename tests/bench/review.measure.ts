/**
 * How long `review()` takes on each keystroke: a tweet, a LinkedIn post and a 60,000-character
 * paste on Facebook, in English, German and Swedish (and the paste mixed), and the cost per 1,000
 * characters from 10k to 100k of mixed prose and of arbitrary Unicode. Every call gets a
 * slightly different text, as typing does, so nothing keyed on the text can answer from memory;
 * the rules object stays the same, as it does between keystrokes. Rules carry two custom rules
 * and a pause entry, and the context ten recent drafts from other networks, so every check runs.
 *
 * Writes rows for scripts/bench.mjs to $POSTCHECK_BENCH_OUT, or prints them when run alone.
 */
import { writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { test } from 'vitest';
import { contextAt } from '../../lib/review/context';
import { fingerprint } from '../../lib/review/fingerprint';
import { review } from '../../lib/review/review';
import type { Draft, NetworkId } from '../../lib/review/types';
import { defaultRules } from '../../lib/settings/defaults';
import type { Lang } from '../../lib/settings/schema';
import fc from 'fast-check';
import { largeText } from '../unit/robustness/arbitraries';
import { draftText, mixedText } from './drafts';

/** `chars` of arbitrary Unicode (astral, ZWJ, combining, RTL, lone surrogates…) as the property tests make it, from a fixed seed. */
const arbitraryText = (chars: number, seed: number) => fc.sample(largeText(chars, chars), { seed, numRuns: 1 })[0]!;

interface Case {
  name: string;
  network: NetworkId;
  text: string;
  /** median target on a 2-core machine, ms (per 1,000 characters for the linearity rows) */
  target: number;
  /** report time per 1,000 characters, to show the cost stays linear in the draft's length */
  perThousand?: true;
}

const LANGS: Lang[] = ['en', 'de', 'sv'];
const cases: Case[] = [
  ...LANGS.map((lang) => ({ name: `X post (${lang})`, network: 'x' as const, text: draftText(lang, 280, 7), target: 0.2 })),
  ...LANGS.map((lang) => ({ name: `LinkedIn post (${lang})`, network: 'linkedin' as const, text: draftText(lang, 3000, 11), target: 2 })),
  ...LANGS.map((lang) => ({
    name: `Facebook paste (${lang})`,
    network: 'facebook' as const,
    text: draftText(lang, 60_000, 13),
    target: 30,
  })),
  { name: 'Facebook paste (mixed)', network: 'facebook', text: mixedText(60_000, 17), target: 30 },
  // Linear in the length: the time per 1,000 characters stays flat from 10k to 100k (0.5 ms is 30 ms per 60k),
  // for prose in three languages and for arbitrary Unicode alike.
  ...[10_000, 50_000, 100_000].map((n) => ({
    name: `per 1,000 chars at ${n / 1000}k (mixed)`,
    network: 'facebook' as const,
    text: mixedText(n, 19),
    target: 0.5,
    perThousand: true as const,
  })),
  // The worst known input for link search: one unbroken chain of labels (twitter-text alone took 9 s).
  ...(['x', 'facebook'] as const).map((network) => ({
    name: `${network === 'x' ? 'X' : 'Facebook'} paste: 60k chars of "a.a.a…"`,
    network,
    text: 'a.'.repeat(30_000),
    target: 200,
  })),
  ...[10_000, 50_000, 100_000].map((n) => ({
    name: `per 1,000 chars at ${n / 1000}k (arbitrary Unicode)`,
    network: 'facebook' as const,
    text: arbitraryText(n, 23),
    target: 0.5,
    perThousand: true as const,
  })),
];

function rules() {
  const r = defaultRules();
  r.custom = [
    {
      id: 'no-synergy',
      enabled: true,
      mode: 'avoid',
      pattern: 'synergy',
      regex: false,
      networks: [],
      message: 'Say it plainly.',
      severity: 'warn',
    },
    {
      id: 'no-prices',
      enabled: true,
      mode: 'avoid',
      pattern: '\\d+([.,]\\d+)?\\s?(€|kr|\\$)',
      regex: true,
      networks: ['facebook'],
      message: 'No prices here.',
      severity: 'warn',
    },
  ];
  r.pause = [{ id: 'storm', label: 'Storm news', from: null, to: null, topics: ['storm', 'Sturm', 'storm*'] }];
  return r;
}

/** Sixteen texts that differ in their last character, as consecutive keystrokes do. */
function keystrokes(text: string): string[] {
  return [...'abcdefghijklmnop'].map((c) => text.slice(0, -1) + c);
}

test('review() per keystroke', async () => {
  const r = rules();
  const now = new Date(2025, 0, 7, 10, 0);
  const others: NetworkId[] = ['x', 'linkedin', 'facebook'];
  const recent = Array.from({ length: 10 }, (_, i) => ({
    network: others[i % 3]!,
    at: now.getTime() - i * 3_600_000,
    signature: fingerprint(draftText(LANGS[i % 3]!, 600, 100 + i)),
  }));

  const bench = new Bench({ time: 1500, iterations: 50, warmupTime: 300 });
  for (const c of cases) {
    const texts = keystrokes(c.text);
    const lang = c.name.includes('(de)') ? 'de' : c.name.includes('(sv)') ? 'sv' : 'en';
    const context = contextAt(now, lang, { recent: recent.filter((d) => d.network !== c.network) });
    let i = 0;
    bench.add(c.name, () => {
      const draft: Draft = { network: c.network, kind: 'post', text: texts[i++ % texts.length]! };
      review(draft, r, context);
    });
  }
  await bench.run();

  const rows = bench.tasks.map((task, k) => {
    const c = cases[k]!;
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    const scale = c.perThousand ? 1000 / c.text.length : 1;
    return {
      case: c.name,
      input: `${c.text.length.toLocaleString('en')} chars`,
      median: result.latency.p50 * scale,
      p99: result.latency.p99 * scale,
      target: c.target,
      unit: c.perThousand ? 'ms/1k' : 'ms',
    };
  });
  if (process.env.POSTCHECK_BENCH_OUT) writeFileSync(process.env.POSTCHECK_BENCH_OUT, JSON.stringify(rows));
  else console.table(rows);
});
