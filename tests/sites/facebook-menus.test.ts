// Facebook's share menu has no language-independent hook: the adapter knows its two items by their
// text in the UI languages a public source shows (English), and in any other UI language leaves the
// menu alone. The composer "Share to Feed" opens is a quote because of how it opened.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, openFixture } from './harness';
import { REAL, pages, present } from './real-pages';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});

const HOME = ['facebook-home.html', 'https://www.facebook.com/'] as const;

/** The first post's Share button, found by structure (Like, Comment, Share), whatever the UI language. */
const openShareMenu = async (page: Page) => {
  await page.locator('[role=article] [role=group] > [role=button]:nth-child(3)').first().click();
  await page.locator('[role=menu]').waitFor();
};

/** What the adapter recognises in the open menu: the texts of its items, or null. */
const recognised = (page: Page) =>
  page.evaluate(() => {
    const menu = window.PostcheckSites.facebook.repost!.menu(document);
    return menu && { element: menu.element.getAttribute('role'), plain: menu.plain.textContent, quote: menu.quote.textContent };
  });

const kindOfDialogEditor = (page: Page) =>
  page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[role=dialog] [data-lexical-editor]')!;
    return window.PostcheckSites.facebook.composerOf(editor)?.kind ?? null;
  });

describe('Facebook share menu', () => {
  it('recognises "Share now (…)" and "Share to Feed" in English, in the menu the Share button opened', async () => {
    const { page, errors, close } = await openFixture(browser, ...HOME);
    try {
      expect(await page.locator(await page.evaluate(() => window.PostcheckSites.facebook.repost!.trigger)).count()).toBe(2);
      await openShareMenu(page);
      expect(await recognised(page)).toEqual({ element: 'menu', plain: 'Share now (Public)', quote: 'Share to Feed' });
      // The audience in brackets follows the person's default.
      await page.evaluate(() => {
        document.querySelector('[role=menuitem] span')!.textContent = 'Share now (Friends)';
      });
      expect((await recognised(page))?.plain).toBe('Share now (Friends)');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('leaves the menu alone in a UI language without sourced texts (Polish, as a public share bot quotes it)', async () => {
    const { page, close } = await openFixture(browser, ...HOME);
    try {
      await page.evaluate(() => (window as unknown as { __setLang(l: string): void }).__setLang('pl'));
      // The Polish Share button is not a trigger (its label is localized; the menu would not be known anyway).
      expect(await page.locator(await page.evaluate(() => window.PostcheckSites.facebook.repost!.trigger)).count()).toBe(0);
      await openShareMenu(page);
      expect(await page.locator('[role=menuitem]').allTextContents()).toEqual([
        'Udostępnij teraz (Publiczne)',
        'Udostępnij w Aktualnościach',
      ]);
      expect(await recognised(page)).toBeNull();
    } finally {
      await close();
    }
  });

  it.each([
    ['German', 'de'],
    ['Swedish', 'sv'],
    ['Spanish', 'es'],
    ['an unset', ''],
  ])('takes no menu under %s <html lang>: no text of that UI is sourced, so none is guessed', async (_name, lang) => {
    const { page, close } = await openFixture(browser, ...HOME);
    try {
      await openShareMenu(page);
      expect(await recognised(page)).not.toBeNull();
      await page.evaluate((l) => {
        document.documentElement.lang = l;
      }, lang);
      expect(await recognised(page)).toBeNull();
    } finally {
      await close();
    }
  });

  it('takes no menu with only one of its two items, or items with other text', async () => {
    const { page, close } = await openFixture(browser, ...HOME);
    try {
      await openShareMenu(page);
      await page.evaluate(() => {
        document.querySelectorAll('[role=menuitem]')[1]!.querySelector('span')!.textContent = 'Share to your story';
      });
      expect(await recognised(page)).toBeNull();
      await page.evaluate(() => {
        const [now, other] = document.querySelectorAll('[role=menuitem]');
        other!.querySelector('span')!.textContent = 'Share to Feed';
        now!.querySelector('span')!.textContent = 'Share now to a group (Public) (beta)';
      });
      expect(await recognised(page)).toBeNull();
    } finally {
      await close();
    }
  });

  it('"Share to Feed" opens a quote composer; a "Create post" dialog opened later is a post', async () => {
    const { page, errors, close } = await openFixture(browser, ...HOME);
    try {
      await openShareMenu(page);
      expect(await recognised(page)).not.toBeNull();
      // A content script's observer sees the composer as soon as the site's handler adds it (a microtask
      // after that handler, before later listeners of the same click): the kind it reads then must be right.
      await page.evaluate(() => {
        const seen: (string | null)[] = ((window as unknown as { __kinds: (string | null)[] }).__kinds = []);
        new MutationObserver(() => {
          const editor = document.querySelector<HTMLElement>('[role=dialog] [data-lexical-editor]');
          if (editor && !seen.length) seen.push(window.PostcheckSites.facebook.composerOf(editor)?.kind ?? null);
        }).observe(document.body, { childList: true, subtree: true });
      });
      // The person's own click on the site's item, not the prompt's.
      await page.locator('[role=menuitem]', { hasText: 'Share to Feed' }).click();
      expect(await page.evaluate(() => (window as unknown as { __kinds: string[] }).__kinds)).toEqual(['quote']);
      expect(await kindOfDialogEditor(page)).toBe('quote');
      // Asked again (focus, re-render), it stays a quote.
      expect(await kindOfDialogEditor(page)).toBe('quote');
      await page.evaluate(() => {
        document.getElementById('portal')!.innerHTML = '';
      });
      await page.locator('[role=main] [role=button]').first().click(); // "What's on your mind, Sam?"
      expect(await kindOfDialogEditor(page)).toBe('post');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"Share to Feed" chosen with the keyboard opens a quote composer too', async () => {
    const { page, close } = await openFixture(browser, ...HOME);
    try {
      await openShareMenu(page);
      expect(await recognised(page)).not.toBeNull();
      // The site's menu items act on Enter themselves, with no click (a div with role=menuitem gets none):
      // the fixture's own handler opens the composer straight from the key.
      await page.evaluate(() => {
        const feed = [...document.querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent === 'Share to Feed')!;
        const open = (window as unknown as { composer(post: Element): void }).composer;
        feed.addEventListener('keydown', (e) => e.key === 'Enter' && open(document.querySelector('[role=article]')!));
        feed.focus();
      });
      await page.keyboard.press('Enter');
      expect(await kindOfDialogEditor(page)).toBe('quote');
    } finally {
      await close();
    }
  });

  it('a share composer whose menu was not recognised (Polish) is not guessed a quote', async () => {
    const { page, close } = await openFixture(browser, ...HOME);
    try {
      await page.evaluate(() => (window as unknown as { __setLang(l: string): void }).__setLang('pl'));
      await openShareMenu(page);
      expect(await recognised(page)).toBeNull();
      await page.locator('[role=menuitem]').nth(1).click();
      expect(await kindOfDialogEditor(page)).toBe('post');
    } finally {
      await close();
    }
  });
});

// On the real saved pages (../shared/real-pages, read at test time): the trigger is each post's own
// Share button and nothing else, and no menu is taken where none is open.
describe.skipIf(!present)('Facebook share controls on the real pages', () => {
  const facebookPages = pages.filter((p) => /facebook\.com\//.test(p.url));
  it.each(facebookPages.map((p) => [p.id, p] as const))('%s', async (_id, p) => {
    const { page, errors, close } = await openFixture(browser, REAL + p.file, p.url, { refuseInBrowser: true });
    try {
      const found = await page.evaluate(() => {
        const { repost } = window.PostcheckSites.facebook;
        const triggers = [...document.querySelectorAll(repost!.trigger)];
        return {
          triggers: triggers.length,
          // Each one is a post's Share button: the marker of 2024+ builds, or the English label of older ones.
          allShareButtons: triggers.every(
            (t) =>
              t.getAttribute('role') === 'button' &&
              (t.querySelector('[data-ad-rendering-role="share_button"]') ||
                /^Send this to friends or post it on your (profile|Timeline)\.$/.test(t.getAttribute('aria-label') ?? '')),
          ),
          menu: repost!.menu(document),
        };
      });
      // English pages have their Share buttons found; in Spanish, Arabic and French none is (no sourced menu texts).
      const english = p.id === 'facebook-feed-2025-07' || p.id === 'facebook-photo-2022-01';
      expect(found.triggers > 0).toBe(english);
      expect(found.allShareButtons).toBe(true);
      expect(found.menu).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
