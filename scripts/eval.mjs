// `npm run eval`: how the checks agree with posts a person labelled (lib/eval/score.ts says how it
// counts). The posts are read at run time and never copied here: other people's posts stay in
// ../shared (../shared/README.md).
//
//   npm run eval                        the table for ../shared/quality/posts.jsonl
//   npm run eval -- --corpus FILE       another labelled corpus (JSON Lines, same fields)
//   npm run eval -- --worst 10          also the 10 worst disagreements, with the engine's reason
//   npm run eval -- --check             exit 1 when a figure falls below eval/floors.json
//   npm run eval -- --set-floors        write eval/floors.json from this run (current figures,
//                                       2 points of slack, whole percent)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--corpus', '--worst', '--check', '--set-floors']);
const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !['--corpus', '--worst'].includes(args[i - 1]));
if (unknown.length > 0) {
  console.error(`eval: unknown option ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  process.exit(2);
}
const corpus = resolve(root, option('--corpus') ?? '../shared/quality/posts.jsonl');
const worst = option('--worst') ?? '0';
if (!/^\d+$/.test(worst)) {
  console.error(`eval: --worst needs a number, got ${JSON.stringify(worst)}`);
  process.exit(2);
}
const floorsFile = join(root, 'eval', 'floors.json');

if (!existsSync(corpus)) {
  console.log(`eval: no labelled corpus at ${corpus}; nothing measured (the posts are not part of the repository).`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'postcheck-eval-'));
const out = join(work, 'eval.json');
const code = await new Promise((done) => {
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawn(process.execPath, [vitest, 'run', '--config', 'scripts/eval/vitest.config.ts', '--reporter', 'dot'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      POSTCHECK_EVAL_CORPUS: corpus,
      POSTCHECK_EVAL_OUT: out,
      POSTCHECK_EVAL_WORST: worst,
      POSTCHECK_EVAL_FLOORS: floorsFile,
    },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  child.on('error', (error) => done((console.error(`eval: ${error.message}`), 1)));
  child.on('close', (c) => done(c === 0 ? 0 : (console.error(log), c ?? 1)));
});
if (code !== 0) {
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
const result = JSON.parse(readFileSync(out, 'utf8'));
rmSync(work, { recursive: true, force: true });

console.log(`Corpus: ${relative(root, corpus) || corpus}\n\n${result.text}`);

if (args.includes('--set-floors')) {
  const file = {
    note: 'Written by `npm run eval -- --set-floors`: the figures of that run, 2 points of slack, whole percent. `npm run eval -- --check` fails below them.',
    corpus: relative(root, corpus),
    posts: result.posts,
    floors: result.floors,
  };
  writeFileSync(floorsFile, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nFloors written to ${relative(root, floorsFile)}.`);
}
if (args.includes('--check')) {
  const floorsCorpus = existsSync(floorsFile) ? JSON.parse(readFileSync(floorsFile, 'utf8')).corpus : null;
  if (floorsCorpus && resolve(root, floorsCorpus) !== corpus)
    console.log(`\n(The floors were set on ${floorsCorpus}, not on this corpus.)`);
  if (result.below === null) {
    console.error(`\neval --check: no floors at ${relative(root, floorsFile)} (write them with --set-floors)`);
    process.exit(1);
  }
  if (result.below.length > 0) {
    console.error(
      `\neval --check: ${result.below.length} figure(s) below the floors in ${relative(root, floorsFile)}:\n${result.below.map((l) => `  ${l}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`\neval --check: every figure at or above the floors in ${relative(root, floorsFile)}.`);
}
