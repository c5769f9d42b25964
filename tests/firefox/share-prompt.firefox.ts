// Repost → share with a comment in Firefox, on the sample pages of all three sites (LinkedIn's classic and
// 2026 feeds): the prompt appears beside the site's menu, "Quote with a comment" opens the site's quote
// composer with the starter and the caret after it, "Just repost" reposts exactly once, and "Reply to say
// why you liked it" opens the post's own reply or comment box with the reply starter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sharedFirefox, NO_PROBLEMS, waitInShadow, type FirefoxSession } from './harness';
import { CONTENT_UP_ARG, contentScriptStoodUp } from '../support/content-up';
import { fixtureRecord } from '../support/fixture-record';

let ff: FirefoxSession;
beforeAll(async () => {
  ff = await sharedFirefox();
});

interface Site {
  name: string;
  url: string;
  file: string;
  /** the repost/share button of the first post */
  trigger: string;
  /** where the sample page records a plain repost, and the first post's id */
  record: string;
  id: string;
  /** the quote composer's editor: [shadow host or null, selector] */
  quoteEditor: [string | null, string];
  kind: string;
}

const sites: Site[] = [
  {
    name: 'X',
    url: 'https://x.com/home',
    file: 'x-home.html',
    trigger: 'article [data-testid="retweet"]',
    record: 'reposted',
    id: '1861000000000000001',
    quoteEditor: [null, '[role="dialog"] [data-testid="tweetTextarea_0"]'],
    kind: 'x:quote',
  },
  {
    name: 'LinkedIn (classic feed)',
    url: 'https://www.linkedin.com/feed/',
    file: 'linkedin-feed.html',
    trigger: 'button.social-reshare-button',
    record: 'reposted',
    id: '7260000000000000001',
    quoteEditor: [null, '[role="dialog"] .ql-editor'],
    kind: 'linkedin:quote',
  },
  {
    name: 'LinkedIn (2026 feed)',
    url: 'https://www.linkedin.com/feed/?feedType=2026',
    file: 'linkedin-2026.html',
    trigger: 'button[aria-expanded]:has(svg#repost-small)',
    record: 'reposted',
    id: '7260000000000000101',
    quoteEditor: ['#interop-outlet', '.ql-editor'],
    kind: 'linkedin:quote',
  },
  {
    name: 'Facebook',
    url: 'https://www.facebook.com/',
    file: 'facebook-home.html',
    trigger: '[role="button"][aria-label="Send this to friends or post it on your profile."]',
    record: 'shared',
    id: '9001',
    quoteEditor: [null, '[role="dialog"] [data-lexical-editor]'],
    kind: 'facebook:quote',
  },
];

const recorded = (page: Page, key: string) => page.evaluate(fixtureRecord, key);

type Habits = Record<string, Record<string, { plain?: number }>> | undefined;
/** Plain reposts counted on `network` over all weeks (local:habits). */
const plainReposts = (habits: unknown, network: string) =>
  Object.values((habits as Habits) ?? {}).reduce((sum, week) => sum + (week[network]?.plain ?? 0), 0);

describe.each(sites)('$name', (site) => {
  it('turns the repost into a quote with a comment started', async () => {
    const page = await ff.page(site.url, site.file);
    await page.waitForFunction(contentScriptStoodUp, {}, CONTENT_UP_ARG);
    await page.click(site.trigger);
    await (await waitInShadow(page, 'postcheck-share-prompt', '[data-action="quote"]')).click();
    const [host, selector] = site.quoteEditor;
    const editor = await waitInShadow(page, host, `${selector}[data-postcheck="${site.kind}"]`);
    await expect.poll(() => editor.evaluate((e) => (e as HTMLElement).innerText)).toMatch(/^Worth reading because\s*$/);
    // The caret sits after the starter: the person goes on typing.
    await page.keyboard.type('it shows how small teams keep decisions written down.');
    await expect
      .poll(() => editor.evaluate((e) => (e as HTMLElement).innerText))
      .toBe('Worth reading because it shows how small teams keep decisions written down.');
    expect(await recorded(page, site.record)).toEqual([]);
    expect(await page.$('postcheck-share-prompt')).toBeNull();
    expect(await ff.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('still reposts plainly, exactly once, with "Just repost"', async () => {
    const network = site.kind.split(':')[0]!;
    const storage = await ff.localStorageReader();
    const before = plainReposts(await storage.get('habits'), network);
    const page = await ff.page(site.url, site.file);
    await page.waitForFunction(contentScriptStoodUp, {}, CONTENT_UP_ARG);
    await page.click(site.trigger);
    await (await waitInShadow(page, 'postcheck-share-prompt', '[data-action="repost"]')).click();
    await expect.poll(() => recorded(page, site.record)).toEqual([site.id]);
    // The plain repost counted as a habit is the prompt's last step, after its click: done, and still once.
    await expect.poll(async () => plainReposts(await storage.get('habits'), network)).toBe(before + 1);
    expect(await recorded(page, site.record)).toEqual([site.id]);
    await storage.close();
    expect(await ff.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

// "Reply to say why you liked it": the post's own reply or comment box, with the reply starter, and nothing
// reposted. The same sample pages and hooks as the Chromium suite (tests/e2e/share-prompt.e2e.ts).
const replySites = [
  {
    name: 'X',
    url: 'https://x.com/home',
    file: 'x-home.html',
    trigger: 'article [data-testid="retweet"]',
    record: 'reposted',
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    kind: 'x:reply',
  },
  {
    name: 'LinkedIn (2026 feed)',
    url: 'https://www.linkedin.com/feed/?feedType=2026',
    file: 'linkedin-2026.html',
    trigger: 'button[aria-expanded]:has(svg#repost-small)',
    record: 'reposted',
    editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable]',
    kind: 'linkedin:comment',
  },
  {
    name: 'Facebook (2025 feed)',
    url: 'https://web.facebook.com/',
    file: 'facebook-comments.html',
    trigger: '[role="button"]:has([data-ad-rendering-role="share_button"])',
    record: 'shared',
    editor: 'form [data-lexical-editor]',
    kind: 'facebook:comment',
  },
];

describe.each(replySites)('$name: reply instead of repost', (site) => {
  it('opens the post’s own reply box with the reply starter, nothing reposted', async () => {
    const page = await ff.page(site.url, site.file);
    await page.waitForFunction(contentScriptStoodUp, {}, CONTENT_UP_ARG);
    await page.click(site.trigger);
    await waitInShadow(page, 'postcheck-share-prompt', '[data-action="reply"]');
    const actions = await page.evaluate(() =>
      [...document.querySelector('postcheck-share-prompt')!.shadowRoot!.querySelectorAll('button[data-action]')].map((b) =>
        b.getAttribute('data-action'),
      ),
    );
    expect(actions).toEqual(['quote', 'reply', 'repost']);
    await (await waitInShadow(page, 'postcheck-share-prompt', '[data-action="reply"]')).click();
    const editor = await page.waitForSelector(`${site.editor}[data-postcheck="${site.kind}"]`);
    const text = () => editor!.evaluate((e) => (e as HTMLElement).innerText);
    await expect.poll(text).toMatch(/^I liked this because\s*$/);
    await page.keyboard.type('it names the trade-off.');
    await expect.poll(text).toBe('I liked this because it names the trade-off.');
    expect(await page.$('postcheck-share-prompt')).toBeNull();
    expect(await recorded(page, site.record)).toEqual([]);
    expect(await ff.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
