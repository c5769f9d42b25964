// `npm test`: static checks (types, ESLint, Prettier), unit and component tests, site adapter tests, build
// and store packages, checks of the built extension and Mozilla's linter, then the browser tests in real
// Chromium and in Firefox ESR.
// Every stage runs even after an earlier one fails (except the browser tests, which need the build),
// and the last line is a plain `N passed, N failed` summing all test runs and checks.
//
// Stages run side by side, a few at a time (see `schedule`), each printing its output when it ends;
// POSTCHECK_TEST_JOBS=N sets how many at a time, POSTCHECK_TEST_SERIAL=1 runs them one after another with
// their output live.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox } from './firefox.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const CACHE = (name) => join(root, 'node_modules', '.cache', 'postcheck', name);
const reportDir = mkdtempSync(join(tmpdir(), 'postcheck-test-'));

const SERIAL = !!process.env.POSTCHECK_TEST_SERIAL;

/** Runs a command; its output goes to `out` (a stage's buffer, when stages run side by side) or straight through. */
function run(command, args, out) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: out ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    if (out) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => out.push(chunk));
    child.on('error', (error) => {
      (out ? (text) => out.push(Buffer.from(text)) : console.error)(`${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Every failed test of every run, named again under the summary so a log's tail says what failed. */
const failures = [];

/** Counts from vitest's JSON report; a run that failed without failing a test counts as one failure. */
function countVitest(reportFile, exitCode, stageName) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    counts.passed = report.numPassedTests;
    counts.failed = report.numFailedTests;
    counts.skipped = report.numPendingTests + report.numTodoTests;
    for (const file of report.testResults) {
      const where = file.name.startsWith(root) ? file.name.slice(root.length) : file.name;
      // A file that fails to load has no test results of its own.
      if (file.status === 'failed' && file.assertionResults.length === 0) {
        counts.failed += 1;
        failures.push({ stageName, where, title: '(file did not run)', message: file.message });
      }
      for (const test of file.assertionResults.filter((one) => one.status === 'failed'))
        failures.push({ stageName, where, title: test.fullName, message: test.failureMessages?.[0] });
    }
  }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** The summary lists the stages in this order, whichever ends first. */
const ORDER = [
  'check: types, lint, format',
  'unit and component tests',
  'site adapter tests',
  'judgment on labelled posts',
  'build and store packages',
  'built extension checks',
  'web-ext lint (Firefox)',
  'browser tests',
  'browser tests (Firefox)',
];
const stages = [];
/** set when the stages start (after the browsers are found) */
let runStarted = 0;
const total = { passed: 0, failed: 0, skipped: 0 };

/** `work(out, name)` writes through `out` (undefined when serial: output is live). */
async function stage(name, work) {
  const out = SERIAL ? undefined : [];
  if (SERIAL) console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const counts = await work(out, name);
  const seconds = (performance.now() - started) / 1000;
  if (out) process.stdout.write(`\n=== ${name} (${seconds.toFixed(1)} s) ===\n${Buffer.concat(out).toString()}`);
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  stages.push({ name, ok: counts.failed === 0, seconds, from: (started - runStarted) / 1000 });
  return counts.failed === 0;
}

/** A check that is not a test run (typecheck, lint) counts as one pass or one failure. */
const step = (command, args) => async (out) =>
  (await run(command, args, out)) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

const vitest = (config, reportName) => async (out, name) => {
  const reportFile = join(reportDir, `${reportName}.json`);
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
  if (config) args.push('--config', config);
  else args.push('--passWithNoTests');
  return countVitest(reportFile, await run(bin('vitest'), args, out), name);
};

// Found (or installed) first: the browser tests are never skipped, so a missing browser stops here.
function browserOrExit(ensure) {
  try {
    return ensure();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
process.env.CHROME_PATH = browserOrExit(ensureChromium);
process.env.FIREFOX_PATH = browserOrExit(ensureFirefox);
console.log(`Chromium: ${process.env.CHROME_PATH}\nFirefox: ${process.env.FIREFOX_PATH}`);

const started = performance.now();
runStarted = started;
// Judgment on labelled real posts (../shared/quality, never copied here): below eval/floors.json fails.
const corpus = join(root, '..', 'shared', 'quality', 'posts.jsonl');
const BUILD = 'build and store packages';

/**
 * The stages, each started as soon as what it needs has passed and a slot is free, in this order of
 * preference: the build (short; the browser tests wait for it) beside the unit and component tests, then the
 * browser tests, then the checks (ESLint's typed lint is half a minute on one core: started before the end)
 * and the short ones, and last the site adapter tests, which run on two workers, so the run does not end on one core.
 */
const jobs = [
  {
    name: BUILD,
    // `wxt zip` builds each target and packs its store package (Firefox's with a sources zip).
    work: async (out) => {
      const counts = { passed: 0, failed: 0 };
      for (const args of [['zip'], ['zip', '-b', 'firefox']]) counts[(await run(bin('wxt'), args, out)) === 0 ? 'passed' : 'failed'] += 1;
      return counts;
    },
  },
  { name: 'unit and component tests', work: vitest(undefined, 'unit') },
  { name: 'browser tests', needs: BUILD, work: vitest('vitest.e2e.config.ts', 'e2e') },
  // The Firefox build in Debian's firefox-esr (found or installed above).
  { name: 'browser tests (Firefox)', needs: BUILD, work: vitest('vitest.firefox.config.ts', 'firefox') },
  {
    // `npm run check`, each part counted on its own: types, lint (eslint.config.js), formatting (.prettierrc.json).
    // The three side by side: each runs on one core. As package.json's scripts: tsc and Prettier keep what they
    // found of unchanged files in node_modules/.cache (the next run checks only what changed; a clean checkout,
    // as in CI, checks all). ESLint keeps nothing: its typed rules read other files' types, which a cache keyed
    // on one file's content would miss.
    name: 'check: types, lint, format',
    work: async (out) => {
      const parts = [
        ['tsc', ['--noEmit', '--incremental', '--tsBuildInfoFile', CACHE('tsc.tsbuildinfo')]],
        ['eslint', ['.']],
        ['prettier', ['--check', '--cache', '--cache-location', CACHE('prettier'), '.']],
      ];
      const codes = SERIAL
        ? await parts.reduce(async (done, [command, args]) => [...(await done), await run(bin(command), args, out)], Promise.resolve([]))
        : await Promise.all(parts.map(([command, args]) => run(bin(command), args, out)));
      return { passed: codes.filter((code) => code === 0).length, failed: codes.filter((code) => code !== 0).length };
    },
  },
  { name: 'built extension checks', needs: BUILD, work: vitest('vitest.build.config.ts', 'build') },
  // Mozilla's own linter: errors fail the run, warnings are listed for review.
  { name: 'web-ext lint (Firefox)', needs: BUILD, work: step(process.execPath, [join(root, 'scripts', 'lint-firefox.mjs')]) },
  {
    name: 'judgment on labelled posts',
    work: async (out) => {
      if (!existsSync(corpus)) {
        (out ? (t) => out.push(Buffer.from(`${t}\n`)) : console.log)(`No labelled corpus at ${corpus}: judgment not measured (1 skipped).`);
        return { passed: 0, failed: 0, skipped: 1 };
      }
      return step(process.execPath, [join(root, 'scripts', 'eval.mjs'), '--check'])(out);
    },
  },
  { name: 'site adapter tests', work: vitest('vitest.sites.config.ts', 'sites') },
];

/** Runs the jobs, at most `slots` at a time; a job whose need failed is not run and counts as failed. */
async function schedule(slots) {
  const done = new Map(); // name -> passed?
  const waiting = [...jobs];
  let running = 0;
  await new Promise((resolve) => {
    const next = () => {
      for (let i = 0; i < waiting.length && running < slots;) {
        const job = waiting[i];
        if (job.needs && !done.has(job.needs)) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        if (job.needs && !done.get(job.needs)) {
          total.failed += 1;
          stages.push({ name: job.name, ok: false, seconds: 0, note: `not run: ${job.needs} failed` });
          done.set(job.name, false);
          continue;
        }
        running++;
        void stage(job.name, job.work).then((ok) => {
          running--;
          done.set(job.name, ok);
          next();
        });
      }
      if (running === 0 && waiting.length === 0) resolve();
    };
    next();
  });
}

// As many at a time as there are cores. The run is bound by CPU (360 to 700 s of it, as fast as the machine), so
// the count changes little: measured on two cores, two at a time took 200 s, three 194–208 s; on a slower
// machine, two at a time 317 s, with the browser tests on one worker instead of two 339 s.
const SLOTS = SERIAL ? 1 : Number(process.env.POSTCHECK_TEST_JOBS) || Math.max(2, availableParallelism());
await schedule(SLOTS);
rmSync(reportDir, { recursive: true, force: true });

console.log('');
stages.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
for (const { name, ok, seconds, from, note } of stages) {
  const when = from === undefined ? '' : `  (from ${from.toFixed(0)} s)`;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s${when}${note ? `  (${note})` : ''}`);
}
console.log(
  `${SLOTS === 1 ? 'one after another' : `up to ${SLOTS} stages at a time`}: ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
);
// The first line of each failure's message, ANSI colours removed: enough to know where to look.
const firstLine = (text) =>
  stripVTControlCharacters(text ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';
for (const { stageName, where, title, message } of failures)
  console.log(`failed: [${stageName}] ${where} > ${title}\n        ${firstLine(message).trim().slice(0, 600)}`);
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed === 0 ? 0 : 1);
