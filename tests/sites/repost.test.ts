// The repost controls each adapter names, against the sites' simulated repost/share menus.
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clickRepost } from './cases';
import { sharedBrowser, openFixture } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const repostCases = [
  // X turns the button into `unretweet` after a repost: the trigger must no longer match it.
  { name: 'X', file: 'x-home.html', url: 'https://x.com/home', record: 'reposted', id: '1861000000000000001', triggers: 3, after: 2 },
  {
    name: 'X in German',
    file: 'x-home-de.html',
    url: 'https://x.com/home',
    record: 'reposted',
    id: '1861000000000000042',
    triggers: 1,
    after: 0,
  },
  {
    name: 'LinkedIn',
    file: 'linkedin-feed.html',
    url: 'https://www.linkedin.com/feed/',
    record: 'reposted',
    id: '7260000000000000001',
    triggers: 2,
    after: 2,
  },
  {
    name: 'LinkedIn in Swedish (classic dropdown: classes, no words)',
    file: 'linkedin-feed-sv.html',
    url: 'https://www.linkedin.com/feed/',
    record: 'reposted',
    id: '7260000000000000077',
    triggers: 1,
    after: 1,
  },
  {
    name: 'LinkedIn 2026 (menu known by its titles)',
    file: 'linkedin-2026.html',
    url: 'https://www.linkedin.com/feed/',
    record: 'reposted',
    id: '7260000000000000101',
    triggers: 2,
    after: 2,
  },
  { name: 'Facebook', file: 'facebook-home.html', url: 'https://www.facebook.com/', record: 'shared', id: '9001', triggers: 2, after: 2 },
  {
    name: 'Facebook (2025 feed)',
    file: 'facebook-comments.html',
    url: 'https://web.facebook.com/',
    record: 'shared',
    id: 9101,
    triggers: 1,
    after: 1,
  },
];

const triggerCount = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelectorAll(window.PostcheckSites.adapterFor(location.href)!.repost!.trigger).length);

describe.each(repostCases)('$name', (c) => {
  it('finds the repost button, its menu items, and the plain repost goes through', async () => {
    const { page, blocked, errors, close } = await openFixture(browser, c.file, c.url);
    try {
      expect(await triggerCount(page)).toBe(c.triggers);
      await clickRepost(page, 'trigger');
      // Both items of the menu the site opened are found by the adapter, in that menu.
      const items = await page.waitForFunction(() => {
        const menu = window.PostcheckSites.adapterFor(location.href)!.repost!.menu(document);
        return menu && [menu.element.contains(menu.plain), menu.element.contains(menu.quote), menu.plain !== menu.quote];
      });
      expect(await items.jsonValue()).toEqual([true, true, true]);
      await clickRepost(page, 'plain');
      expect(await page.evaluate((key) => window.__fixture[key], c.record)).toEqual([c.id]);
      expect(await triggerCount(page)).toBe(c.after);
      expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    } finally {
      await close();
    }
  });
});

// X: the menu x-home.html renders as X does (see the page's script); `__fixture.menu` makes it render what X
// shows instead in other cases. Only the repost menu itself is recognised; anything else gets no prompt.
const openX = async (menu: string) => {
  const fixture = await openFixture(browser, 'x-home.html', 'https://x.com/home');
  await fixture.page.evaluate((m) => (window.__fixture.menu = m), menu);
  // The site's own button, as a person clicks it.
  await fixture.page.locator('article >> nth=0 >> [data-testid=retweet]').click();
  return fixture;
};
const xMenu = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const menu = window.PostcheckSites.adapterFor(location.href)!.repost!.menu(document);
    return (
      menu && {
        role: menu.element.getAttribute('role'),
        inLayers: !!menu.element.closest('#layers'),
        dropdown: menu.plain.parentElement!.matches('[data-testid="Dropdown"]'),
        quoteFollowsRepost: menu.plain.nextElementSibling === menu.quote,
        quoteHref: menu.quote.getAttribute('href'),
      }
    );
  });

describe('X repost menu', () => {
  it('is recognised as X renders it: Repost, then the Quote link, in [role=menu] [data-testid=Dropdown] in #layers', async () => {
    const { page, blocked, errors, close } = await openX('standard');
    try {
      await page.locator('#layers [role=menu] [data-testid=Dropdown]').waitFor();
      expect(await xMenu(page)).toEqual({
        role: 'menu',
        inLayers: true,
        dropdown: true,
        quoteFollowsRepost: true,
        quoteHref: '/compose/post',
      });
      expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    } finally {
      await close();
    }
  });

  // What X shows instead (X's own web bundle, 2025-06-25): each is left to the site, with no prompt.
  it.each([
    ['quote-first', 'the button goes straight to the quote composer (X experiment)', '[role=dialog] [data-testid=tweetTextarea_0]'],
    ['no-quote', 'a menu without Quote (quoting not allowed)', '#layers [data-testid=retweetConfirm]'],
    ['no-repost', 'a menu without Repost (quote prioritized)', '#layers a[role=menuitem][href="/compose/post"]'],
    ['draft-held', 'a Quote item that is no link (a composer holds a draft)', '#layers [data-testid=retweetConfirm]'],
  ])('%s: %s is not recognised', async (variant, _what, shown) => {
    const { page, blocked, errors, close } = await openX(variant);
    try {
      // The site did react (its menu or composer is there), and the adapter recognises no repost menu in it.
      await page.locator(shown).first().waitFor();
      expect(await xMenu(page)).toBeNull();
      expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
    } finally {
      await close();
    }
  });
});
