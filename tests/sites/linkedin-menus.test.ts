// LinkedIn's repost menus as the adapter must recognise them: the classic (Ember) dropdown by its
// classes in any UI language, the 2026 React menu (no hook) by its items' titles in the languages of
// the adapter's table only, and nothing else: no menu for a language we have no words for, for a menu
// with an item missing or doubled, or for the trigger itself.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clickRepost } from './cases';
import { sharedBrowser, openFixture } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const FEED = 'https://www.linkedin.com/feed/';

/** What the adapter makes of the page now: the two items' titles and where the menu element is. */
const recognised = (page: Page) =>
  page.evaluate(() => {
    const menu = window.PostcheckSites.linkedin.repost!.menu(document);
    if (!menu) return null;
    // Each item's title is its first span, in both menus.
    return {
      plain: menu.plain.querySelector('span')?.textContent,
      quote: menu.quote.querySelector('span')?.textContent,
      holdsBoth: menu.element.contains(menu.plain) && menu.element.contains(menu.quote),
      hasBox: menu.element.getClientRects().length > 0,
    };
  });

describe('classic dropdown (Ember): known by its classes, in any language', () => {
  it.each([
    ['English', 'linkedin-feed.html', 'Repost', 'Repost with your thoughts'],
    ['Swedish', 'linkedin-feed-sv.html', 'Lägg upp igen', 'Repost with your thoughts'],
  ])('%s', async (_, file, plain, quote) => {
    const { page, errors, close } = await openFixture(browser, file, FEED);
    try {
      // Closed: the dropdown content is there, empty and hidden.
      expect(await recognised(page)).toBeNull();
      await clickRepost(page, 'trigger');
      expect(await recognised(page)).toEqual({ plain, quote, holdsBoth: true, hasBox: true });
      // A third item (a menu we have not seen) is not recognised.
      await page.evaluate(() => {
        const content = document.querySelector('.artdeco-dropdown__content--is-open')!;
        content.append(content.querySelector('.artdeco-dropdown__item')!.cloneNode(true));
      });
      expect(await recognised(page)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('2026 React menu: known by its titles in the languages of the table', () => {
  const open = async (lang: string, labels?: Record<string, string>) => {
    const fixture = await openFixture(browser, 'linkedin-2026.html', FEED);
    await fixture.page.evaluate(
      ([l, own]) => {
        document.documentElement.lang = l!;
        if (own) (window as unknown as { __labels: unknown }).__labels = own;
      },
      [lang, labels] as const,
    );
    return fixture;
  };

  it.each([
    ['en', 'Repost', 'Repost with your thoughts'],
    ['de', 'Sofort teilen', 'Mit Kommentar teilen'],
    // LinkedIn's own sv_SE strings leave the quote title in English: the plain item tells it is Swedish.
    ['sv', 'Lägg upp igen', 'Repost with your thoughts'],
  ])('%s: both items, and the menu element holds them', async (lang, plain, quote) => {
    const { page, errors, close } = await open(lang);
    try {
      expect(await recognised(page)).toBeNull();
      // The trigger is the repost button that opens a menu, never the menu's own items.
      expect(await page.evaluate(() => document.querySelectorAll(window.PostcheckSites.linkedin.repost!.trigger).length)).toBe(2);
      await clickRepost(page, 'trigger');
      expect(await recognised(page)).toEqual({ plain, quote, holdsBoth: true, hasBox: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    // Words no public source shows for these items (ours, standing for a wording or UI language the
    // table does not have): a Swedish menu worded otherwise, and French: not recognised.
    ['sv', { thoughts: 'Återpublicera med dina tankar', thoughtsSub: '', repost: 'Återpublicera', repostSub: '' }],
    ['fr', { thoughts: 'Republier avec votre avis', thoughtsSub: '', repost: 'Republier', repostSub: '' }],
    // Words of two languages in one menu, or one item only: not the menu we know.
    ['mixed', { thoughts: 'Repost with your thoughts', thoughtsSub: '', repost: 'Sofort teilen', repostSub: '' }],
    ['one item', { thoughts: 'Undo repost', thoughtsSub: '', repost: 'Repost', repostSub: '' }],
  ])('%s: no menu, and the site goes on untouched', async (lang, labels) => {
    const { page, errors, close } = await open(lang, labels);
    try {
      await clickRepost(page, 'trigger');
      await page.locator('a[tabindex]').first().waitFor();
      expect(await recognised(page)).toBeNull();
      // The site's own item still works as the person clicks it.
      await page.locator('a[tabindex]').nth(1).click();
      expect(await page.evaluate(() => window.__fixture.reposted)).toEqual(['7260000000000000101']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an item doubled (two menus open, or a copy elsewhere) is not a menu we know', async () => {
    const { page, close } = await open('en');
    try {
      await clickRepost(page, 'trigger');
      expect(await recognised(page)).not.toBeNull();
      await page.evaluate(() => {
        const item = [...document.querySelectorAll('a[tabindex]')].find((a) => a.textContent!.startsWith('Repost with'))!;
        document.querySelector('main')!.append(item.cloneNode(true));
      });
      expect(await recognised(page)).toBeNull();
    } finally {
      await close();
    }
  });
});

describe('the share modal "with your thoughts" opens: a quote, by its attached post or by how it opened', () => {
  const kind = (page: Page) =>
    page.evaluate(() => {
      const editor = document.querySelector('#interop-outlet')!.shadowRoot!.querySelector<HTMLElement>('.ql-editor')!;
      return window.PostcheckSites.linkedin.composerOf(editor)?.kind ?? null;
    });

  it('2026: right after the recognised item was chosen, even where the attached post has no hook we know', async () => {
    const { page, errors, close } = await openFixture(browser, 'linkedin-2026.html', FEED);
    try {
      await clickRepost(page, 'trigger');
      await clickRepost(page, 'quote');
      // As if LinkedIn marked the attached post some other way: only how the modal opened tells.
      await page.evaluate(() =>
        document.querySelector('#interop-outlet')!.shadowRoot!.querySelector('.share-creation-state__preview-container')!.remove(),
      );
      expect(await kind(page)).toBe('quote');
      // It stays a quote; the next "Start a post" is a post.
      expect(await kind(page)).toBe('quote');
      await page.evaluate(() =>
        document
          .querySelector('#interop-outlet')!
          .shadowRoot!.querySelector<HTMLElement>('.share-actions__primary-action')!
          .closest('[role=dialog]')!
          .remove(),
      );
      await page.locator('[aria-label="Start a post"]').click();
      expect(await kind(page)).toBe('post');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('2026: a share box opened with no menu choice is a post', async () => {
    const { page, close } = await openFixture(browser, 'linkedin-2026.html', FEED);
    try {
      await page.locator('[aria-label="Start a post"]').click();
      expect(await kind(page)).toBe('post');
    } finally {
      await close();
    }
  });
});
