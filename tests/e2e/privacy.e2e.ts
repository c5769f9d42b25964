// Drafts live only in session storage: after writing on all three sites, nothing of the drafts' text
// is in local or sync storage, the cross-post memory holds numbers only, and no request left.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchExtension, NO_PROBLEMS, type ExtensionSession } from './harness';
import { SidePanel } from './pages/side-panel';

declare const chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

const drafts = [
  { url: 'https://x.com/home', editor: 'main [data-testid=tweetTextarea_0]', text: 'Zanzibar marmalade secrets: write every decision down, because memory fades.' },
  { url: 'https://www.linkedin.com/feed/', open: '.share-box-feed-entry__trigger', editor: '[role=dialog] .ql-editor', text: 'Quokka onboarding lessons from our team, because new hires deserve better. What do you think?' },
  { url: 'https://www.facebook.com/', open: '.fb-open-composer', editor: '[role=dialog] [data-lexical-editor]', text: 'Walrus picnic at the lake on Saturday with the whole family!' },
];

it('keeps drafts in session storage only, and cross-post memory as numbers', async () => {
  const panel = await SidePanel.open(ext);
  for (const d of drafts) {
    const page = await ext.page(d.url);
    if (d.open) await page.locator(d.open).click();
    await page.locator(d.editor).click();
    await page.keyboard.type(d.text);
    await expect.poll(() => panel.draftText()).toContain(d.text.slice(-20));
  }
  // Let the cross-post memory reach storage (it is written after a quiet second).
  await new Promise((r) => setTimeout(r, 1500));

  const worker = await ext.serviceWorker();
  const read = (area: 'local' | 'sync' | 'session') => worker.evaluate((a) => chrome.storage[a].get(null), area);
  const [local, sync, session] = await Promise.all([read('local'), read('sync'), read('session')]);
  const persisted = JSON.stringify([local, sync]);
  for (const word of ['Zanzibar', 'marmalade', 'Quokka', 'Walrus', 'picnic']) {
    expect(persisted).not.toContain(word);
    expect(JSON.stringify(session)).toContain(word);
  }
  const recent = local.recentDrafts as { network: string; at: number; signature: unknown[]; key: string }[];
  expect(recent.map((r) => r.network).sort()).toEqual(['facebook', 'linkedin', 'x']);
  for (const r of recent) {
    expect(r.signature.length).toBeGreaterThan(0);
    expect(r.signature.every((n) => typeof n === 'number')).toBe(true);
  }
  expect(ext.problems()).toEqual(NO_PROBLEMS);
});
