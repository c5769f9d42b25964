// `npm test`: static checks (types, ESLint, Prettier), unit and component tests, site adapter tests, build
// and store packages, checks of the built extension and Mozilla's linter, then the browser tests in real
// Chromium and in Firefox ESR.
// Every stage runs even after an earlier one fails (except the browser tests, which need the build),
// and the last line is a plain `N passed, N failed` summing all test runs and checks.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox } from './firefox.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reportDir = mkdtempSync(join(tmpdir(), 'postcheck-test-'));

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Counts from vitest's JSON report; a run that failed without failing a test counts as one failure. */
function countVitest(reportFile, exitCode) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    counts.passed = report.numPassedTests;
    counts.failed = report.numFailedTests;
    counts.skipped = report.numPendingTests + report.numTodoTests;
    // A file that fails to load has no test results of its own.
    counts.failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  }
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const stages = [];
const total = { passed: 0, failed: 0, skipped: 0 };

async function stage(name, work) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const counts = await work();
  const seconds = (performance.now() - started) / 1000;
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
  stages.push({ name, ok: counts.failed === 0, seconds });
  return counts.failed === 0;
}

/** A check that is not a test run (typecheck, lint) counts as one pass or one failure. */
const step = (command, args) => async () => ((await run(command, args)) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const vitest = (config, reportName) => async () => {
  const reportFile = join(reportDir, `${reportName}.json`);
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
  if (config) args.push('--config', config);
  else args.push('--passWithNoTests');
  return countVitest(reportFile, await run(bin('vitest'), args));
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

// `npm run check`, each part counted on its own: types, lint (eslint.config.js), formatting (.prettierrc.json).
await stage('check: types, lint, format', async () => {
  const counts = { passed: 0, failed: 0 };
  for (const [command, args] of [['tsc', ['--noEmit']], ['eslint', ['.']], ['prettier', ['--check', '.']]]) {
    counts[(await run(bin(command), args)) === 0 ? 'passed' : 'failed'] += 1;
  }
  return counts;
});
await stage('unit and component tests', vitest(undefined, 'unit'));
await stage('site adapter tests', vitest('vitest.sites.config.ts', 'sites'));
// Judgment on labelled real posts (../shared/quality, never copied here): below eval/floors.json fails.
const corpus = join(root, '..', 'shared', 'quality', 'posts.jsonl');
await stage('judgment on labelled posts', async () => {
  if (!existsSync(corpus)) {
    console.log(`No labelled corpus at ${corpus}: judgment not measured (1 skipped).`);
    return { passed: 0, failed: 0, skipped: 1 };
  }
  return step(process.execPath, [join(root, 'scripts', 'eval.mjs'), '--check'])();
});
// `wxt zip` builds each target and packs its store package (Firefox's with a sources zip).
const built = await stage('build and store packages', async () => {
  const counts = { passed: 0, failed: 0 };
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) counts[(await run(bin('wxt'), args)) === 0 ? 'passed' : 'failed'] += 1;
  return counts;
});
if (built) {
  await stage('built extension checks', vitest('vitest.build.config.ts', 'build'));
  // Mozilla's own linter: errors fail the run, warnings are listed for review.
  await stage('web-ext lint (Firefox)', step(process.execPath, [join(root, 'scripts', 'lint-firefox.mjs')]));
  await stage('browser tests', vitest('vitest.e2e.config.ts', 'e2e'));
  // The Firefox build in Debian's firefox-esr (found or installed above).
  await stage('browser tests (Firefox)', vitest('vitest.firefox.config.ts', 'firefox'));
} else {
  total.failed += 2;
  stages.push({ name: 'browser tests', ok: false, seconds: 0, note: 'not run: the build failed' });
  stages.push({ name: 'browser tests (Firefox)', ok: false, seconds: 0, note: 'not run: the build failed' });
}
rmSync(reportDir, { recursive: true, force: true });

console.log('');
for (const { name, ok, seconds, note } of stages) {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s${note ? `  (${note})` : ''}`);
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed === 0 ? 0 : 1);
