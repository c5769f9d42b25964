// The bundled sample pages of X, LinkedIn and Facebook as `npm start` (scripts/demo.mjs) and
// `npm run store:screenshots` (scripts/store-screenshots.mjs) show them: served at the sites' real URLs
// from local files, every other request refused, a draft typed into each composer. The pages are the
// browser tests' fixtures, which model the sites' markup only; the demo dresses each in its own stylesheet
// (demo/look/<site>.css: our CSS on the pages' real hooks, no assets of the sites) so it reads as its site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages', import.meta.url));
export const LOOK_DIR = fileURLToPath(new URL('../demo/look', import.meta.url));

/** Each site: its real URL, the sample page, how to open its composer, a draft to start with, and its repost button. */
export const SITES = [
  {
    name: 'x',
    url: 'https://x.com/home',
    file: 'x-home.html',
    editor: 'main [data-testid=tweetTextarea_0]',
    draft: 'Check out my new video! https://example.com/video #teams #remote #async',
    repost: 'article >> nth=0 >> [data-testid=retweet]',
  },
  {
    name: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    file: 'linkedin-feed.html',
    open: (page) => page.locator('.share-box-feed-entry__trigger').click(),
    editor: '[role=dialog] .ql-editor',
    draft: 'We cut our onboarding time in half by writing every decision down, because new people can read why, not just what.',
    repost: '.social-reshare-button >> nth=0',
  },
  {
    name: 'facebook',
    url: 'https://www.facebook.com/',
    file: 'facebook-home.html',
    open: (page) => page.locator('[role=button]:has-text("on your mind")').click(),
    editor: '[role=dialog] [data-lexical-editor]',
    draft: 'Our choir sings at the Christmas market on Saturday, come and say hi! Also: we are hiring, book a demo of our B2B tool.',
    repost: '[aria-label="Send this to friends or post it on your profile."] >> nth=0',
  },
];

/** A sample page as served: its HTML with the site's look added last in <head>, so it wins over the page's own few rules. */
export function samplePage(site) {
  const html = readFileSync(join(PAGES_DIR, site.file), 'utf8');
  const look = ['icons.css', `${site.name}.css`].map((f) => readFileSync(join(LOOK_DIR, f), 'utf8')).join('\n');
  return html.replace('</head>', () => `<style data-demo-look="${site.name}">\n${look}</style></head>`);
}

/** Serves the sample pages at their real URLs in a Playwright context; nothing else leaves the machine. */
export async function serveSamplePages(context) {
  const served = new Map(SITES.map((s) => [s.url, s]));
  await context.route(/^(https?|wss?):/, (route) => {
    const site = served.get(route.request().url());
    return site ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: samplePage(site) }) : route.abort('blockedbyclient');
  });
}

/** Opens the site's composer, types its draft as a person would, and waits for Postcheck's badge. */
export async function startDraft(page, site) {
  await site.open?.(page);
  await page.locator(site.editor).click();
  await page.keyboard.type(site.draft);
  await page.locator('postcheck-badge button').first().waitFor();
  await page.waitForTimeout(300);
}
