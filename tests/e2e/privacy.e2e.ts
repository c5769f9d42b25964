// Drafts live only in session storage: after writing on all three sites, no word of the drafts is in
// local or sync storage or anywhere else the extension could keep it, the cross-post memory holds
// numbers only, a closed tab's draft is gone, and no request left the browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
import { SidePanel } from './pages/side-panel';
import { readStorage as readFromStorage, type Area } from './support/storage';

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => {
  ext = await launchExtension();
  panel = await SidePanel.open(ext);
});
afterAll(() => ext?.close());

// Made-up words, so that none of them can be in the rules or phrase lists already.
const drafts = [
  {
    network: 'x',
    url: 'https://x.com/home',
    editor: 'main [data-testid=tweetTextarea_0]',
    text: 'Zanzibrook marmalith notes: write every decision down, because memory fades. Quorvex!',
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    open: '.share-box-feed-entry__trigger',
    editor: '[role=dialog] .ql-editor',
    text: 'Quokkaville onboarding lessons from Trembleton, because new hires deserve better. What do you think?',
  },
  {
    network: 'facebook',
    url: 'https://www.facebook.com/',
    open: '[role=button]:has-text("on your mind")',
    editor: '[role=dialog] [data-lexical-editor]',
    text: 'Walrusfest picnic at Lake Vimmerkull on Saturday with the whole Ostrander family!',
  },
];

const readStorage = (area: Area) => readFromStorage(ext, area);

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const found = (haystack: string, needles: Set<string>) => [...needles].filter((w) => haystack.toLowerCase().includes(w));

const pages: Page[] = [];
let draftWords: Set<string>;

it('keeps the drafts in session storage only, and cross-post memory as numbers', async () => {
  // Words already stored before writing (rules, phrase lists) prove nothing either way.
  const before = JSON.stringify([await readStorage('local'), await readStorage('sync')]);
  draftWords = new Set(drafts.flatMap((d) => [...words(d.text)]).filter((w) => !before.toLowerCase().includes(w)));
  expect(draftWords.size).toBeGreaterThanOrEqual(20);

  for (const d of drafts) {
    const page = await ext.page(d.url);
    pages.push(page);
    if (d.open) await page.locator(d.open).click();
    await page.locator(d.editor).click();
    await page.keyboard.type(d.text);
    await expect.poll(() => panel.draftText()).toContain(d.text.slice(-20));
  }

  // The cross-post memory is written after a quiet second: wait until all three composers are in it.
  await expect
    .poll(async () => ((await readStorage('local')).recentDrafts as { network: string }[] | undefined)?.map((r) => r.network).sort(), {
      timeout: 10_000,
    })
    .toEqual(['facebook', 'linkedin', 'x']);

  const [local, sync, session] = await Promise.all([readStorage('local'), readStorage('sync'), readStorage('session')]);
  expect(found(JSON.stringify(local), draftWords)).toEqual([]);
  expect(found(JSON.stringify(sync), draftWords)).toEqual([]);

  // Session storage holds each tab's draft, whole.
  const stored = Object.entries(session)
    .filter(([key]) => key.startsWith('draft:'))
    .map(([, value]) => value as { network: string; text: string });
  for (const d of drafts) {
    const draft = stored.find((s) => s.network === d.network);
    expect(draft?.text.replace(/\u00a0/g, ' ')).toContain(d.text);
  }

  // Cross-post memory: which composer, which network, when, and a MinHash signature — numbers, no text.
  for (const entry of local.recentDrafts as Record<string, unknown>[]) {
    expect(Object.keys(entry).sort()).toEqual(['at', 'key', 'network', 'signature']);
    expect(entry.key).toMatch(/^\d+:p[0-9a-z]+-[0-9a-z]+$/);
    expect(entry.at).toEqual(expect.any(Number));
    const signature = entry.signature as unknown[];
    expect(signature.length).toBeGreaterThan(0);
    expect(signature.every((n) => Number.isInteger(n))).toBe(true);
  }

  // Nor anywhere else an extension page could keep text: its web storage, IndexedDB, Cache Storage.
  const elsewhere = await panel.page.evaluate(async () => ({
    localStorage: { ...localStorage },
    sessionStorage: { ...sessionStorage },
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
  }));
  expect(elsewhere).toEqual({ localStorage: {}, sessionStorage: {}, indexedDB: [], caches: [] });
  // And the content scripts leave nothing in the sites' own storage.
  for (const page of pages) {
    const siteStorage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(found(siteStorage, draftWords)).toEqual([]);
  }
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});

it('forgets a draft when its tab closes', async () => {
  for (const page of pages) await page.close();
  await expect.poll(async () => Object.keys(await readStorage('session')).filter((key) => key.startsWith('draft:'))).toEqual([]);
  expect(found(JSON.stringify(await readStorage('session')), draftWords)).toEqual([]);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});
