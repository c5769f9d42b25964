// Repost → share with a comment, on all three sites: the prompt appears beside the site's menu, the
// quote path opens the site's own quote composer with a starter, the plain path reposts exactly once,
// and with the prompt switched off the site behaves as if Postcheck were not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { NetworkId } from '../../lib/settings/schema';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, type SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';
import { openWithContentClock } from './support/content-clock';
import { contentScriptUp, postcheckWarning, settled } from './support/settled';
import { fixtureRecord } from '../support/fixture-record';

// Functions passed to worker.evaluate run in the service worker, where the extension API is the `chrome` global.
declare const chrome: Browser;

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
/** LinkedIn's 2026 feed, served at a feed URL of its own beside the classic one. */
const LINKEDIN_2026 = 'https://www.linkedin.com/feed/?feedType=2026';
beforeAll(() => ext.servePage(LINKEDIN_2026, 'linkedin-2026.html'));
afterAll(() => ext?.close());

interface Site {
  network: NetworkId;
  url: string;
  /** the site's repost/share button on the first post */
  trigger: string;
  /** the site's plain repost item in its menu */
  plainItem: string;
  /** where the fixture records a plain repost, and the first post's id */
  record: string;
  id: string;
  /** the quote composer's editor and the site's Post button beside it */
  quoteEditor: string;
  postButton: string;
}

const sites: Site[] = [
  {
    network: 'x',
    url: 'https://x.com/home',
    trigger: 'article >> nth=0 >> [data-testid=retweet]',
    plainItem: '[data-testid=retweetConfirm]',
    record: 'reposted',
    id: '1861000000000000001',
    quoteEditor: '[role=dialog] [data-testid=tweetTextarea_0]',
    postButton: '[role=dialog] [data-testid=tweetButton]',
  },
  {
    network: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    trigger: '.social-reshare-button >> nth=0',
    plainItem: '.social-reshare-button__sharing-as-is-dropdown-item',
    record: 'reposted',
    id: '7260000000000000001',
    quoteEditor: '[role=dialog] .ql-editor',
    postButton: '.share-actions__primary-action',
  },
  // LinkedIn's 2026 React feed: a menu with no hooks, known by its items' titles (linkedin-2026.html).
  {
    network: 'linkedin',
    url: LINKEDIN_2026,
    trigger: 'button[aria-expanded]:has(svg#repost-small) >> nth=0',
    plainItem: 'a[tabindex]:has-text("Instantly bring")',
    record: 'reposted',
    id: '7260000000000000101',
    quoteEditor: '#interop-outlet .ql-editor',
    postButton: '.share-actions__primary-action',
  },
  {
    network: 'facebook',
    url: 'https://www.facebook.com/',
    trigger: '[aria-label="Send this to friends or post it on your profile."] >> nth=0',
    plainItem: '[role=menu] [role=menuitem]:has-text("Share now")',
    record: 'shared',
    id: '9001',
    quoteEditor: '[role=dialog] [data-lexical-editor]',
    postButton: '[role=dialog] [role=button][aria-label="Post"]',
  },
];

const prompt = (page: Page) => page.locator('postcheck-share-prompt');
/** The content script waits this long for a menu it knows after a repost click (lib/content/repost.ts), and a little more. */
const MENU_WAIT_MS = 1800;
/** The content script's wait for a menu it knows ends unanswered (timed out on its clock, and logged once). */
const NO_MENU = 'no recognised repost menu';

const recorded = (page: Page, key: string) => page.evaluate(fixtureRecord, key);

async function habits(network: NetworkId): Promise<{ plain: number; comment: number }> {
  const worker = await ext.serviceWorker();
  const stored = await worker.evaluate(
    async () =>
      (await chrome.storage.local.get('habits')).habits as Record<string, Record<string, { plain: number; comment: number }>> | undefined,
  );
  const sum = { plain: 0, comment: 0 };
  for (const week of Object.values(stored ?? {})) {
    sum.plain += week[network]?.plain ?? 0;
    sum.comment += week[network]?.comment ?? 0;
  }
  return sum;
}

describe.each(sites)('$network', (site) => {
  it('turns the repost into a quote with a comment started', async () => {
    const before = await habits(site.network);
    const page = await contentScriptUp(await ext.page(site.url));
    await page.locator(site.trigger).click();
    await prompt(page).locator('[data-action=quote]').click();
    const editor = page.locator(site.quoteEditor);
    await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(`${site.network}:quote`);
    await expect.poll(() => editor.innerText()).toMatch(/^Worth reading because\s*$/);
    // The caret sits after the starter: the person just goes on typing.
    await page.keyboard.type('it shows how small teams keep decisions written down.');
    await expect.poll(() => editor.innerText()).toBe('Worth reading because it shows how small teams keep decisions written down.');
    await expect.poll(() => panel.status('share-comment')).toBe('pass');
    expect(await recorded(page, site.record)).toEqual([]);
    expect(await prompt(page).count()).toBe(0);

    // Posting the quote counts a share with a comment (a count, never the text).
    await page.locator(site.postButton).click();
    expect(await recorded(page, 'posted')).toHaveLength(1);
    await expect.poll(async () => (await habits(site.network)).comment).toBe(before.comment + 1);
    // The panel's footer shows the week's habit for this network.
    const footer = panel.page.locator(`[data-habits] li[data-network="${site.network}"]`);
    await expect.poll(() => footer.getAttribute('data-comment')).toBe(String(before.comment + 1));
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('still reposts plainly, exactly once, with "Just repost"', async () => {
    const before = await habits(site.network);
    const { page, clock } = await openWithContentClock(ext, site.url);
    await contentScriptUp(page);
    await page.locator(site.trigger).click();
    await prompt(page).locator('[data-action=repost]').click();
    await expect.poll(() => recorded(page, site.record)).toEqual([site.id]);
    // Past any wait of the content script's (a menu re-opened to click in), and what it does next.
    await clock.advance(MENU_WAIT_MS);
    await settled(page);
    expect(await recorded(page, site.record)).toEqual([site.id]);
    expect(await page.locator(site.quoteEditor).count()).toBe(0);
    await expect.poll(async () => (await habits(site.network)).plain).toBe(before.plain + 1);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('stays out of the way when the prompt is off', async () => {
    await setRules(ext, (r) => {
      r.repost.mode[site.network] = 'off';
    });
    const { page, clock } = await openWithContentClock(ext, site.url);
    await contentScriptUp(page);
    await page.locator(site.trigger).click();
    await page.locator(site.plainItem).waitFor();
    // A prompt would come with the menu (the content script adds it as the menu appears), else not at all.
    await clock.advance(MENU_WAIT_MS);
    await settled(page);
    expect(await prompt(page).count()).toBe(0);
    await page.locator(site.plainItem).click();
    expect(await recorded(page, site.record)).toEqual([site.id]);
    await setRules(ext, () => undefined);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

// "Reply to say why you liked it": the site's own reply/comment path for the post, with the reply starter.
const FACEBOOK_2025 = 'https://web.facebook.com/';
beforeAll(() => ext.servePage(FACEBOOK_2025, 'facebook-comments.html'));
const replySites = [
  {
    network: 'x',
    url: 'https://x.com/home',
    trigger: sites[0]!.trigger,
    editor: '[role=dialog] [data-testid=tweetTextarea_0]',
    kind: 'x:reply',
  },
  {
    network: 'linkedin',
    url: LINKEDIN_2026,
    trigger: sites[2]!.trigger,
    editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable] >> nth=0',
    kind: 'linkedin:comment',
  },
  {
    network: 'facebook',
    url: FACEBOOK_2025,
    trigger: '[role=button]:has([data-ad-rendering-role=share_button]) >> nth=0',
    editor: 'form [data-lexical-editor] >> nth=0',
    kind: 'facebook:comment',
  },
] as const;

describe.each(replySites)('$network: reply instead of repost', (site) => {
  it('opens the post’s own reply box with the reply starter, nothing reposted', async () => {
    const page = await contentScriptUp(await ext.page(site.url));
    await page.locator(site.trigger).click();
    const actions = prompt(page).locator('button[data-action]');
    await expect
      .poll(() => actions.evaluateAll((els) => els.map((el) => el.getAttribute('data-action'))))
      .toEqual(['quote', 'reply', 'repost']);
    await prompt(page).locator('[data-action=reply]').click();
    const editor = page.locator(site.editor);
    await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(site.kind);
    await expect.poll(() => editor.innerText()).toMatch(/^I liked this because\s*$/);
    await page.keyboard.type('it names the trade-off.');
    await expect.poll(() => editor.innerText()).toBe('I liked this because it names the trade-off.');
    expect(await prompt(page).count()).toBe(0);
    expect(await recorded(page, site.network === 'facebook' ? 'shared' : 'reposted')).toEqual([]);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('reply starters as edited in the rules', () => {
  it('the first of the UI language’s goes into the reply box', async () => {
    await setRules(ext, (r) => {
      r.repost.replyStarters.en = ['Thanks for sharing, because …', 'Unused: …'];
    });
    const page = await contentScriptUp(await ext.page('https://x.com/home'));
    await page.locator(sites[0]!.trigger).click();
    await prompt(page).locator('[data-action=reply]').click();
    const editor = page.locator('[role=dialog] [data-testid=tweetTextarea_0]');
    await expect.poll(() => editor.innerText()).toMatch(/^Thanks for sharing, because\s*$/);
    await setRules(ext, () => undefined);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('Facebook: a post whose Comment button has no language-independent hook', () => {
  it('gets the prompt without the reply action', async () => {
    const page = await contentScriptUp(await ext.page('https://www.facebook.com/'));
    await page.locator(sites[3]!.trigger).click();
    const actions = prompt(page).locator('button[data-action]');
    await expect.poll(() => actions.evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual(['quote', 'repost']);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('Facebook: the composer "Share to Feed" opens', () => {
  it('is a quote even with the prompt off (known by how it opened: its attachment has no hook)', async () => {
    await setRules(ext, (r) => {
      r.repost.mode.facebook = 'off';
    });
    const page = await contentScriptUp(await ext.page('https://www.facebook.com/'));
    await page.locator('[aria-label="Send this to friends or post it on your profile."] >> nth=0').click();
    await page.locator('[role=menu] [role=menuitem]:has-text("Share to Feed")').click();
    const editor = page.locator('[role=dialog] [data-lexical-editor]');
    await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('facebook:quote');
    expect(await prompt(page).count()).toBe(0);
    await setRules(ext, () => undefined);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('Facebook in a UI language whose share menu texts are not sourced', () => {
  it('shows no prompt and leaves the share menu to work as the site made it', async () => {
    const { page, clock } = await openWithContentClock(ext, 'https://www.facebook.com/');
    await contentScriptUp(page);
    await page.evaluate(() => (window as unknown as { __setLang(l: string): void }).__setLang('pl'));
    await page.locator('[role=article] [role=group] > [role=button]:nth-child(3) >> nth=0').click();
    const plain = page.locator('[role=menu] [role=menuitem] >> nth=0');
    await plain.waitFor();
    // Its share button not known in this language either: the click is not taken for a repost, and
    // nothing waits. Past any wait of the content script's, and what it does next.
    await clock.advance(MENU_WAIT_MS);
    await settled(page);
    expect(await prompt(page).count()).toBe(0);
    await plain.click();
    expect(await recorded(page, 'shared')).toEqual(['9001']);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('LinkedIn 2026 in a UI language whose menu titles are not sourced', () => {
  it('shows no prompt and leaves the repost menu to work as the site made it', async () => {
    const { page, clock } = await openWithContentClock(ext, LINKEDIN_2026);
    await contentScriptUp(page);
    // French words (ours: the adapter has no French titles, and none is needed to stay out of the way).
    await page.evaluate(() => {
      document.documentElement.lang = 'fr';
      (window as unknown as { __labels: unknown }).__labels = {
        thoughts: 'Republier avec votre avis',
        thoughtsSub: '',
        repost: 'Republier',
        repostSub: '',
      };
    });
    await page.locator('button[aria-expanded]:has(svg#repost-small) >> nth=0').click();
    const plain = page.locator('a[tabindex]:has-text("Republier") >> nth=1');
    await plain.waitFor();
    // The content script's wait for a menu it knows ends, unanswered.
    const gaveUp = postcheckWarning(page, NO_MENU);
    await clock.advance(MENU_WAIT_MS);
    await gaveUp;
    await settled(page);
    expect(await prompt(page).count()).toBe(0);
    await plain.click();
    expect(await recorded(page, 'reposted')).toEqual(['7260000000000000101']);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('keyboard and undo on X', () => {
  it('offers the prompt on Enter and dismisses it with Escape, handing focus back', async () => {
    const page = await contentScriptUp(await ext.page('https://x.com/home'));
    await page.locator(sites[0]!.trigger).focus();
    await page.evaluate(() => document.activeElement?.setAttribute('data-focused-before', ''));
    await page.keyboard.press('Enter');
    await expect.poll(() => prompt(page).count()).toBe(1);
    // Focus moved to the primary action, so Space/Enter takes it; Escape leaves the site's menu as it was.
    await expect.poll(() => prompt(page).evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-action'))).toBe('quote');
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt(page).count()).toBe(0);
    // The keyboard user is back where they were, not at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-focused-before'))).toBe(true);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('never intercepts undoing a repost', async () => {
    const { page, clock } = await openWithContentClock(ext, 'https://x.com/home');
    await contentScriptUp(page);
    await page.locator(sites[0]!.trigger).click();
    await prompt(page).locator('[data-action=repost]').click();
    await expect.poll(() => recorded(page, 'reposted')).toEqual(['1861000000000000001']);
    await page.locator('article >> nth=0 >> [data-testid=unretweet]').click();
    await clock.advance(MENU_WAIT_MS);
    await settled(page);
    expect(await prompt(page).count()).toBe(0);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

// What X shows instead of its repost menu in other cases (x-home.html's `__fixture.menu`, see the page):
// no prompt, nothing clicked or typed for the person; the site goes on as without Postcheck.
describe('X menus Postcheck does not recognise', () => {
  const openWith = async (menu: string) => {
    const { page, clock } = await openWithContentClock(ext, 'https://x.com/home');
    await contentScriptUp(page);
    await page.evaluate((m) => ((window as unknown as { __fixture: { menu: string } }).__fixture.menu = m), menu);
    await page.locator(sites[0]!.trigger).click();
    /** The content script's wait for a menu it knows, run out on its clock: it gives up, and says so. */
    const waitOut = async () => {
      const gaveUp = postcheckWarning(page, NO_MENU);
      await clock.advance(MENU_WAIT_MS);
      await gaveUp;
      await settled(page);
    };
    return { page, waitOut };
  };

  it('a menu without Quote: no prompt, and its own Repost reposts once', async () => {
    const { page, waitOut } = await openWith('no-quote');
    await page.locator('[data-testid=retweetConfirm]').waitFor();
    await waitOut();
    expect(await prompt(page).count()).toBe(0);
    await page.locator('[data-testid=retweetConfirm]').click();
    expect(await recorded(page, 'reposted')).toEqual(['1861000000000000001']);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('the repost button going straight to the quote composer: no prompt, no starter typed, the composer still reviewed', async () => {
    const { page, waitOut } = await openWith('quote-first');
    const editor = page.locator('[role=dialog] [data-testid=tweetTextarea_0]');
    await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('x:quote');
    await waitOut();
    expect(await prompt(page).count()).toBe(0);
    expect((await editor.innerText()).trim()).toBe('');
    expect(await recorded(page, 'reposted')).toEqual([]);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it('a Quote item without link (a draft is held): no prompt, the site asks about the draft itself', async () => {
    const { page, waitOut } = await openWith('draft-held');
    await page.locator('[data-testid=retweetConfirm]').waitFor();
    await waitOut();
    expect(await prompt(page).count()).toBe(0);
    await page.locator('#layers [data-testid=Dropdown] > div[role=menuitem]:not([data-testid])').click();
    expect(await page.evaluate(() => (window as unknown as { __fixture: { discardAsked: number } }).__fixture.discardAsked)).toBe(1);
    expect(await recorded(page, 'reposted')).toEqual([]);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
