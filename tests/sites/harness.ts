/**
 * Adapter tests in real Chromium: lib/sites bundled to one IIFE (`window.PostcheckSites`), injected
 * into fixture pages served at the sites' real URLs. No extension, no network: any request other
 * than the fixture page itself is refused and recorded.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { build, type Rolldown } from 'vite';
import { ensureChromium } from '../../scripts/chromium.mjs';
import type * as Sites from '../../lib/sites/index';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

declare global {
  interface Window {
    PostcheckSites: typeof Sites;
    /** what the fixture page's simulated site recorded (posts, reposts, comments) */
    __fixture: Record<string, unknown>;
  }
}

const bundles = new Map<string, Promise<string>>();

/** A module of lib/ as an IIFE assigning `window[name]`, built once per worker. */
export function pageBundle(entry: string, name: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name, fileName: name } },
    }).then((out) => {
      const result = (Array.isArray(out) ? out[0] : out) as Rolldown.RolldownOutput;
      const chunk = result.output.find((o) => o.type === 'chunk');
      if (!chunk) throw new Error(`vite produced no chunk for ${entry}`);
      // Init scripts may run wrapped in a function: make the global explicit.
      return `${chunk.code}\nwindow.${name} = ${name};\n`;
    });
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** lib/sites/index.ts as `window.PostcheckSites`. */
export const adapterBundle = () => pageBundle('lib/sites/index.ts', 'PostcheckSites');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: ['--no-sandbox'] });
}

let shared: Promise<Browser> | undefined;

/**
 * One Chromium for every test file this worker runs (vitest.sites.config.ts runs its files without
 * isolation): each file has its own contexts (openFixture, openMarkup), so files share nothing but the
 * browser process. Not closed by the files; Playwright ends it when the worker exits.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export interface FixturePage {
  page: Page;
  /** requests the page tried beyond its own document: must stay empty */
  blocked: string[];
  /** uncaught errors in the page */
  errors: string[];
  /** Ends the test's use of the page (the tab is kept for the file's next test, which navigates it afresh). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** scripts injected after the adapters, before the page's own (bundles of lib/, see pageBundle) */
  scripts?: string[];
  /**
   * Playwright's fake clock (page.clock), installed and paused before the page loads: the page's timers
   * fire only when the test moves its time on (`fastForward`, `runFor`) or lets it run (`resume`), so a
   * test waits out no window in real time and races no timer. Such a page gets a context of its own:
   * the clock stays with it.
   */
  clock?: boolean;
  /**
   * The browser refuses every request but the document itself (a Content-Security-Policy on it), with no
   * round trip to the test per request; those requests are then not recorded (`blocked` stays empty). For
   * the real pages, which ask for hundreds of images, styles and fonts that the tests do not look at.
   */
  refuseInBrowser?: boolean;
}

/** Everything a request can be but the document itself; what needs no request (data:, blob:) stays allowed. */
const REFUSE_ALL =
  "default-src 'none' data: blob:; script-src 'unsafe-inline' 'unsafe-eval' data: blob:; style-src 'unsafe-inline' data: blob:";

/** Where a fake clock starts (any fixed time: only how it moves matters). */
const CLOCK_START = Date.UTC(2026, 0, 1);

/** One browser context with one tab, reused by the tests of one file that need the same set-up. */
interface Tab {
  context: BrowserContext;
  page: Page;
  /** what the route serves at the moment: the page of the test now running, and where its refusals go */
  serving: { url: string; html: string; csp: boolean; blocked: string[]; errors: string[] };
}

/** The tabs of the test file now running, by set-up (scripts and clock). */
const tabs = new Map<string, Promise<Tab>>();
let tabsOf: string | undefined;
const html = new Map<string, Promise<string>>();

async function newTab(browser: Browser, scripts: string[], clock: boolean): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab: Tab = { context, page: undefined!, serving: { url: '', html: '', csp: false, blocked: [], errors: [] } };
  await context.route('**/*', (route) => {
    const request = route.request();
    const { url, html, csp, blocked } = tab.serving;
    if (request.url() === url && request.isNavigationRequest()) {
      const headers = csp ? { 'content-security-policy': REFUSE_ALL } : {};
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html });
    }
    blocked.push(`${request.method()} ${request.url()}`);
    return route.abort();
  });
  for (const content of [await adapterBundle(), ...scripts]) await context.addInitScript({ content });
  if (clock) {
    await context.clock.install({ time: CLOCK_START });
    await context.clock.pauseAt(CLOCK_START + 1000);
  }
  tab.page = await context.newPage();
  tab.page.on('pageerror', (error) => tab.serving.errors.push(error.message));
  return tab;
}

/**
 * The tab for this set-up in the running test's file. A file's tabs are its own: the first test of the
 * next file closes them, so what one file does to a page never reaches another. Within a file each test
 * navigates the tab to its page, a new document (its own window, scripts and DOM, the init scripts run
 * again), which costs a fraction of a new context and tab (a new renderer process each). A test that
 * fails takes its tab with it: the next one starts in a new context. What a new document does not reset
 * (the origin's cookies and storage) nothing here uses: no fixture, stand-in script or adapter.
 */
async function tabFor(browser: Browser, scripts: string[], clock: boolean): Promise<{ tab: Tab; release(): void }> {
  const file = expect.getState().testPath;
  if (file !== tabsOf) {
    const old = [...tabs.values()];
    tabs.clear();
    tabsOf = file;
    await Promise.all(old.map(async (tab) => (await tab).context.close()));
  }
  const key = JSON.stringify([clock, scripts]);
  let tab = tabs.get(key);
  if (!tab) tabs.set(key, (tab = newTab(browser, scripts, clock)));
  const discard = () => {
    if (tabs.get(key) === tab) tabs.delete(key);
    void tab.then((t) => t.context.close()).catch(() => {});
  };
  onTestFailed(discard);
  // A clock stays with its context and its page: never lent to another test.
  return { tab: await tab, release: clock ? discard : () => {} };
}

/** A page's HTML, read once per run (the real pages are up to 3 MB). */
function readPage(file: string): Promise<string> {
  let text = html.get(file);
  if (!text) html.set(file, (text = readFile(file, 'utf8')));
  return text;
}

async function load(browser: Browser, body: string, url: string, options: OpenOptions): Promise<FixturePage> {
  const { tab, release } = await tabFor(browser, options.scripts ?? [], !!options.clock);
  const blocked: string[] = [];
  const errors: string[] = [];
  tab.serving = { url, html: body, csp: !!options.refuseInBrowser, blocked, errors };
  await tab.page.goto(url);
  return { page: tab.page, blocked, errors, close: async () => release() };
}

/**
 * `file` (tests/fixtures/pages, or an absolute path) served at `url`, in this file's tab, with the adapters
 * (and any `options.scripts`) injected before the page's own scripts run, so composers that appear later
 * are seen as they appear.
 */
export async function openFixture(browser: Browser, file: string, url: string, options: OpenOptions = {}): Promise<FixturePage> {
  return load(browser, await readPage(isAbsolute(file) ? file : FIXTURES + file), url, options);
}

/**
 * Moves the page's `performance.now()` a minute on, as if it had loaded long ago: composer detection
 * started after this is past the first seconds of the page, which it watches closely (lib/content/observe.ts),
 * without the test waiting them out in real time and racing their timer.
 */
export function aMinuteAfterLoad(page: Page): Promise<void> {
  return page.evaluate(() => {
    const now = performance.now.bind(performance);
    performance.now = () => now() + 60_000;
  });
}

/** Where openMarkup serves its markup (a reserved name: nothing is ever asked of the network). */
const MARKUP_URL = 'https://markup.invalid/';

/** A page with the adapters and the given markup (for reader tests on samples of each editor's DOM). */
export function openMarkup(browser: Browser, html: string): Promise<FixturePage> {
  return load(browser, html, MARKUP_URL, {});
}

/**
 * Types `text` into the focused editor the way the adapters need it typed, at a fraction of the cost of
 * `keyboard.type` (a keydown and a keyup round trip per character, about 3 ms of CPU each). Real keys for
 * what an editor or site handles per key: each line's first character (the editor's first input: its
 * placeholder and empty state), every character that is not a letter, digit or space (the `@` of a
 * mention, the `#` of a hashtag, a link's `:` `/` `?`, punctuation) and the line breaks (`newline`:
 * Facebook comments send on Enter). The runs of letters, digits and spaces between them go in with
 * `keyboard.insertText`: the same trusted beforeinput/input (`insertText`) a key gives, without the
 * keydown/keyup around it, which no editor or site here handles for a plain letter. Characters no key
 * types (an emoji, `ç`) `keyboard.type` inserts as text anyway. Tests whose point is the key events
 * themselves (keystroke-cost, boxes, observe) type every key.
 */
export async function typeDraft(page: Page, text: string, newline: 'Enter' | 'Shift+Enter' = 'Enter'): Promise<void> {
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) await page.keyboard.press(newline);
    const first = [...line.slice(0, 2)][0] ?? '';
    await page.keyboard.type(first);
    for (const [, plain, other] of line.slice(first.length).matchAll(/([\p{L}\p{N} ]+)|([^\p{L}\p{N} ]+)/gu)) {
      if (plain) await page.keyboard.insertText(plain);
      else await page.keyboard.type(other!);
    }
  }
}
