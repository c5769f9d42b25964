// `npm run bench`: measurements, not tests. Each section is one step that produces rows
// { case, input, median, p99, target, unit }; the table marks each median ok or over its target.
// Add a section (content-script detection latency, overhead, bundle size…) by appending a step.
// `--strict` exits 1 when a median is over its target; by default the numbers are only reported.
// `--only review,rules,worst,content,keystroke` runs just those sections.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const strict = process.argv.includes('--strict');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : null;
const work = mkdtempSync(join(tmpdir(), 'postcheck-bench-'));

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** A vitest-run measurement file that writes its rows as JSON to $POSTCHECK_BENCH_OUT. */
async function vitestMeasure(file) {
  const out = join(work, `${file.replace(/\W+/g, '-')}.json`);
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const code = await run(process.execPath, [vitest, 'run', '--config', 'tests/bench/vitest.config.ts', '--reporter', 'dot', file], {
    POSTCHECK_BENCH_OUT: out,
  });
  if (code !== 0) throw new Error(`${file} exited with ${code}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

const steps = [
  { id: 'review', title: 'Review engine: review() per keystroke', measure: () => vitestMeasure('tests/bench/review.measure.ts') },
  {
    id: 'rules',
    title: 'Rules: applying the largest rules the schema allows (phrase lists compiled once per content)',
    measure: () => vitestMeasure('tests/bench/rules.measure.ts'),
  },
  {
    id: 'worst',
    title: 'Review engine: worst case on adversarial inputs (long digit runs, nested-repetition bait, chains)',
    measure: () => vitestMeasure('tests/bench/worst.measure.ts'),
  },
  {
    id: 'content',
    title: 'Content script in real Chromium: detection latency, scripting overhead on a live timeline, size',
    measure: async () => {
      if ((await run(join(root, 'node_modules', '.bin', 'wxt'), ['build'])) !== 0) throw new Error('wxt build failed');
      return vitestMeasure('tests/bench/content.measure.ts');
    },
  },
  {
    id: 'keystroke',
    title: "Keystroke cost to the page (profiler): the extension's script time per key on 24 and 2,000 posts, with/without while typing",
    measure: async () => {
      if ((await run(join(root, 'node_modules', '.bin', 'wxt'), ['build'])) !== 0) throw new Error('wxt build failed');
      return vitestMeasure('tests/bench/keystroke.measure.ts');
    },
  },
];

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toFixed(3));

function table(title, rows) {
  const header = ['case', 'input', 'median', 'p99', 'target', 'result'];
  // A row without a target is context for the row above it (a frame interval, a transient state).
  const lines = rows.map((r) => [
    r.case,
    r.input,
    `${fmt(r.median)} ${r.unit}`,
    `${fmt(r.p99)} ${r.unit}`,
    r.target === null ? '—' : `≤ ${r.target} ${r.unit}`,
    r.target === null ? '' : r.median <= r.target ? 'ok' : 'over',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}\n${row(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(row).join('\n')}`);
}

let over = 0;
let failed = 0;
for (const step of steps) {
  if (only && !only.has(step.id)) continue;
  try {
    const rows = await step.measure();
    table(step.title, rows);
    over += rows.filter((r) => r.target !== null && r.median > r.target).length;
  } catch (error) {
    failed += 1;
    console.error(`\n${step.title}: ${error.message}`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`\n${over} over target${failed ? `, ${failed} section(s) failed to run` : ''}`);
process.exit(failed || (strict && over) ? 1 : 0);
