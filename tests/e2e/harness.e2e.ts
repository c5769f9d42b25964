// The harness's own guarantees: what the other browser tests assert empty really fills up when it should.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshExtension, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await freshExtension();
});
afterAll(() => ext?.close());

it('refuses and records requests to unmapped URLs, from pages and from the service worker', async () => {
  const page = await ext.page('https://x.com/home');
  await page.evaluate(() => fetch('https://example.com/from-page').catch(() => 'refused'));
  const worker = await ext.serviceWorker();
  expect(
    await worker.evaluate(() =>
      fetch('https://example.net/from-worker').then(
        () => 'sent',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
  expect(ext.requests.blocked).toEqual(
    expect.arrayContaining(['GET https://example.com/from-page', 'GET https://example.net/from-worker']),
  );
  await page.close();
});

it('refuses and records WebSockets, including those that bypass routing', async () => {
  const page = await ext.page('https://x.com/home');
  const opened = (url: string) =>
    new Promise<string>((resolve) => {
      const socket = new WebSocket(url);
      socket.onopen = () => resolve('open');
      socket.onclose = () => resolve('closed');
    });
  expect(await page.evaluate(opened, 'wss://example.org/from-page')).toBe('closed');
  const worker = await ext.serviceWorker();
  expect(await worker.evaluate(opened, 'wss://example.org/from-worker')).toBe('closed');
  await expect
    .poll(() => ext.requests.blocked)
    .toEqual(expect.arrayContaining(['WebSocket wss://example.org/from-page', 'CONNECT example.org:443']));
  await page.close();
});

/**
 * A straggler reaches the proxy within milliseconds of its cause: one request sent after all of them (a
 * WebSocket from the worker goes past routing, to the proxy) arrives after it, and must be the only one
 * recorded since `before`.
 */
async function expectOnlySentinelSince(before: number): Promise<void> {
  const sentinel = 'CONNECT after-the-test.invalid:443';
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => void new WebSocket('wss://after-the-test.invalid/'));
  await expect.poll(() => ext.requests.blocked.slice(before)).toContain(sentinel);
  expect(ext.requests.blocked.slice(before)).toEqual([sentinel]);
}

// Chromium asks for /favicon.ico as a load ends; a page closed or reloaded just then let the request
// through routing to the network (support/favicon.ts): about half of these pages did.
it('sends nothing when pages are reloaded and closed as their load ends', async () => {
  const before = ext.requests.blocked.length;
  for (let round = 0; round < 4; round++) {
    for (const url of ['https://www.linkedin.com/feed/', 'https://x.com/home', 'https://www.facebook.com/']) {
      const page = await ext.page(url);
      await page.reload();
      await page.close();
    }
  }
  await expectOnlySentinelSince(before);
});

// Chromium's autofill asks Google's servers about every form with a few fields, and retries for seconds:
// with a shared browser, the retries after a real page full of forms landed in the next file's records.
// The profile turns autofill and the password manager off (harness.ts QUIET_PROFILE).
const SIGN_UP = `<!doctype html><title>Sign up</title><form action="/signup" method="post">
<label>First name <input name="firstname" autocomplete="given-name"></label>
<label>Last name <input name="lastname" autocomplete="family-name"></label>
<label>Email <input type="email" name="email" autocomplete="email"></label>
<label>Phone <input type="tel" name="phone" autocomplete="tel"></label>
<label>Street <input name="address" autocomplete="street-address"></label>
<label>Password <input type="password" name="password"></label>
<button>Sign up</button></form>`;

it('asks no one about the forms a page shows', async () => {
  const before = ext.requests.blocked.length;
  const page = await ext.context.newPage();
  // A page of this test's own, answered before the harness's routing sees it.
  await page.route('https://signup.example/', (route) => route.fulfill({ contentType: 'text/html', body: SIGN_UP }));
  await page.goto('https://signup.example/');
  for (const name of ['firstname', 'lastname', 'email', 'phone', 'address']) {
    await page.locator(`input[name=${name}]`).click();
    await page.keyboard.type('Ada');
  }
  await page.close();
  await expectOnlySentinelSince(before);
});

it('records uncaught errors and console errors of pages and of the service worker', async () => {
  const page = await ext.openExtensionPage('options.html');
  await page.evaluate(() => {
    console.error('page console error');
    setTimeout(() => {
      throw new Error('page uncaught error');
    });
  });
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    console.error('worker console error');
    void Promise.reject(new Error('worker rejection'));
  });
  await expect
    .poll(() => ext.problems().pageErrors.join('\n'))
    .toMatch(/page uncaught error[\s\S]*worker rejection|worker rejection[\s\S]*page uncaught error/);
  expect(ext.consoleErrors.join('\n')).toContain('page console error');
  expect(ext.consoleErrors.join('\n')).toContain('worker console error');
  await page.close();
});
