// Nothing a draft or a rule holds can make the review hang. Every regular expression the engine
// actually runs (collected by watching RegExp while review() reads a varied corpus and the side
// panel's fixes are made from it) is run over
// adversarial inputs of up to 60,000 characters in a worker thread, and review() as a whole with
// the default rules and with patterns that backtrack catastrophically on a backtracking engine.
// A task past its limit of CPU time is a hang: the worker is terminated and the pattern named. The limits are
// hang guards, seconds where linear work takes milliseconds; speed itself is measured in the bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rolldown } from 'rolldown';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contextAt } from '../../../lib/review/context';
import { fingerprint } from '../../../lib/review/fingerprint';
import { applyFix, fixesFor } from '../../../lib/review/fixes';
import { review } from '../../../lib/review/review';
import { COMPOSER_KINDS } from '../../../lib/review/types';
import type { Draft } from '../../../lib/review/types';
import { defaultRules } from '../../../lib/settings/defaults';
import { LANGS, NETWORKS } from '../../../lib/settings/schema';
import { draftText, mixedText } from '../../bench/drafts';
import { adversarialInputs, hostileRules } from './adversarial';
import type { TaskBody } from './hang-worker';
import { threadCpuMs } from './thread-cpu';

const NOW = new Date(2026, 10, 24, 10, 0);

/** Drafts that reach every check and every branch worth reaching: three languages, all networks and kinds. */
function corpus(): Draft[] {
  const samples = [
    ...LANGS.flatMap((lang) => [draftText(lang, 280, 3), draftText(lang, 3000, 4)]),
    mixedText(2000, 9),
    'Email me at jane.doe@example.com or call +1 (555) 123-4567, 0171 2345678, +49 (0)89 1234567, 030/12345678, 070-123 45 67.',
    'IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111, 221B Baker Street, Hauptstraße 5, Berliner Straße 12, Storgatan 12.',
    'New post via @someone https://t.co/abc123 pic.twitter.com/xyz #linkedin (via LinkedIn) lnkd.in/abc fb.me/x … see more',
    'What do you think? Let me know in the comments! Follow me for more. #hiring #ad @team www.example.com/path?x=1',
    'Ein Sonderangebot: jetzt kaufen! Was meint ihr? Schreibt es in die Kommentare. Sturm und Regen in Köln.',
    'Rea nu! Köp idag. Vad tycker ni? Skriv gärna i kommentarerna. Storm i Göteborg…',
    'a.a.a.'.repeat(200),
    'x',
    '',
    'Great read',
  ];
  const drafts: Draft[] = [];
  samples.forEach((text, i) => {
    for (const network of NETWORKS)
      for (const kind of COMPOSER_KINDS) if ((i + kind.length) % 2 === 0 || text.length < 400) drafts.push({ network, kind, text });
  });
  return drafts;
}

type Seen = { source: string; flags: string; from: string };

/** Every RegExp the engine runs while reviewing the corpus, with where it was first run from. */
function collectRegexes(): Seen[] {
  const seen = new Map<string, Seen>();
  const proto = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const names: (string | symbol)[] = ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.split, Symbol.search];
  const originals = new Map(names.map((n) => [n, proto[n]!]));
  let depth = 0;
  const note = (re: RegExp) => {
    const key = `${re.flags}/${re.source}`;
    if (seen.has(key)) return;
    // The first frame outside this file and outside the built-ins says whose pattern it is.
    const frames = (new Error().stack ?? '').split('\n').slice(1);
    const from = frames.find((f) => !f.includes('linear-time.test') && /\(?\/.+:\d+:\d+\)?$/.test(f) && !f.includes('node:')) ?? '?';
    seen.set(key, { source: re.source, flags: re.flags, from: from.trim() });
  };
  for (const [name, original] of originals) {
    proto[name] = function (this: RegExp, ...args: unknown[]) {
      depth += 1;
      try {
        // note() and what the engine calls from inside a RegExp method (a replace callback) are not counted twice
        if (depth === 1) note(this);
        return original.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  }
  try {
    const rules = [defaultRules(), hostileRules()];
    const recent = NETWORKS.map((network, i) => ({
      network,
      at: NOW.getTime() - i * 3_600_000,
      signature: fingerprint(draftText(LANGS[i]!, 600, i)),
    }));
    for (const r of rules) {
      for (const d of corpus()) {
        for (const locale of LANGS) {
          const result = review(d, r, { ...contextAt(NOW, locale, { recent }) });
          // and what the side panel does with it
          for (const fix of fixesFor(result, d.text, d.network, r, locale)) applyFix(d.text, fix);
        }
      }
    }
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return [...seen.values()];
}

/** How often the test reads the worker's CPU time while a task runs. */
const LOOK_MS = 25;

type Started = { worker: Worker; thread: string | null };

/**
 * One worker at a time. A task that uses more than its limit of the worker thread's CPU time is a hang: the
 * worker is terminated (the only way to stop a pattern that backtracks) and a fresh one takes the next task.
 * CPU time, not the wall clock: waiting for a core on a busy machine is not work. Where /proc cannot be read
 * (not Linux), the limit is on the wall clock instead.
 */
class Runner {
  private started: Promise<Started> | null = null;
  private next = 0;
  constructor(private readonly file: string) {}

  private start(): Promise<Started> {
    const worker = new Worker(this.file);
    return new Promise((resolve, reject) => {
      worker.once('error', reject);
      // its first message says which thread it is (hang-worker.ts)
      worker.once('message', ({ thread }: { thread: string | null }) => resolve({ worker, thread }));
    });
  }

  async run(task: TaskBody, limitMs: number): Promise<{ hung: boolean; error?: string | undefined }> {
    const { worker, thread } = await (this.started ??= this.start());
    const id = ++this.next;
    const cpuAtStart = thread === null ? null : threadCpuMs(thread);
    const wallAtStart = performance.now();
    const used = () => (cpuAtStart === null ? performance.now() - wallAtStart : (threadCpuMs(thread!) ?? cpuAtStart) - cpuAtStart);
    return new Promise((resolve) => {
      const done = (result: { hung: boolean; error?: string | undefined }) => {
        clearInterval(look);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(result);
      };
      const look = setInterval(() => {
        if (used() <= limitMs) return;
        done({ hung: true });
        void worker.terminate();
        this.started = null;
      }, LOOK_MS);
      const onMessage = (answer: { id?: number; error?: string }) => {
        if (answer.id === id) done({ hung: false, error: answer.error });
      };
      // A worker that dies mid-task (out of memory, say) uses no more CPU: said at once, not left to the test's timeout.
      const onExit = (code: number) => {
        this.started = null;
        done({ hung: false, error: `the worker exited with code ${code} during the task` });
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.postMessage({ ...task, id });
    });
  }

  async close() {
    await (await this.started)?.worker.terminate();
  }
}

let dir: string;
let runner: Runner;
let regexes: Seen[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postcheck-linear-'));
  const file = join(dir, 'hang-worker.mjs');
  const bundle = await rolldown({
    input: fileURLToPath(new URL('./hang-worker.ts', import.meta.url)),
    platform: 'node',
    logLevel: 'silent',
  });
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  runner = new Runner(file);
  regexes = collectRegexes();
}, 120_000);

afterAll(async () => {
  await runner?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Hang guards in CPU time, far above linear work (milliseconds per pattern, a few hundred ms for a 60,000-character review)
 * and far below the backtracking this replaced (the phone shape: 3.7 s for 3,000 characters, 70 s for 60,000).
 */
const REGEX_LIMIT_MS = 2_000;
const reviewLimitMs = (length: number) => (length <= 3_000 ? 1_000 : 3_000);

const isEngine = (s: Seen) => !s.from.includes('node_modules');

describe('the hang guard', () => {
  test('stops a pattern that backtracks without end, and the next task runs in a fresh worker', async () => {
    // (a+)+$ on a run of a's that does not end the text: exponential on a backtracking engine.
    const hang = await runner.run({ kind: 'regex', source: '(a+)+$', flags: '', input: `${'a'.repeat(40)}!` }, 200);
    expect(hang).toEqual({ hung: true });
    expect(await runner.run({ kind: 'regex', source: 'a+', flags: '', input: 'aaa' }, REGEX_LIMIT_MS)).toEqual({
      hung: false,
      error: undefined,
    });
  });
});

describe('every regular expression the engine runs', () => {
  test('the corpus reaches the engine’s own patterns, including each privacy shape', () => {
    const engine = regexes.filter(isEngine);
    expect(engine.length).toBeGreaterThan(25);
    for (const file of ['analyze.ts', 'links.ts', 'privacy.ts', 'crosspost.ts', 'length.ts', 'fixes.ts']) {
      expect(
        engine.some((s) => s.from.includes(file)),
        file,
      ).toBe(true);
    }
    // The international phone shape, whose backtracking this test was written for.
    expect(engine.some((s) => s.source.includes('(?:\\+|00)[1-9]'))).toBe(true);
  });

  test.each([3_000, 60_000])(
    'stays linear on adversarial inputs of %i characters',
    async (length) => {
      const hung: string[] = [];
      for (const seen of regexes.filter(isEngine)) {
        for (const input of adversarialInputs(length)) {
          const result = await runner.run({ kind: 'regex', source: seen.source, flags: seen.flags, input: input.text }, REGEX_LIMIT_MS);
          expect(result.error).toBeUndefined();
          if (result.hung) {
            hung.push(`/${seen.source}/${seen.flags} on ${input.name} (${seen.from})`);
            break; // one input is enough to name the pattern
          }
        }
      }
      expect(hung).toEqual([]);
    },
    600_000,
  );

  test('patterns from libraries are only given what the engine lets them see', () => {
    // twitter-text's link pattern backtracks on long dotted chains; links.ts never gives it one whole.
    // Its patterns are covered by review() below, not on their own.
    const outside = regexes.filter((s) => !isEngine(s));
    for (const s of outside) expect(s.from, s.source.slice(0, 60)).toMatch(/node_modules\/(twitter-text|twemoji-parser|re2js)\//);
  });
});

/**
 * Every network on every input, but for the known-bad patterns at 60,000 characters: what they add to the default
 * rules (custom rules for all networks, pause topics) runs the same on every network, and the default rules
 * already take each network through each input at that length; there each input goes to one network in turn.
 */
function networksFor(make: () => unknown, length: number, i: number): (typeof NETWORKS)[number][] {
  return make === hostileRules && length > 3_000 ? [NETWORKS[i % NETWORKS.length]!] : [...NETWORKS];
}

describe('review() as a whole', () => {
  const cases = [
    { rules: 'default rules', make: defaultRules },
    { rules: 'known-bad custom patterns', make: hostileRules },
  ];
  test.each(cases.flatMap((c) => [3_000, 60_000].map((length) => ({ ...c, length }))))(
    'never hangs with $rules on $length characters',
    async ({ make, length }) => {
      const rules = make();
      const hung: string[] = [];
      const inputs = adversarialInputs(length);
      for (const [i, input] of inputs.entries()) {
        for (const network of networksFor(make, length, i)) {
          const draft: Draft = { network, kind: 'post', text: input.text };
          const result = await runner.run({ kind: 'review', draft, rules, now: NOW.getTime() }, reviewLimitMs(length));
          expect(result.error).toBeUndefined();
          if (result.hung) hung.push(`${network}: ${input.name}`);
        }
      }
      expect(hung).toEqual([]);
    },
    900_000,
  );
});
