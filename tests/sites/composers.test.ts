// Each supported composer in real Chromium: found by the adapter's selectors with the right kind,
// read back as typed, written to through the editor's input path, and posted by the site's button.
import type { Browser, Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InsertMode } from '../../lib/sites/types';
import { composerCases } from './cases';
import { sharedBrowser, openFixture, typeDraft } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

/** Line breaks, an empty line, a mention, a hashtag, a URL and an emoji. */
const LINES = ['Hello @ada_builds, thanks for this 🚀', '#buildinpublic notes: https://example.com/notes?id=1', '', 'Last line'];
const TYPED = LINES.join('\n');
/** Paragraphs, with an empty one between, must survive the editor's input path. */
const REPLACEMENT = 'A fresh start.\n\nIn full.';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the adapter for this page says about the editor: found by its selectors, its kind, its text. */
function inspect(editor: Locator) {
  return editor.evaluate((el: HTMLElement) => {
    const adapter = window.PostcheckSites.adapterFor(location.href);
    if (!adapter) return null;
    const hosts = adapter.shadowHosts ? [...document.querySelectorAll(adapter.shadowHosts)] : [];
    const roots: ParentNode[] = [document, ...hosts.flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []))];
    return {
      network: adapter.network,
      found: roots.some((root) => [...root.querySelectorAll(adapter.editorSelector)].includes(el)),
      kind: adapter.composerOf(el)?.kind ?? null,
      draft: adapter.readDraft(el),
    };
  });
}

function insert(editor: Locator, text: string, mode: InsertMode) {
  return editor.evaluate((el: HTMLElement, [t, m]) => window.PostcheckSites.adapterFor(location.href)!.insertText(el, t, m), [
    text,
    mode,
  ] as const);
}

describe.each(composerCases)('$name', (c) => {
  it(`is a ${c.network} ${c.kind} composer: read, insert, post`, async () => {
    const { page, blocked, errors, close } = await openFixture(browser, c.file, c.url, { clock: !!c.mountsAfterMs });
    try {
      if (c.mountsAfterMs) {
        await page.clock.fastForward(c.mountsAfterMs);
        await page.clock.resume();
      }
      await c.open?.(page);
      const editor = page.locator(c.editor);
      await editor.waitFor();

      // Found with the right kind; the placeholder is not part of the draft.
      expect(await inspect(editor)).toEqual({ network: c.network, found: true, kind: c.kind, draft: '' });

      await editor.click();
      await typeDraft(page, TYPED, c.newline);
      expect((await inspect(editor))?.draft).toBe(TYPED);

      expect(await insert(editor, ' Thanks!', 'append')).toBe(true);
      expect((await inspect(editor))?.draft).toBe(`${TYPED} Thanks!`);
      expect(await insert(editor, 'Note: ', 'prepend')).toBe(true);
      expect((await inspect(editor))?.draft).toBe(`Note: ${TYPED} Thanks!`);
      expect(await insert(editor, REPLACEMENT, 'replace')).toBe(true);
      expect((await inspect(editor))?.draft).toBe(REPLACEMENT);
      // Still the same composer after our edits (e.g. a quote stays a quote).
      expect((await inspect(editor))?.kind).toBe(c.kind);

      const button = await editor.evaluate((el: HTMLElement) => {
        const found = window.PostcheckSites.adapterFor(location.href)!.postButton(el);
        found?.setAttribute('data-test-post-button', '');
        return found !== null;
      });
      expect(button).toBe(!c.sendsWithEnter);
      if (c.buttonIs) expect(await page.locator(`[data-test-post-button]:is(${c.buttonIs})`).count()).toBe(1);
      if (c.posts) {
        await page.locator('[data-test-post-button]').click();
        const records = await page.evaluate((key) => (window.__fixture[key] as unknown[] | undefined) ?? [], c.posts.key);
        expect(records).toHaveLength(1);
        expect(squash(c.posts.text(records[0]))).toBe(squash(REPLACEMENT));
        if (c.posts.extra) expect(records[0]).toMatchObject(c.posts.extra);
      }
      expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    } finally {
      await close();
    }
  });
});

describe('a composer that appears after load', () => {
  it('is caught by the adapter selector on the added subtree', async () => {
    // x-late.html mounts its composer 1.5 s after load: the page's clock is moved on instead of waited out.
    const { page, close } = await openFixture(browser, 'x-late.html', 'https://x.com/home', { clock: true });
    try {
      // Watch added nodes the way the content runtime does: the node itself or its subtree.
      await page.evaluate(() => {
        (window as unknown as { __kinds: Promise<string[]> }).__kinds = new Promise<string[]>((resolve) => {
          const adapter = window.PostcheckSites.adapterFor(location.href)!;
          if (document.querySelector(adapter.editorSelector)) resolve(['present at load']);
          const observer = new MutationObserver((records) => {
            const found = records
              .flatMap((r) => [...r.addedNodes])
              .filter((n): n is HTMLElement => n instanceof HTMLElement)
              .flatMap((n) => (n.matches(adapter.editorSelector) ? [n] : [...n.querySelectorAll<HTMLElement>(adapter.editorSelector)]));
            if (found.length) {
              observer.disconnect();
              resolve(found.map((el) => adapter.composerOf(el)?.kind ?? 'none'));
            }
          });
          observer.observe(document.documentElement, { childList: true, subtree: true });
        });
      });
      expect(await page.evaluate(() => window.__fixture.composerAt)).toBeNull();
      await page.clock.fastForward(1500);
      expect(await page.evaluate(() => (window as unknown as { __kinds: Promise<string[]> }).__kinds)).toEqual(['post']);
      expect(await page.evaluate(() => window.__fixture.composerAt)).not.toBeNull();
    } finally {
      await close();
    }
  });
});
