/**
 * The content script in real Chromium, on a page shaped like X's home timeline with 2,000 posts that
 * keeps mutating: how soon a composer is marked after it appears (each way one can appear), how much
 * script time Postcheck adds to the live timeline (with and without it, in one run), and the content
 * scripts' size. The extension must be built (`npm run bench` builds it).
 *
 * Writes rows for scripts/bench.mjs to $POSTCHECK_BENCH_OUT, or prints them when run alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { test } from 'vitest';
import { hashText } from '../../lib/settings/chunks';
import { defaultRules } from '../../lib/settings/defaults';
import type { Rules } from '../../lib/settings/schema';
import { ensureChromium, launchArgs } from '../../scripts/chromium.mjs';
import { timelinePage } from './timeline-page';
import { stats, type Row } from './rows';
import { welcomeClosed } from './front';

const EXTENSION = resolve('.output/chrome-mv3');
const PAGE_URL = 'https://x.com/home';
/** Batches of the feed's ticks per side in the with/without comparison, and ticks per batch. */
const BATCHES = Number(process.env.BENCH_BATCHES ?? 100);
const TICKS = Number(process.env.BENCH_TICKS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// Functions passed to worker.evaluate run in the service worker, where the extension API is `chrome`.
declare const chrome: {
  storage: Record<'sync' | 'local', { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }>;
};

interface Run {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

async function launch(posts = 2000, settle = true, grow = false): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'postcheck-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: ensureChromium(),
    headless: true,
    args: launchArgs(EXTENSION),
  });
  const html = timelinePage(posts, grow);
  await context.route(/^https?:/, (route) =>
    route.request().url() === PAGE_URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await welcomeClosed(context, page);
  await page.goto(PAGE_URL);
  await page.waitForSelector('[data-postcheck]', { timeout: 15000 });
  // Past the first seconds of a page, which Postcheck watches closely for late composers (hydration):
  // what follows is a live timeline in its steady state.
  if (settle) await page.waitForTimeout(3500);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const stopFeed = (page: Page) => page.evaluate(() => clearInterval((window as unknown as { __mutate: number }).__mutate));

const COMPOSER = `<div data-testid="tweetTextarea_1RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div></div></div></div></div>`;

type Where = 'modal' | 'inline' | 'navigation';

interface Latencies {
  /** ms from the composer's insertion into the page to its data-postcheck mark */
  fromInsertion: number[];
  /** ms from the end of the first frame that paints the composer (when the person can first see it) to the mark; 0 when marked before */
  fromPaint: number[];
  /** ms the page itself takes from the insertion to the end of that frame: the soonest the person can see the composer */
  shown: number[];
}

/**
 * How soon a composer is marked, measured in the page. 'modal' puts it in the site's modal root
 * (#layers); 'inline' in the timeline column; 'navigation' in the column right after a scripted
 * client-side navigation (history.pushState), as an app that routes by itself does.
 * The first paint is taken as the moment a task posted from the next animation frame runs: after
 * that frame's style, layout and paint.
 */
function insertAndTime(page: Page, where: Where, count: number): Promise<Latencies> {
  return page.evaluate(
    async ({ count, where, composer }) => {
      const out = { fromInsertion: [] as number[], fromPaint: [] as number[], shown: [] as number[] };
      const host = where === 'modal' ? document.getElementById('layers')! : document.querySelector('[data-testid=primaryColumn]')!;
      for (let i = 0; i < count; i++) {
        const wrap = document.createElement('div');
        wrap.innerHTML =
          where === 'modal'
            ? `<div role="dialog" aria-modal="true">${composer}<div data-testid="toolBar" role="group"><button data-testid="tweetButton" type="button">Post</button></div></div>`
            : `${composer}<div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button">Reply</button></div>`;
        const el = wrap.querySelector('[contenteditable]')!;
        let painted: Promise<number> = Promise.resolve(0);
        let t0 = 0;
        const marked = await new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            if (el.hasAttribute('data-postcheck')) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(el, { attributes: true, attributeFilter: ['data-postcheck'] });
          t0 = performance.now();
          if (where === 'navigation') history.pushState({}, '', `/status/${i}`);
          host.prepend(wrap);
          painted = new Promise((done) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done(performance.now());
              channel.port2.postMessage(null);
            }),
          );
          setTimeout(() => (mo.disconnect(), resolve(t0 + 1000)), 1000);
        });
        out.fromInsertion.push(marked - t0);
        const shownAt = await painted;
        out.fromPaint.push(Math.max(0, marked - shownAt));
        out.shown.push(shownAt - t0);
        wrap.remove();
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    { count, where, composer: COMPOSER },
  );
}

/** The same, each insertion right after the person's click (on "Reply", "Comment"…), a real input event. */
async function afterClicks(page: Page, count: number): Promise<Latencies> {
  const out: Latencies = { fromInsertion: [], fromPaint: [], shown: [] };
  for (let i = 0; i < count; i++) {
    await page.mouse.click(5, 5);
    const one = await insertAndTime(page, 'inline', 1);
    out.fromInsertion.push(...one.fromInsertion);
    out.fromPaint.push(...one.fromPaint);
    out.shown.push(...one.shown);
  }
  return out;
}

/**
 * ms from a keystroke in the composer to the side panel showing it: the whole path (content script,
 * background review, storage.session, panel render). Both pages stamp epoch time (timeOrigin + now).
 */
async function keystrokeToPanel(run: Run, worker: Worker, n = 30): Promise<number[]> {
  const panel = await run.context.newPage();
  await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
  const { page } = run;
  await stopFeed(page);
  await page.bringToFront();
  await page.locator('[data-testid=tweetTextarea_0]').first().click();
  await page.keyboard.type('Why written decisions help: ');
  await page.evaluate(() => {
    document.addEventListener(
      'keydown',
      () => ((window as unknown as { __typedAt: number }).__typedAt = performance.timeOrigin + performance.now()),
      { capture: true },
    );
  });
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const marker = `k${i}x`;
    const seen = panel.evaluate(
      (m) =>
        new Promise<number>((resolve) => {
          const check = () => document.body.innerText.includes(m) && (resolve(performance.timeOrigin + performance.now()), true);
          if (check()) return;
          const mo = new MutationObserver(() => check() && mo.disconnect());
          mo.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      marker,
    );
    // Measured from the marker's last keystroke: the one that completes what the panel must show.
    await page.keyboard.type(` ${marker}`);
    const shownAt = await seen;
    out.push(shownAt - (await page.evaluate(() => (window as unknown as { __typedAt: number }).__typedAt)));
  }
  await panel.close();
  return out;
}

/**
 * Switches X on or off in the rules and waits until the page shows it. The rules are written where
 * Postcheck keeps them when sync cannot (local storage, marker in sync): sync allows 120 writes a
 * minute, fewer than the comparison makes.
 */
async function setWatching(run: Run, worker: Worker, rules: { on: Rules; off: Rules }, on: boolean): Promise<void> {
  const value = on ? rules.on : rules.off;
  // This browser's working copy, changed as a save does (storage.local: no sync write limit to run into).
  await worker.evaluate(
    async ({ value, hash }) => {
      const { rulesDevice: rec } = (await chrome.storage.local.get('rulesDevice')) as {
        rulesDevice: { device: string; stamp: { t: number } };
      };
      await chrome.storage.local.set({ rulesDevice: { ...rec, rules: value, hash, stamp: { t: rec.stamp.t + 1, d: rec.device } } });
    },
    { value, hash: hashText(JSON.stringify(value)) },
  );
  await run.page.waitForFunction(
    (on) => document.adoptedStyleSheets.length === (on ? 1 : 0) && !!document.querySelector('[data-postcheck]') === on,
    on,
  );
}

/**
 * Percent more script time for the timeline's work with Postcheck than without, one value per pair of
 * batches, in one run and one page. The page runs its feed's ticks back to back (TICKS a batch, each
 * followed by a microtask checkpoint, so that mutation observers' callbacks run inside the batch and
 * are counted), timed by the page's own clock. Batches alternate between Postcheck watching (X on)
 * and Postcheck stood down (X off: no stylesheet, observer or listener of it is left on the page).
 * Same document, same renderer process, same heap: only Postcheck differs, and the comparison holds
 * to about a percent, where two browser launches differ by ±15 %.
 * `armed`: each batch starts right after a click, inside the second Postcheck watches the whole page.
 */
/** What the person does before each batch: nothing, a click on the page, or a keystroke in the composer. */
type Before = 'nothing' | 'click' | 'space';

async function scriptTimeAdded(run: Run, worker: Worker, rules: { on: Rules; off: Rules }, before: Before): Promise<number[]> {
  if (before === 'space') await run.page.locator('main [data-testid=tweetTextarea_0]').click();
  const batch = async () => {
    if (before === 'click') await run.page.mouse.click(5, 5);
    if (before === 'space') await run.page.keyboard.press('Space');
    return run.page.evaluate(async (ticks) => {
      const tick = (window as unknown as { __tick(): void }).__tick;
      const t0 = performance.now();
      for (let i = 0; i < ticks; i++) {
        tick();
        await null;
      }
      return performance.now() - t0;
    }, TICKS);
  };
  await stopFeed(run.page);
  const added: number[] = [];
  for (let i = 0; i < BATCHES; i++) {
    const ms: Record<'with' | 'without', number> = { with: 0, without: 0 };
    // Alternate the order, so that neither side always runs first.
    for (const side of i % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
      await setWatching(run, worker, rules, side === 'with');
      ms[side] = await batch();
    }
    added.push((ms.with / ms.without - 1) * 100);
  }
  await setWatching(run, worker, rules, true);
  return added;
}

/**
 * The extension's own share of the page's script time, measured directly: V8's sampling profiler
 * (every 100 µs) on the live timeline, each sample attributed to the script it was in.
 */
async function extensionShare(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const time = { extension: 0, page: 0 };
  (profile.samples ?? []).forEach((id, i) => {
    const { url, functionName } = byId.get(id)!.callFrame;
    if (!url && ['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName)) return;
    time[url.startsWith('chrome-extension://') ? 'extension' : 'page'] += profile.timeDeltas?.[i] ?? 0;
  });
  return (time.extension / Math.max(1, time.page)) * 100;
}

function contentScriptSizes() {
  const dir = join(EXTENSION, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
}

async function contentRows(rules: { on: Rules; off: Rules }): Promise<Row[]> {
  const rows: Row[] = [];
  const ms = (name: string, input: string, xs: number[], target: number | null = 50): void => {
    rows.push({ case: name, input, ...stats(xs), target, unit: 'ms' });
  };

  // A composer that appears of itself appears to the person in the first frame that shows it: that is
  // where the 50 ms count from. From its insertion into the DOM, no detection that waits for the style
  // engine can be sooner than the page's own layout of that frame, reported beside it.
  const fallbackRows = (label: string, input: string, l: Latencies) => {
    ms(`detection fallback, box appearing of itself, ${label}: mark after the first frame showing it (0: before)`, input, l.fromPaint);
    ms('  from its insertion into the page', input, l.fromInsertion, null);
    ms("  the page's own time from insertion to that frame", input, l.shown, null);
  };

  // A composer mounted while the page is still loading, as hydration does, with no user action.
  const loading = await launch(2000, false);
  ms('detection: composer mounted while the page loads', '2,000 posts', (await insertAndTime(loading.page, 'inline', 20)).fromInsertion);
  await loading.close();

  const run = await launch();
  const worker = run.context.serviceWorkers()[0] ?? (await run.context.waitForEvent('serviceworker'));
  const detect = async (label: string) => {
    ms(`detection: modal composer, ${label}`, '2,000 posts', (await insertAndTime(run.page, 'modal', 40)).fromInsertion);
    ms(`detection: inline box after a click, ${label}`, '2,000 posts', (await afterClicks(run.page, 20)).fromInsertion);
    ms(
      `detection: inline box after a client-side navigation, ${label}`,
      '2,000 posts',
      (await insertAndTime(run.page, 'navigation', 20)).fromInsertion,
    );
    // Past the seconds a click or navigation keeps the page watched: a composer that appears of itself
    // is seen in the frame that lays it out, before that frame is painted.
    await run.page.waitForTimeout(3500);
    fallbackRows(label, '2,000 posts', await insertAndTime(run.page, 'inline', 40));
  };
  await detect('timeline churning');
  // The same on a page at rest: a reply box opening on a timeline that is not changing at that moment.
  await stopFeed(run.page);
  await detect('timeline at rest');
  ms('keystroke to side panel (review included)', 'X composer', await keystrokeToPanel(run, worker), 100);
  await run.close();

  // The timelines the sites really keep are virtualised: a couple of dozen posts in the document.
  const small = await launch(24);
  await stopFeed(small.page);
  const small24 = await insertAndTime(small.page, 'inline', 40);
  fallbackRows('at rest', '24 posts', small24);
  await small.close();

  // The profiler gets a browser of its own: a page once profiled runs its scripts slower after.
  const profiled = await launch();
  const shares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) shares.push(await extensionShare(profiled.page));
  await profiled.close();
  // A feed that keeps getting longer resizes the page in every frame: the check for new editors that
  // a resize triggers is the one cost Postcheck has there.
  const growing = await launch(2000, true, true);
  const growingShares: number[] = [];
  for (let round = 0; round < ROUNDS; round++) growingShares.push(await extensionShare(growing.page));
  await growing.close();

  const overhead = await launch();
  const overheadWorker = overhead.context.serviceWorkers()[0] ?? (await overhead.context.waitForEvent('serviceworker'));
  const input = `${BATCHES} × ${TICKS} ticks a side`;
  const added = async (before: Before) => stats(await scriptTimeAdded(overhead, overheadWorker, rules, before));
  rows.push({ case: 'script time added to the live timeline, with vs without', input, ...(await added('nothing')), target: 3, unit: '%' });
  // Context: includes the keystroke's own handling (read the draft, send it, update the badge), at one
  // keystroke per batch; what it shows is that typing does not have the page watched.
  rows.push({
    case: '  the same with a keystroke in the composer before each batch',
    input,
    ...(await added('space')),
    target: null,
    unit: '%',
  });
  rows.push({ case: '  the same in the second after a click (page watched)', input, ...(await added('click')), target: null, unit: '%' });
  await overhead.close();
  rows.push({
    case: "extension's share of page script time (profiler)",
    input: `${ROUNDS} × ${SECONDS} s live timeline`,
    ...stats(shares),
    target: 3,
    unit: '%',
  });
  rows.push({
    case: '  the same, timeline growing in every frame',
    input: `${ROUNDS} × ${SECONDS} s live timeline`,
    ...stats(growingShares),
    target: 3,
    unit: '%',
  });

  for (const s of contentScriptSizes()) {
    rows.push({
      case: `size of ${s.file} (${(s.raw / 1024).toFixed(1)} KB raw)`,
      input: 'gzip -9',
      median: s.gzip / 1024,
      p99: s.gzip / 1024,
      target: 16,
      unit: 'KB',
    });
  }
  return rows;
}

test('content script in real Chromium', async () => {
  const off = defaultRules();
  off.networks.x.enabled = false;
  const rows = await contentRows({ on: defaultRules(), off });
  if (process.env.POSTCHECK_BENCH_OUT) writeFileSync(process.env.POSTCHECK_BENCH_OUT, JSON.stringify(rows));
  else console.table(rows);
}, 1_800_000);
