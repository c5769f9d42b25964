// First run: the install opens the welcome page once; an update (of Postcheck, the browser or a shared module) opens nothing.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { opensWelcome, watchFirstRun } from '../../../lib/background/first-run';
import { unseenNotes, WHATS_NEW, WHATS_NEW_SEEN_KEY } from '../../../lib/settings/whats-new';

describe('opensWelcome', () => {
  test('only a fresh install', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update'])
      expect(opensWelcome({ reason }), reason).toBe(false);
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
    // The welcome page shows it all: no "what is new" in the panel after an install.
    expect(unseenNotes((await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY))[WHATS_NEW_SEEN_KEY])).toEqual([]);
  });

  test('an update opens nothing', async () => {
    watchFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await tabUrls()).toEqual([]);
    // An update leaves the notes unseen, for the panel to show once.
    expect(await fakeBrowser.storage.local.get(WHATS_NEW_SEEN_KEY)).toEqual({});
  });
});

describe('unseenNotes', () => {
  const notes = [
    { id: 'a', message: 'whatsNew_firstRun' },
    { id: 'b', message: 'whatsNew_firstRun' },
  ] as const;
  test('the notes whose ids are not stored; nothing or garbage stored means none seen', () => {
    expect(unseenNotes(undefined, notes)).toEqual(notes);
    expect(unseenNotes('a', notes)).toEqual(notes);
    expect(unseenNotes(['a', 7], notes)).toEqual([notes[1]]);
    expect(unseenNotes(['a', 'b', 'gone'], notes)).toEqual([]);
  });
  test('every note has its own id', () => {
    expect(new Set(WHATS_NEW.map((n) => n.id)).size).toBe(WHATS_NEW.length);
  });
});
