/**
 * The Firefox browser-test harness: the Firefox build (.output/firefox-mv2) installed into Debian's
 * firefox-esr, driven over WebDriver BiDi by puppeteer-core, with the sites' real URLs served from
 * local fixture pages and every other request refused and recorded.
 *
 *   let ff: FirefoxSession;
 *   beforeAll(async () => { ff = await launchFirefox(); });
 *   afterAll(() => ff?.close());
 *   it('marks the composer', async () => {
 *     const page = await ff.page('https://x.com/home');        // tests/fixtures/pages/x-home.html
 *     ...
 *     expect(await ff.problems()).toEqual(NO_PROBLEMS);
 *   });
 *
 * Errors are read where Firefox puts them: the browser's console service and console API storage,
 * from the chrome scope (needs `--remote-allow-system-access`), filtered to the extension's own
 * scripts and the served pages. That is where "Promise rejected after context unloaded" lands.
 *
 * Firefox cuts off whatever script a page is running when the page goes (closed, reloaded, navigated
 * away: `dom.ipc.cancel_content_js_when_navigating`), and logs it as "Script terminated by timeout". One
 * of ours cut off while a page of the test was going is the browser's doing, and is not counted; one
 * at any other time is a script that ran past Firefox's limit, and is.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { fixturePages } from '../e2e/fixture-pages';
import { startEgressRecorder } from '../e2e/support/egress-recorder';
import { withInlineIcon } from '../e2e/support/favicon';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
/** A fixed internal UUID, so extension pages have a known moz-extension:// origin. */
export const UUID = '6f1c3f0e-52b1-4c1e-9d2a-70a57c0c4b01';
const WAIT_MS = 15_000;
const LOCAL = ['moz-extension:', 'data:', 'blob:'];

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Firefox's own calls that the prefs below do not silence; recorded apart, never the extension's doing. */
const FIREFOX_HOUSEKEEPING = new Set([
  'firefox.settings.services.mozilla.com',
  'content-signature-2.cdn.mozilla.net',
  'detectportal.firefox.com',
  'push.services.mozilla.com',
  'location.services.mozilla.com',
  'shavar.services.mozilla.com',
  'aus5.mozilla.org',
]);

export interface Problems {
  /** Requests that tried to leave the browser: must stay empty. */
  blocked: string[];
  /** Uncaught errors of the served pages. */
  pageErrors: string[];
  /** Errors and warnings Firefox logged for the extension's scripts and pages, and console.error calls there. */
  consoleErrors: string[];
}
export const NO_PROBLEMS: Problems = { blocked: [], pageErrors: [], consoleErrors: [] };

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The BiDi session behind a puppeteer page (not part of puppeteer's typed API). */
function bidiSession(page: Page): BidiSession {
  const frame = page.mainFrame() as unknown as { browsingContext: { userContext: { browser: { session: BidiSession } } } };
  return frame.browsingContext.userContext.browser.session;
}

function browsingContextOf(page: Page): { id: string; navigate(url: string, wait: 'none' | 'complete'): Promise<unknown> } {
  return (page.mainFrame() as unknown as { browsingContext: { id: string; navigate(url: string, wait: string): Promise<unknown> } })
    .browsingContext;
}

export interface FirefoxSession {
  browser: Browser;
  version: number;
  /** The extension's add-on id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** A new tab at `url`, served from tests/fixtures/pages/<file> (default: the row in ../e2e/fixture-pages.ts). */
  page(url: string, file?: string): Promise<Page>;
  /** A new tab at moz-extension://<uuid>/<path>. */
  extensionPage(path: string): Promise<Page>;
  /** Evaluate `expression` in the browser's chrome scope (the browser window's privileged global). */
  chrome<T = unknown>(expression: string): Promise<T>;
  /** Firefox's real sidebar, driven and read from the chrome scope. */
  sidebar: {
    isOpen(): Promise<boolean>;
    /** Open Postcheck's sidebar as its toolbar button and shortcut do. */
    open(): Promise<void>;
    /** The text the sidebar shows ('' while it is closed or loading). */
    text(): Promise<string>;
    /** The review's network, kind and verdict, as the sidebar's root element carries them (null while none). */
    review(): Promise<{ network: string; kind: string; verdict: string } | null>;
    /** An attribute of the first element matching `selector` in the sidebar (null while none). */
    attribute(selector: string, name: string): Promise<string | null>;
    /** Clicks the first button matching `selector` whose text includes `text`; false while there is none. */
    click(selector: string, text: string): Promise<boolean>;
  };
  problems(): Promise<Problems>;
  /**
   * Back to the state of the fresh install (see sharedFirefox): every tab the tests opened closed, the sidebar
   * shut, the extension's storage as the install left it, the served-pages table and everything problems()
   * reports cleared.
   */
  reset(): Promise<void>;
  /** The extension's storage as the install left it, which reset() restores. */
  installed: Record<'local' | 'sync' | 'session', Record<string, unknown>>;
  /** Reads storage.local from an extension page kept open (the settled welcome page) until closed. */
  localStorageReader(): Promise<{ get(key: string): Promise<unknown>; close(): Promise<void> }>;
  /** Runs `go`, which makes a page go (history.go from the page, say), as a time when Firefox may cut its scripts off. */
  leaving<T>(go: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How long after a page went Firefox may still log the script it cut off then (the message crosses processes). */
const CUT_OFF_LOGGED_WITHIN_MS = 3_000;

/** Whether `message`, logged at `at`, is Firefox cutting off a script as its page went during one of `leaving`. */
export function cutOffAsPageWent(message: string, at: number, leaving: ReadonlyArray<readonly [number, number]>): boolean {
  return /Script terminated by timeout/.test(message) && leaving.some(([from, to]) => at >= from && at <= to + CUT_OFF_LOGGED_WITHIN_MS);
}

/**
 * The first element matching `inner` inside the open shadow root of an element matching `host` (or in
 * the document, host null), once there. Polled: puppeteer's own waiting watches the document for
 * mutations, and a change inside a shadow root (the badge's verdict, the share prompt's buttons, an
 * editor marked in LinkedIn's overlay) is not one.
 */
export async function waitInShadow(page: Page, host: string | null, inner: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (h, i) => {
      if (h === null) return document.querySelector(i);
      for (const el of document.querySelectorAll(h)) {
        const found = el.shadowRoot?.querySelector(i);
        if (found) return found;
      }
      return null;
    },
    { polling: 50 },
    host,
    inner,
  );
  return handle as ElementHandle<Element>;
}

let shared: Promise<FirefoxSession> | undefined;

/**
 * One Firefox for the files of this worker that need a freshly installed extension but not the install itself
 * (vitest.firefox.config.ts runs the files in one worker without isolation, so the launch is made once): each
 * call resets it to the install's state. Not closed by the files: puppeteer ends Firefox when the worker exits,
 * and the global setup's teardown removes its profile. Files that test the install launch their own.
 */
export async function sharedFirefox(): Promise<FirefoxSession> {
  let fresh = false;
  shared ??= ((fresh = true), launchFirefox());
  const ff = await shared;
  if (!fresh) await ff.reset();
  return ff;
}

/** Firefox's id for an add-on's sidebar: the add-on id made a widget id, then `-sidebar-action`. */
const sidebarId = (addonId: string) => `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;

export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = inject('firefoxPath');
  const extensionDir = inject('firefoxExtensionDir');
  if (!executablePath || !extensionDir)
    throw new Error('Run Firefox tests with vitest.firefox.config.ts (its global setup prepares them).');
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;

  const egress = await startEgressRecorder(FIREFOX_HOUSEKEEPING);
  const proxy = new URL(egress.proxyServer);
  const userDataDir = await mkdtemp(join(inject('firefoxScratchDir') ?? tmpdir(), 'profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir,
      // Chrome-scope evaluation (the console service) and the moz:scope contexts need system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
        // Every connection goes to the recorder, loopback included: what reaches it would have left the machine.
        'network.proxy.type': 1,
        'network.proxy.http': proxy.hostname,
        'network.proxy.http_port': Number(proxy.port),
        'network.proxy.ssl': proxy.hostname,
        'network.proxy.ssl_port': Number(proxy.port),
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        // Firefox's own favicon fetches (e.g. of a page shown again from history) are not the extension's.
        'browser.chrome.site_icons': false,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.http.speculative-parallel-limit': 0,
        'browser.safebrowsing.update.enabled': false,
        'extensions.getAddons.cache.enabled': false,
      },
    });
  } catch (error) {
    await egress.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await browser.installExtension(extensionDir);

  const routedBlocked: string[] = [];
  const pageErrors: string[] = [];
  const served: string[] = [];
  const opened: Page[] = [];
  const anyPage = async () => opened.find((p) => !p.isClosed()) ?? (await browser.pages())[0] ?? (await browser.newPage());

  const chrome = async <T>(expression: string): Promise<T> => {
    const session = bidiSession(await anyPage());
    const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = (tree.result.contexts as { context: string }[])[0]!.context;
    const reply = await session.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    const result = reply.result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (result.type !== 'success')
      throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    return result.result?.value as T;
  };

  // The install opens the welcome tab (lib/background/first-run.ts): the suites start after it, as a
  // person who closed it (tests/e2e/welcome.e2e.ts tests the page in Chromium). It is closed once it has
  // read the rules (its main no longer busy): closed mid-read, Firefox logs "Promise resolved after
  // context unloaded". Found from the chrome scope, as BiDi reports the tab as about:blank, and read by
  // a frame script, as the page runs in the extension's process.
  try {
    const welcome = JSON.stringify(`moz-extension://${UUID}/welcome.html`);
    const deadline = Date.now() + WAIT_MS;
    while (
      !(await chrome<boolean>(`new Promise((resolve) => {
        for (const win of Services.wm.getEnumerator('navigator:browser')) {
          const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${welcome});
          if (!tab) continue;
          const mm = tab.linkedBrowser.messageManager;
          const name = 'postcheck-test:' + Math.random();
          const done = (m) => {
            mm.removeMessageListener(name, done);
            clearTimeout(timer);
            const ready = m ? m.data === true : false;
            if (ready) win.gBrowser.removeTab(tab);
            resolve(ready);
          };
          const timer = setTimeout(() => done(null), 3000);
          mm.addMessageListener(name, done);
          const script = 'sendAsyncMessage(' + JSON.stringify(name) + ', !!content.document.querySelector("main[aria-busy=false]"))';
          mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
          return;
        }
        resolve(false);
      })`))
    ) {
      if (Date.now() > deadline) throw new Error('The install opened no welcome tab, or it never read the rules');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    await browser.close().catch(() => {});
    await egress.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const pages = new Map<string, string>(Object.entries(fixturePages));
  const serve = async (request: HTTPRequest) => {
    const url = request.url();
    if (LOCAL.some((scheme) => url.startsWith(scheme))) return request.continue();
    const fixture = request.method() === 'GET' ? pages.get(withoutHash(url)) : undefined;
    if (fixture) {
      served.push(url);
      return request.respond({ status: 200, contentType: 'text/html', body: withInlineIcon(await readFile(join(FIXTURE_DIR, fixture))) });
    }
    routedBlocked.push(`${request.method()} ${url}`);
    return request.abort();
  };

  // When pages of the test went (from, to): see cutOffAsPageWent.
  const leavingTimes: Array<[number, number]> = [];
  const leaving = async <T>(go: () => Promise<T>): Promise<T> => {
    const from = Date.now();
    try {
      return await go();
    } finally {
      leavingTimes.push([from, Date.now()]);
    }
  };

  const page = async (url: string, file?: string) => {
    if (file) pages.set(withoutHash(url), file);
    const tab = await browser.newPage();
    opened.push(tab);
    // Closing, reloading or leaving the page is a time Firefox may cut its scripts off.
    for (const name of ['close', 'goto', 'reload', 'goBack', 'goForward'] as const) {
      const original = tab[name].bind(tab) as (...args: unknown[]) => Promise<unknown>;
      (tab as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => leaving(() => original(...args));
    }
    tab.setDefaultTimeout(WAIT_MS);
    await tab.setRequestInterception(true);
    tab.on('request', (request) => void serve(request).catch(() => {}));
    tab.on('pageerror', (error) => pageErrors.push(`${tab.url()}: ${error instanceof Error ? error.message : String(error)}`));
    await tab.goto(url);
    return tab;
  };

  const extensionPage = async (path: string, track = true) => {
    const tab = await browser.newPage();
    if (track) opened.push(tab);
    tab.setDefaultTimeout(WAIT_MS);
    // A navigation to a moz-extension:// page never reports "complete" to BiDi clients: start it and wait for the document.
    await browsingContextOf(tab).navigate(`moz-extension://${UUID}/${path.replace(/^\//, '')}`, 'none');
    await tab.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:');
    return tab;
  };

  /**
   * `expression` (over `d`, the sidebar page's document) evaluated in Postcheck's sidebar page, which runs
   * in a remote <browser> inside the sidebar: a frame script reads it and sends the value back as JSON.
   * Null while the sidebar is closed or shows another page.
   */
  const inSidebar = async <T>(expression: string): Promise<T | null> => {
    // Strings cross BiDi as they are; objects would come back as BiDi's remote-value form.
    const json = await chrome<string>(`new Promise((resolve) => {
      const b = SidebarController.isOpen && SidebarController.browser.contentDocument?.getElementById('webext-panels-browser');
      if (!b || !b.currentURI.spec.startsWith('moz-extension://${UUID}/')) return resolve('null');
      const mm = b.messageManager;
      const name = 'postcheck-test:' + Math.random();
      const done = (m) => { mm.removeMessageListener(name, done); clearTimeout(timer); resolve(m ? m.data : 'null'); };
      const timer = setTimeout(() => done(null), 3000);
      mm.addMessageListener(name, done);
      const script = 'const d = content.document; sendAsyncMessage(' + JSON.stringify(name) + ', JSON.stringify((' + ${JSON.stringify('() => ')} + ${JSON.stringify(expression)} + ')() ?? null))';
      mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
    })`);
    return JSON.parse(json) as T | null;
  };

  const sidebar = {
    isOpen: () => chrome<boolean>(`SidebarController.isOpen && SidebarController.currentID === ${JSON.stringify(sidebarId(addonId))}`),
    open: () => chrome<void>(`SidebarController.show(${JSON.stringify(sidebarId(addonId))}).then(() => undefined)`),
    text: async () => (await inSidebar<string>('d.body ? d.body.innerText : ""')) ?? '',
    review: () =>
      inSidebar<{ network: string; kind: string; verdict: string }>(
        '(r => r && { network: r.dataset.network, kind: r.dataset.kind, verdict: r.dataset.verdict })(d.querySelector("[data-verdict][data-network]"))',
      ),
    attribute: (selector: string, name: string) =>
      inSidebar<string>(`d.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)})`),
    // A click as the page's own code would make it: enough for the panel's buttons, which act on click.
    click: async (selector: string, text: string) =>
      (await inSidebar<boolean>(
        `(b => b ? (b.click(), true) : false)([...d.querySelectorAll(${JSON.stringify(selector)})].find(e => e.textContent.includes(${JSON.stringify(text)})))`,
      )) ?? false,
  };

  const problems = async (): Promise<Problems> => {
    const logged = await chrome<string>(`(() => {
      const ours = (source) => typeof source === 'string' && (source.startsWith('moz-extension://${UUID}/') || /^https:\\/\\/[^/]*(x\\.com|twitter\\.com|linkedin\\.com|facebook\\.com)\\//.test(source));
      const out = [];
      for (const m of Services.console.getMessageArray()) {
        if (!(m instanceof Ci.nsIScriptError)) continue;
        const warning = (m.flags & Ci.nsIScriptError.warningFlag) !== 0;
        const info = (m.flags & Ci.nsIScriptError.infoFlag) !== 0;
        if (info || (warning && !m.sourceName.startsWith('moz-extension://'))) continue;
        if (ours(m.sourceName) || /context unloaded|context is inactive|Conduits/.test(m.errorMessage)) out.push({ text: (warning ? 'warning ' : '') + m.sourceName + ': ' + m.errorMessage, at: m.timeStamp });
      }
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      for (const e of storage.getEvents()) {
        if (e.level === 'error' && ours(e.filename)) out.push({ text: 'console.error ' + e.filename + ': ' + e.arguments.map(String).join(' '), at: 0 });
      }
      return JSON.stringify(out);
    })()`);
    const consoleErrors = (JSON.parse(logged) as Array<{ text: string; at: number }>)
      .filter(({ text, at }) => !cutOffAsPageWent(text, at, leavingTimes))
      .map(({ text }) => text);
    return { blocked: [...routedBlocked, ...egress.leaked], pageErrors: [...pageErrors], consoleErrors };
  };

  // What the install left in the extension's storage (the what's-new notes marked seen), read and written
  // from an extension page: the welcome page, closed once it has read the rules, as after the install.
  type Areas = Record<'local' | 'sync' | 'session', Record<string, unknown>>;
  const storagePage = async (track = true) => {
    const tab = await extensionPage('welcome.html', track);
    await tab.waitForSelector('main[aria-busy="false"]');
    return { tab, close: () => leaving(() => tab.close()) };
  };
  const withStorage = async <T>(work: (areas: Areas | null) => Promise<T>, areas: Areas | null): Promise<T> => {
    const { tab, close } = await storagePage(false);
    try {
      return await tab.evaluate(work, areas);
    } finally {
      await close();
    }
  };
  const localStorageReader = async () => {
    const { tab, close } = await storagePage();
    return {
      get: (key: string) =>
        tab.evaluate(async (k) => {
          const { storage } = (
            globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
          ).browser;
          return (await storage.local.get(k))[k];
        }, key),
      close,
    };
  };
  const installed = await withStorage(async () => {
    const { storage } = (
      globalThis as unknown as { browser: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }> } }
    ).browser;
    return { local: await storage.local!.get(null), sync: await storage.sync!.get(null), session: await storage.session!.get(null) };
  }, null);

  const reset = async () => {
    for (const tab of opened.splice(0)) if (!tab.isClosed()) await tab.close();
    await chrome('SidebarController.isOpen && SidebarController.hide()');
    await withStorage(async (areas) => {
      const { storage } = (
        globalThis as unknown as {
          browser: { storage: Record<string, { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> }> };
        }
      ).browser;
      for (const [area, items] of Object.entries(areas!)) {
        await storage[area]!.clear();
        await storage[area]!.set(items);
      }
    }, installed);
    pages.clear();
    for (const [url, file] of Object.entries(fixturePages)) pages.set(url, file);
    for (const list of [routedBlocked, pageErrors, served, egress.leaked]) list.length = 0;
    // The logs start afresh; a script cut off as a tab above closed may still be reported, and is known by the
    // times kept in `leaving`.
    await chrome(`(Services.console.reset(), Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).clearEvents())`);
  };

  return {
    browser,
    version: inject('firefoxVersion'),
    addonId,
    page,
    extensionPage,
    chrome,
    sidebar,
    problems,
    reset,
    installed,
    localStorageReader,
    leaving,
    close: async () => {
      await browser.close().catch(() => {});
      await egress.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
