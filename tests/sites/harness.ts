/**
 * Adapter tests in real Chromium: lib/sites bundled to one IIFE (`window.PostcheckSites`), injected
 * into fixture pages served at the sites' real URLs. No extension, no network: any request other
 * than the fixture page itself is refused and recorded.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** A module of lib/ as an IIFE assigning `window[name]`, built once per test file. */
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
 * One Chromium for every test file this worker runs (vitest.sites.config.ts runs them in one worker
 * without isolation): each test opens its own context (openFixture, openMarkup), so files share nothing
 * but the browser process. Not closed by the files; Playwright ends it when the worker exits.
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
  close(): Promise<void>;
}

/**
 * A fresh context with `file` (tests/fixtures/pages, or an absolute path) served at `url` and the adapters (and any `more`
 * scripts) injected before the page's own scripts run, so composers that appear later are seen as
 * they appear.
 */
export async function openFixture(browser: Browser, file: string, url: string, more: string[] = []): Promise<FixturePage> {
  const [html, code] = await Promise.all([readFile(isAbsolute(file) ? file : FIXTURES + file, 'utf8'), adapterBundle()]);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.url() === url && request.isNavigationRequest()) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    blocked.push(`${request.method()} ${request.url()}`);
    return route.abort();
  });
  for (const content of [code, ...more]) await context.addInitScript({ content });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, blocked, errors, close: () => context.close() };
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

/** A page with the adapters and the given markup (for reader tests on samples of each editor's DOM). */
export async function openMarkup(browser: Browser, html: string): Promise<FixturePage> {
  const context = await browser.newContext();
  await context.addInitScript({ content: await adapterBundle() });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(html);
  return { page, blocked: [], errors, close: () => context.close() };
}
