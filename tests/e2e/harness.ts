/**
 * The browser-test harness: the built extension (.output/chrome-mv3) loaded into real Chromium,
 * with the social sites' real URLs served from local fixture pages and all other traffic refused.
 *
 * Adding a test: create `tests/e2e/<feature>.e2e.ts` (`npm test` and `npm run test:e2e` pick it up):
 *
 *   import { afterAll, beforeAll, expect, it } from 'vitest';
 *   import { freshExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
 *
 *   let ext: ExtensionSession;
 *   beforeAll(async () => { ext = await freshExtension(); });
 *   afterAll(() => ext?.close());
 *
 *   it('marks the composer', async () => {
 *     const page = await ext.page('https://x.com/home');     // served from tests/fixtures/pages/x-home.html
 *     await page.getByRole('textbox', { name: 'Post text' }).click();
 *     await page.keyboard.type('Hello');
 *     // ...assert on the page, or on ext.openExtensionPage('sidepanel.html')...
 *     expect(ext.problems()).toEqual(NO_PROBLEMS);            // nothing left the browser, no errors
 *   });
 *
 * A new page: drop the HTML in tests/fixtures/pages and map its URL in ./fixture-pages.ts
 * (or, for one test, `ext.servePage(url, 'file.html')`). A file that needs only the extension as
 * installed takes freshExtension() (the worker's one browser, reset for it; see below); one that tests
 * the install, the browser's language or what leaves the browser from launch takes launchExtension(),
 * a browser and profile of its own. Two workers run files side by side. Run one file:
 * `npx vitest run -c vitest.e2e.config.ts tests/e2e/<file>` after `npx wxt build` (the global setup
 * warns when the build is older than the sources).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { fixturePages } from './fixture-pages';
import { startEgressRecorder } from './support/egress-recorder';
import { withInlineIcon } from './support/favicon';
import { launchArgs } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Chromium's executable, found (or installed) by the global setup. */
    chromiumPath: string;
    /** A snapshot of the chrome-mv3 build, taken by the global setup. */
    extensionDir: string;
    /** Where the workers' shared browsers keep their profiles; the global setup removes it after the run. */
    profilesDir: string;
  }
}

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
// The extension's own files and in-memory URLs never touch the network.
const LOCAL_PROTOCOLS = new Set(['chrome-extension:', 'data:', 'blob:']);
const UNCAUGHT = '[uncaught]';
const WAIT_MS = 15_000;

export interface Problems {
  /** Requests that tried to leave the browser (refused): must stay empty. */
  blocked: string[];
  /** Uncaught errors in pages, extension pages and the service worker. */
  pageErrors: string[];
  /** console.error output from pages, extension pages and the service worker. */
  consoleErrors: string[];
}

export const NO_PROBLEMS: Problems = { blocked: [], pageErrors: [], consoleErrors: [] };

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's running service worker (waits for it if Chromium restarted it). */
  serviceWorker(): Promise<Worker>;
  /** A new tab at `url`; fixture URLs are served locally, anything else is refused and recorded. */
  page(url: string): Promise<Page>;
  /** A new tab at chrome-extension://<id>/<path>, e.g. 'sidepanel.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Serve `url` from tests/fixtures/pages/<fixtureFile> for the rest of this session. */
  servePage(url: string, fixtureFile: string): void;
  requests: {
    /** Fixture URLs served, in order. */
    served: string[];
    /** Refused requests: routed ones (`GET https://…`), WebSockets, and connections that got past routing. */
    readonly blocked: string[];
    /** Chromium's own update and account checks, which are not the extension's doing. */
    housekeeping: string[];
  };
  pageErrors: string[];
  consoleErrors: string[];
  /** A copy of everything a test normally expects empty; compare with NO_PROBLEMS. */
  problems(): Problems;
  close(): Promise<void>;
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

function describeSource(message: ConsoleMessage): string {
  return message.page()?.url() ?? message.worker()?.url() ?? message.location().url;
}

// Playwright reports uncaught errors of pages but not of service workers: the worker logs them with a
// marker, and the console listener files them under pageErrors.
async function reportUncaughtErrors(worker: Worker): Promise<void> {
  await worker.evaluate((marker) => {
    const scope = globalThis as unknown as EventTarget;
    scope.addEventListener('error', (event) => console.error(marker, String((event as ErrorEvent).error ?? (event as ErrorEvent).message)));
    scope.addEventListener('unhandledrejection', (event) => console.error(marker, String((event as PromiseRejectionEvent).reason)));
  }, UNCAUGHT);
}

/** The first tab whose URL passes `match`, once there (a tab the extension opens starts at about:blank). */
async function waitForPage(context: BrowserContext, match: (url: string) => boolean): Promise<Page> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = context.pages().find((p) => match(p.url()));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(
        `No tab opened at the expected URL; open: ${context
          .pages()
          .map((p) => p.url())
          .join(', ')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LaunchOptions {
  /** the browser's UI language, e.g. 'de' or 'sv' (needs Chromium's locale files: Debian's chromium-l10n) */
  lang?: string;
  /** leave open the welcome tab the install opens (closed by default, as a person who set up would) */
  keepWelcome?: boolean;
  /** also set LANGUAGE in Chromium's environment (default true); without it Chromium's i18n.getUILanguage() stays en-US */
  languageEnv?: boolean;
}

/**
 * The profile's preferences: no preconnects or DNS prefetches to the routed sites' real hosts, and no
 * autofill or password manager, which ask Google's servers about every form a page shows (the real
 * pages have many) and retry for many seconds after the page has gone, into the next test file when
 * the browser is shared. Whatever still comes through is recorded by the egress recorder.
 */
const QUIET_PROFILE = {
  net: { network_prediction_options: 2 },
  autofill: { profile_enabled: false, credit_card_enabled: false },
  credentials_enable_service: false,
  profile: { password_manager_enabled: false },
};

/** Launches Chromium with the built extension in a fresh profile. Close it in afterAll. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  return (await launch(options)).session;
}

interface Launched {
  session: ExtensionSession;
  /** Empties the session's records (served, blocked, errors) and maps the fixture pages only. */
  forget(): void;
}

async function launch({ lang, keepWelcome = false, languageEnv = true }: LaunchOptions, profilesIn = tmpdir()): Promise<Launched> {
  const extensionDir = inject('extensionDir');
  const executablePath = inject('chromiumPath');
  if (!extensionDir || !executablePath) throw new Error('Run browser tests with vitest.e2e.config.ts (its global setup prepares them).');

  const egress = await startEgressRecorder();
  const userDataDir = await mkdtemp(join(profilesIn, 'postcheck-profile-'));
  await mkdir(join(userDataDir, 'Default'));
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(QUIET_PROFILE));

  const args = [
    ...launchArgs(extensionDir),
    `--proxy-server=${egress.proxyServer}`,
    // Loopback too goes through the recorder.
    '--proxy-bypass-list=<-loopback>',
  ];

  const cleanUp = async () => {
    await egress.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: lang ? [...args, `--lang=${lang}`] : args,
      ...(lang ? { locale: lang, ...(languageEnv ? { env: { ...process.env, LANGUAGE: lang } } : {}) } : {}),
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  context.setDefaultTimeout(WAIT_MS);

  const pages = new Map<string, string>(Object.entries(fixturePages));
  const served: string[] = [];
  const routedBlocked: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  context.on('weberror', (error) => pageErrors.push(`${error.page()?.url() ?? 'unknown page'}: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (text.startsWith(UNCAUGHT)) pageErrors.push(`${describeSource(message)}: ${text.slice(UNCAUGHT.length + 1)}`);
    else consoleErrors.push(`${describeSource(message)}: ${text}`);
  });

  await context.route(
    (url) => !LOCAL_PROTOCOLS.has(url.protocol),
    async (route) => {
      const request = route.request();
      const file = request.method() === 'GET' ? pages.get(withoutHash(request.url())) : undefined;
      if (file) {
        served.push(request.url());
        const path = join(FIXTURE_DIR, file);
        // An HTML page declares an inline icon: see support/favicon.ts.
        if (file.endsWith('.html')) await route.fulfill({ contentType: 'text/html', body: withInlineIcon(await readFile(path)) });
        else await route.fulfill({ path });
      } else {
        routedBlocked.push(`${request.method()} ${request.url()}`);
        await route.abort('blockedbyclient');
      }
    },
  );
  await context.routeWebSocket(
    () => true,
    (socket) => {
      routedBlocked.push(`WebSocket ${socket.url()}`);
      void socket.close({ code: 1008, reason: 'Blocked by the test harness' });
    },
  );

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const hooked = new WeakSet<Worker>();
  const hook = async (worker: Worker) => {
    if (!isOurs(worker) || hooked.has(worker)) return;
    hooked.add(worker);
    await reportUncaughtErrors(worker).catch(() => {});
  };
  // Chromium stops an idle service worker and starts a new one on the next event.
  context.on('serviceworker', (worker) => void hook(worker));
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WAIT_MS });

  let firstWorker: Worker;
  try {
    firstWorker = await serviceWorker();
  } catch {
    await context.close();
    await cleanUp();
    throw new Error(`The extension's service worker did not start: is ${extensionDir} a valid chrome-mv3 build?`);
  }
  // It may have started before the listener above was attached.
  await hook(firstWorker);
  const extensionId = new URL(firstWorker.url()).host;

  // A fresh profile is an install, which opens the welcome tab (lib/background/first-run.ts): the
  // suites start after it, as a person who closed it; welcome.e2e.ts keeps it.
  const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
  try {
    const welcome = await waitForPage(context, (url) => url === welcomeUrl);
    // Closed once it has read the rules, as Firefox's harness does (it logs a page closed mid-read).
    if (!keepWelcome)
      await welcome
        .locator('main[aria-busy="false"]')
        .waitFor()
        .then(() => welcome.close());
  } catch (error) {
    await context.close();
    await cleanUp();
    throw error;
  }
  // Closing the last tab can end the browser: this one stays open until close().
  if (context.pages().length === 0) await context.newPage();

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  const blocked = () => [...routedBlocked, ...egress.leaked];
  const forget = () => {
    pages.clear();
    for (const [url, file] of Object.entries(fixturePages)) pages.set(url, file);
    for (const list of [served, routedBlocked, pageErrors, consoleErrors, egress.leaked, egress.housekeeping]) list.length = 0;
  };

  const session: ExtensionSession = {
    context,
    extensionId,
    serviceWorker,
    page: open,
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`),
    servePage: (url, fixtureFile) => void pages.set(withoutHash(url), fixtureFile),
    requests: {
      served,
      get blocked() {
        return blocked();
      },
      housekeeping: egress.housekeeping,
    },
    pageErrors,
    consoleErrors,
    problems: () => ({
      blocked: blocked(),
      pageErrors: [...pageErrors],
      consoleErrors: [...consoleErrors],
    }),
    close: async () => {
      await context.close();
      await cleanUp();
    },
  };
  return { session, forget };
}

// ---- One browser per worker, for the files that need only a fresh extension ----

/** What a fresh install leaves in the extension's storage areas (read once the welcome tab has read the rules). */
interface Stored {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

interface Shared extends Launched {
  fresh: Stored;
  /** A blank tab kept open (closing the last tab can end the browser), with a DevTools session on it. */
  keeper: Page;
  cdp: CDPSession;
  /** Whether a file has had it since the last reset. */
  used: boolean;
}

let shared: Promise<Shared> | undefined;

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: {
  storage: Record<
    keyof Stored,
    { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> }
  >;
};

const readAll = (worker: Worker): Promise<Stored> =>
  worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));

/**
 * Stops the extension's service worker and starts it again, as Chromium does with an idle one: what it
 * held in memory (cached reviews, the cross-post memory, timers of writes still held) goes with it.
 */
async function restartWorker(s: Launched, cdp: CDPSession): Promise<Worker> {
  const running = new Map<string, string>();
  const scope = `chrome-extension://${s.session.extensionId}/`;
  const changed = (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(scope)) running.set(v.versionId, v.runningStatus);
  };
  const until = async (status: string) => {
    const deadline = Date.now() + WAIT_MS;
    while (![...running.values()].includes(status)) {
      if (Date.now() > deadline) throw new Error(`the extension's service worker did not reach "${status}"`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  cdp.on('ServiceWorker.workerVersionUpdated', changed);
  try {
    // Enabling reports every version's state at once.
    await cdp.send('ServiceWorker.enable');
    await until('running');
    const versionId = [...running].find(([, status]) => status === 'running')![0];
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await until('stopped');
    await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
    await until('running');
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', changed);
    await cdp.send('ServiceWorker.disable').catch(() => {});
  }
  // Playwright keeps the same Worker for the restarted one; the new global needs the error hook again.
  const worker = await s.session.serviceWorker();
  await reportUncaughtErrors(worker);
  return worker;
}

async function launchShared(): Promise<Shared> {
  // Playwright ends the browser as the worker exits; the global setup removes the profile after the run.
  const s = await launch({}, inject('profilesDir'));
  const keeper = s.session.context.pages()[0] ?? (await s.session.context.newPage());
  const cdp = await s.session.context.newCDPSession(keeper);
  // Read after a restart, as every later file starts after one.
  const fresh = await readAll(await restartWorker(s, cdp));
  return { ...s, fresh, keeper, cdp, used: false };
}

/** Back to a fresh install's state: no tabs but the keeper, storage as installed, the worker started anew, no records. */
async function reset(s: Shared): Promise<void> {
  const { context } = s.session;
  await Promise.all(
    context
      .pages()
      .filter((p) => p !== s.keeper)
      .map((p) => p.close()),
  );
  // Stopped first, so nothing the last file left running writes after the storage is set back.
  await restartWorker(s, s.cdp);
  const worker = await s.session.serviceWorker();
  await worker.evaluate(async (fresh) => {
    for (const area of ['local', 'sync', 'session'] as const) {
      await chrome.storage[area].clear();
      await chrome.storage[area].set(fresh[area]);
    }
  }, s.fresh);
  // And again, so that nothing read from the last file's storage at the start stays in memory.
  await restartWorker(s, s.cdp);
  s.forget();
}

/**
 * The worker's one browser with the extension, as a fresh install leaves it (welcome tab closed,
 * default rules, no tabs but a blank one, empty records): for a file that needs nothing else. Each
 * call after the first resets it (see reset above), so a file sees nothing of the one before.
 * Its close() leaves the browser to the next file; a file that tests the install, the browser's
 * language or what leaves the browser from launch uses launchExtension.
 */
export async function freshExtension(): Promise<ExtensionSession> {
  shared ??= launchShared();
  const s = await shared;
  if (s.used) await reset(s);
  s.used = true;
  return { ...s.session, close: async () => {} };
}
