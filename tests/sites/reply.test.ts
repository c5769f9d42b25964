/**
 * "Reply to say why you liked it": each adapter's reply hook on the real saved pages (../shared/real-pages,
 * read at test time). For every repost button on a page, the adapter names the reply/comment button of the
 * same post (the post known here by the page's own post element, which the adapter does not use), a
 * different one per post; where the page's post has no language-independent reply hook, none.
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { sharedBrowser, openFixture } from './harness';
import { OPEN, REAL, pages, present } from './real-pages';

let browser: Browser;
beforeAll(async () => {
  if (present) browser = await sharedBrowser();
});

if (!present) it.skip(`${REAL} is absent: no real pages to test`, () => {});

/**
 * Per page: the page's own element for a whole post (for the check only), the reply hook the adapter
 * must name, and how many repost buttons get a reply (all of them where the post has the hook).
 */
const expected: Record<string, { post: string; hook: string; triggers: number; replies: number }> = {
  'x-home-2025-02': { post: 'article[data-testid="tweet"]', hook: '[data-testid="reply"]', triggers: 6, replies: 6 },
  'x-home-2024-12': { post: 'article[data-testid="tweet"]', hook: '[data-testid="reply"]', triggers: 5, replies: 5 },
  // 2021: the action bar's buttons were `div[role="button"]`; the test ids were the same.
  'x-home-2021-09': { post: '[data-testid="tweet"]', hook: 'div[role="button"][data-testid="reply"]', triggers: 4, replies: 4 },
  // The first post is open in the detail viewer (a modal), the others in the feed.
  'linkedin-feed-2022-05': {
    post: '.feed-shared-update-v2, .feed-shared-update-detail-viewer__content',
    hook: 'button.comment-button',
    triggers: 5,
    replies: 5,
  },
  'linkedin-2026-comment': { post: '[role="listitem"]', hook: 'button:has(svg[id="comment-small"])', triggers: 7, replies: 7 },
  'facebook-feed-2025-07': {
    post: '[aria-posinset]',
    hook: '[role="button"]:has([data-ad-rendering-role="comment_button"])',
    triggers: 1,
    replies: 1,
  },
  // The 2022 photo viewer's Share buttons are known by their English label only; its Comment buttons have no hook.
  'facebook-photo-2022-01': { post: 'body', hook: '[role="button"]', triggers: 2, replies: 0 },
};

describe.skipIf(!present)('the reply hook beside each repost button, on real pages', () => {
  for (const [id, want] of Object.entries(expected)) {
    it(id, async () => {
      const real = pages.find((p) => p.id === id)!;
      const network = adapterFor(real.url)!.network;
      const { page, errors, close } = await openFixture(browser, REAL + real.file, real.url, { refuseInBrowser: true });
      try {
        await OPEN[id]?.(page);
        const seen = await page.evaluate(
          ({ n, want }) => {
            const controls = window.PostcheckSites[n as 'x'].repost!;
            const triggers = [...document.querySelectorAll<HTMLElement>(controls.trigger)];
            const replies = triggers.map((t) => controls.reply!(t)).filter((r): r is HTMLElement => r !== null);
            return {
              triggers: triggers.length,
              replies: replies.length,
              distinct: new Set(replies).size,
              hooked: replies.every((r) => r.matches(want.hook)),
              // Each reply button is in the same post as the repost button it was found for.
              samePost: triggers.every((t) => {
                const r = controls.reply!(t);
                return !r || (t.closest(want.post) !== null && t.closest(want.post) === r.closest(want.post));
              }),
            };
          },
          { n: network, want },
        );
        expect(seen).toEqual({ triggers: want.triggers, replies: want.replies, distinct: want.replies, hooked: true, samePost: true });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
