// First run: the install opens the welcome page once; an update (of Postcheck, the browser or a shared module) opens nothing.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { opensWelcome, watchFirstRun } from '../../../lib/background/first-run';

describe('opensWelcome', () => {
  test('only a fresh install', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) expect(opensWelcome({ reason }), reason).toBe(false);
  });
});

describe('watchFirstRun', () => {
  beforeEach(() => fakeBrowser.reset());

  // The fake browser starts with one blank tab of its own.
  const tabUrls = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));

  test('the install opens one tab at the welcome page', async () => {
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await tabUrls()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  test('an update opens nothing', async () => {
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await tabUrls()).toEqual([]);
  });
});
