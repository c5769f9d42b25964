// The extension loads, its pages render, and the sites' fixture pages load at their real URLs offline.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePages } from './fixture-pages';
import { freshExtension, NO_PROBLEMS, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await freshExtension();
});
afterAll(() => ext?.close());

it('starts the service worker', async () => {
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  const worker = await ext.serviceWorker();
  expect(worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});

describe.each(['sidepanel.html', 'options.html'])('%s', (path) => {
  it('renders without errors', async () => {
    const page = await ext.openExtensionPage(path);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect((await page.locator('#root').innerText()).trim()).not.toBe('');
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe.each(Object.entries(fixturePages))('%s', (url, file) => {
  it(`is served from ${file} with no request leaving the browser`, async () => {
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8'))?.[1];
    const page = await ext.page(url);
    expect(page.url()).toBe(url);
    expect(await page.title()).toBe(title);
    expect(ext.requests.served).toContain(url);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
