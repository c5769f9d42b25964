/**
 * Every composer the adapters support, on a fixture page standing in for the real site (see
 * tests/fixtures/pages/README.md). `open` drives the page the way a person would; `editor` picks
 * which editor the test types into (Playwright CSS, which pierces open shadow roots) — the test
 * then checks the adapter finds that same editor with its own selectors.
 */
import type { Page } from 'playwright-core';
import type { ComposerKind } from '../../lib/review/types';
import type { NetworkId } from '../../lib/settings/schema';
import { adapterFor } from '../../lib/sites';
import { adapterBundle } from './harness';

export interface ComposerCase {
  name: string;
  network: NetworkId;
  file: string;
  url: string;
  open?: (page: Page) => Promise<void>;
  editor: string;
  kind: ComposerKind;
  /**
   * The composer mounts this long after load, on the fixture page's own timer: the site tests move the
   * page's clock on by as much (harness `clock`) rather than wait it out.
   */
  mountsAfterMs?: number;
  /** the key the line break is typed with: Facebook comments send on Enter */
  newline?: 'Enter' | 'Shift+Enter';
  /** the Post button the adapter must find, where the fixture cannot post (see `posts`) */
  buttonIs?: string;
  /** sent with Enter: the site shows no button for this composer */
  sendsWithEnter?: true;
  /** where the fixture records what its Post button posted, and how to read the text from a record
   *  (absent: the fixture's button never enables, as on the shared x-home.html inline box) */
  posts?: { key: string; text: (record: unknown) => string; extra?: Record<string, unknown> };
}

/**
 * Click the adapter's repost trigger, or an item of the menu it recognises (marked for Playwright,
 * which then clicks it as a person would).
 */
export async function clickRepost(page: Page, which: 'trigger' | 'plain' | 'quote'): Promise<void> {
  if (which === 'trigger') {
    // The adapters are plain data plus DOM functions: the trigger selector can be read here, in Node.
    const selector = adapterFor(page.url())?.repost?.trigger;
    if (!selector) throw new Error('no repost trigger for this page');
    await page.locator(selector).first().click();
    return;
  }
  // In the extension's browser tests the adapters live in the content script's isolated world: the page gets its own copy.
  if (!(await page.evaluate(() => 'PostcheckSites' in window))) await page.addScriptTag({ content: await adapterBundle() });
  const marked = await page.waitForFunction(
    (item) => {
      const menu = window.PostcheckSites.adapterFor(location.href)?.repost?.menu(document);
      menu?.[item].setAttribute('data-test-repost-item', item);
      return !!menu;
    },
    which,
    { timeout: 5000 },
  );
  await marked.dispose();
  await page.locator(`[data-test-repost-item="${which}"]`).click();
}

/** The site's own quote path: its repost/share button, then the quote item — both found by the adapter. */
const viaRepostMenu = async (page: Page) => {
  await clickRepost(page, 'trigger');
  await clickRepost(page, 'quote');
};

const textOf = (record: unknown) => (record as { text: string }).text;
const commentOf = (record: unknown) => (record as { comment: string }).comment;

// One case per two lines reads as a table: the formatter leaves it.
// prettier-ignore
export const composerCases: ComposerCase[] = [
  // X
  { name: 'X home inline box', network: 'x', file: 'x-home.html', url: 'https://x.com/home',
    editor: 'main [data-testid=tweetTextarea_0]', kind: 'post', buttonIs: 'main [data-testid=tweetButtonInline]' },
  { name: 'X quote modal from the repost menu', network: 'x', file: 'x-home.html', url: 'https://x.com/home',
    open: viaRepostMenu, editor: '[role=dialog] [data-testid=tweetTextarea_0]', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { quote: '1861000000000000001' } } },
  { name: 'X status page inline reply', network: 'x', file: 'x-status.html', url: 'https://x.com/ada_builds/status/1861000000000000001',
    editor: 'main [data-testid=tweetTextarea_0]', kind: 'reply',
    posts: { key: 'posted', text: textOf, extra: { inReplyTo: '1861000000000000001' } } },
  { name: 'X reply modal', network: 'x', file: 'x-status.html', url: 'https://x.com/ada_builds/status/1861000000000000001',
    open: (page) => page.locator('main [data-testid=reply]').click(), editor: '[role=dialog] [data-testid=tweetTextarea_0]', kind: 'reply',
    posts: { key: 'posted', text: textOf, extra: { modal: true } } },
  { name: 'X composer mounted after load', network: 'x', file: 'x-late.html', url: 'https://x.com/home', mountsAfterMs: 1500,
    open: (page) => page.locator('[data-testid=tweetTextarea_0]').waitFor(), editor: 'main [data-testid=tweetTextarea_0]', kind: 'post',
    posts: { key: 'posted', text: textOf } },
  { name: 'X in German: inline box', network: 'x', file: 'x-home-de.html', url: 'https://x.com/home',
    editor: 'main [data-testid=tweetTextarea_0]', kind: 'post', posts: { key: 'posted', text: textOf } },
  { name: 'X in German: quote modal', network: 'x', file: 'x-home-de.html', url: 'https://x.com/home',
    open: viaRepostMenu, editor: '[role=dialog] [data-testid=tweetTextarea_0]', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { quote: '1861000000000000042' } } },

  // LinkedIn
  { name: 'LinkedIn share modal', network: 'linkedin', file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('.share-box-feed-entry__trigger').click(), editor: '[role=dialog] .ql-editor', kind: 'post',
    posts: { key: 'posted', text: textOf, extra: { reshare: null } } },
  { name: 'LinkedIn repost with your thoughts', network: 'linkedin', file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/',
    open: viaRepostMenu, editor: '[role=dialog] .ql-editor', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { reshare: '7260000000000000001' } } },
  { name: 'LinkedIn classic comment (Quill)', network: 'linkedin', file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('.comment-button').first().click(), editor: '.comments-comment-box .ql-editor', kind: 'comment',
    posts: { key: 'posted', text: commentOf } },
  { name: 'LinkedIn in Swedish: share modal', network: 'linkedin', file: 'linkedin-feed-sv.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('.share-box-feed-entry__trigger').click(), editor: '[role=dialog] .ql-editor', kind: 'post',
    posts: { key: 'posted', text: textOf, extra: { reshare: null } } },
  { name: 'LinkedIn in Swedish: repost with your thoughts', network: 'linkedin', file: 'linkedin-feed-sv.html', url: 'https://www.linkedin.com/feed/',
    open: viaRepostMenu, editor: '[role=dialog] .ql-editor', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { reshare: '7260000000000000077' } } },
  { name: 'LinkedIn in Swedish: comment', network: 'linkedin', file: 'linkedin-feed-sv.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('.comment-button').click(), editor: '.comments-comment-box .ql-editor', kind: 'comment',
    posts: { key: 'posted', text: commentOf } },
  { name: 'LinkedIn 2026: share modal in a shadow root', network: 'linkedin', file: 'linkedin-2026.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('[aria-label="Start a post"]').click(), editor: '#interop-outlet .ql-editor', kind: 'post',
    posts: { key: 'posted', text: textOf, extra: { reshare: null } } },
  { name: 'LinkedIn 2026: repost with your thoughts (menu without hooks)', network: 'linkedin', file: 'linkedin-2026.html', url: 'https://www.linkedin.com/feed/',
    open: viaRepostMenu, editor: '#interop-outlet .ql-editor', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { reshare: '7260000000000000101' } } },
  { name: 'LinkedIn 2026 in German: Mit Kommentar teilen', network: 'linkedin', file: 'linkedin-2026.html', url: 'https://www.linkedin.com/feed/',
    open: async (page) => {
      await page.evaluate(() => (document.documentElement.lang = 'de'));
      await viaRepostMenu(page);
    },
    editor: '#interop-outlet .ql-editor', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { reshare: '7260000000000000101' } } },
  { name: 'LinkedIn 2026 in Swedish: Lägg upp igen / Repost with your thoughts', network: 'linkedin', file: 'linkedin-2026.html',
    url: 'https://www.linkedin.com/feed/',
    open: async (page) => {
      await page.evaluate(() => (document.documentElement.lang = 'sv'));
      await viaRepostMenu(page);
    },
    editor: '#interop-outlet .ql-editor', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { reshare: '7260000000000000101' } } },
  { name: 'LinkedIn 2026: comment (Tiptap)', network: 'linkedin', file: 'linkedin-2026.html', url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('button:has(svg#comment-small)').first().click(),
    editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror', kind: 'comment',
    posts: { key: 'posted', text: commentOf } },

  // Facebook
  { name: 'Facebook "Create post" dialog', network: 'facebook', file: 'facebook-home.html', url: 'https://www.facebook.com/',
    open: (page) => page.locator('[role=button]:has-text("on your mind")').click(), editor: '[role=dialog] [data-lexical-editor]', kind: 'post',
    posts: { key: 'posted', text: textOf, extra: { shared: null } } },
  { name: 'Facebook share to feed', network: 'facebook', file: 'facebook-home.html', url: 'https://www.facebook.com/',
    open: viaRepostMenu, editor: '[role=dialog] [data-lexical-editor]', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { shared: '9001' } } },
  { name: 'Facebook comment in a post', network: 'facebook', file: 'facebook-home.html', url: 'https://www.facebook.com/',
    open: (page) => page.locator('[role=article] [aria-label="Leave a comment"]').first().click(), editor: '[role=article] form [data-lexical-editor]', kind: 'comment',
    newline: 'Shift+Enter', sendsWithEnter: true },
  { name: 'Facebook comment form with a send button (2025 feed)', network: 'facebook', file: 'facebook-comments.html', url: 'https://web.facebook.com/',
    open: (page) => page.locator('[role=button]:has([data-ad-rendering-role=comment_button])').click(), editor: 'form [data-lexical-editor]', kind: 'comment', newline: 'Shift+Enter',
    posts: { key: 'comments', text: (record) => record as string } },
  { name: 'Facebook share to feed (2025 feed)', network: 'facebook', file: 'facebook-comments.html', url: 'https://web.facebook.com/',
    open: viaRepostMenu, editor: '[role=dialog] [data-lexical-editor]', kind: 'quote',
    posts: { key: 'posted', text: textOf, extra: { shared: 9101 } } },
];
