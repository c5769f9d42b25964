// The composers of the three sites in Firefox, on our sample pages: each editor is marked with its network
// and kind, its badge shows a verdict as the person types, and Firefox's real sidebar shows the same
// review of the same draft. (The quote composers are covered in share-prompt.firefox.ts.)
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, waitInShadow, type FirefoxSession } from './harness';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await sharedFirefox();
  await ff.sidebar.open();
});

interface Case {
  name: string;
  url: string;
  file: string;
  /** what the person clicks to open the composer, if it is not there from the start */
  open?: string;
  /** the editor: [shadow host or null, selector] */
  editor: [string | null, string];
  network: string;
  kind: string;
}

const STATUS = 'https://x.com/ada_builds/status/1861000000000000001';
const cases: Case[] = [
  {
    name: 'X home box',
    url: 'https://x.com/home',
    file: 'x-home.html',
    editor: [null, 'main [data-testid="tweetTextarea_0"]'],
    network: 'x',
    kind: 'post',
  },
  {
    name: 'X status page reply box',
    url: STATUS,
    file: 'x-status.html',
    editor: [null, 'main [data-testid="tweetTextarea_0"]'],
    network: 'x',
    kind: 'reply',
  },
  {
    name: 'X reply modal',
    url: STATUS,
    file: 'x-status.html',
    open: 'main [data-testid="reply"]',
    editor: [null, '[role="dialog"] [data-testid="tweetTextarea_0"]'],
    network: 'x',
    kind: 'reply',
  },
  {
    name: 'LinkedIn share modal',
    url: 'https://www.linkedin.com/feed/',
    file: 'linkedin-feed.html',
    open: '.share-box-feed-entry__trigger',
    editor: [null, '[role="dialog"] .ql-editor'],
    network: 'linkedin',
    kind: 'post',
  },
  {
    name: 'LinkedIn classic comment',
    url: 'https://www.linkedin.com/feed/',
    file: 'linkedin-feed.html',
    open: '.comment-button',
    editor: [null, '.comments-comment-box .ql-editor'],
    network: 'linkedin',
    kind: 'comment',
  },
  {
    name: 'LinkedIn 2026 share box in a shadow root',
    url: 'https://www.linkedin.com/feed/?feedType=2026',
    file: 'linkedin-2026.html',
    open: '[aria-label="Start a post"]',
    editor: ['#interop-outlet', '.ql-editor'],
    network: 'linkedin',
    kind: 'post',
  },
  {
    name: 'LinkedIn 2026 comment (Tiptap)',
    url: 'https://www.linkedin.com/feed/?feedType=2026',
    file: 'linkedin-2026.html',
    open: 'button:has(svg#comment-small)',
    editor: [null, '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror'],
    network: 'linkedin',
    kind: 'comment',
  },
  {
    name: 'Facebook "Create post"',
    url: 'https://www.facebook.com/',
    file: 'facebook-home.html',
    open: '::-p-text(on your mind)',
    editor: [null, '[role="dialog"] [data-lexical-editor]'],
    network: 'facebook',
    kind: 'post',
  },
  {
    name: 'Facebook comment',
    url: 'https://www.facebook.com/',
    file: 'facebook-home.html',
    open: '[role="article"] [aria-label="Leave a comment"]',
    editor: [null, '[role="article"] form [data-lexical-editor]'],
    network: 'facebook',
    kind: 'comment',
  },
  {
    name: 'Facebook comment with a send button (2025 feed)',
    url: 'https://web.facebook.com/',
    file: 'facebook-comments.html',
    open: '[role="button"]:has([data-ad-rendering-role="comment_button"])',
    editor: [null, 'form [data-lexical-editor]'],
    network: 'facebook',
    kind: 'comment',
  },
];

const DRAFT = 'Here is what we learned shipping weekly: write decisions down, because memory fades. What do you think?';

/** The verdict on the badge nearest the editor (the closest ancestor holding a badge), or null. */
const badgeVerdict = (page: Page, [host, selector]: Case['editor']) =>
  page.evaluate(
    (h, s) => {
      const root: ParentNode = h === null ? document : (document.querySelector(h)?.shadowRoot ?? document);
      for (let node = root.querySelector(s); node; node = node.parentElement) {
        const badge = node.querySelector('postcheck-badge');
        if (badge) return badge.shadowRoot?.querySelector('button')?.getAttribute('data-verdict') ?? null;
      }
      return null;
    },
    host,
    selector,
  );

describe.each(cases)('$name', (c) => {
  it(`is marked ${c.network}:${c.kind}, badged, and reviewed in the sidebar`, async () => {
    const page = await ff.page(c.url, c.file);
    if (c.open) await page.locator(c.open).click();
    const [host, selector] = c.editor;
    // Marked on appearance, before anyone types.
    const editor = await waitInShadow(page, host, `${selector}[data-postcheck="${c.network}:${c.kind}"]`);
    await editor.click();
    await page.keyboard.type(DRAFT);

    await expect.poll(() => ff.sidebar.text(), { timeout: 10_000 }).toContain('memory fades. What do you think?');
    const review = await ff.sidebar.review();
    expect(review).toMatchObject({ network: c.network, kind: c.kind });
    expect(['ready', 'consider', 'fix']).toContain(review!.verdict);
    // The badge and the sidebar read the same review.
    await expect.poll(() => badgeVerdict(page, c.editor)).toBe(review!.verdict);
    expect(await ff.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
