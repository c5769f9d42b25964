/**
 * The adapters on real pages of the sites: ../shared/real-pages (saved by other people from their
 * logged-in browsers, see its README.md and SOURCES.md), read from there at test time and never copied
 * into this repository. Each page is served at its real URL; every composer pages.json lists must get
 * its kind, read back exactly what was typed and find the Post/send button where the page has one;
 * editors that are not composers (chats) must get none. Then, as Refined GitHub does, every selector
 * of every adapter with the number of elements it matches on each page, so a renamed hook shows here.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites';
import type * as Boxes from '../../lib/content/boxes';
import { sharedBrowser, openFixture, pageBundle, typeDraft } from './harness';
import { OPEN, REAL, ROOT, UNSUPPORTED, cases, DRAFT, pages, present } from './real-pages';

declare global {
  interface Window {
    PostcheckBoxes: typeof Boxes;
  }
}
import { SELECTOR_TABLES, DATED_SOURCE } from './selectors/table';

let browser: Browser;
beforeAll(async () => {
  if (present) browser = await sharedBrowser();
});

// Reported as skipped, never as passed, where the pages are not there.
if (!present) it.skip(`${REAL} is absent: no real pages to test`, () => {});

describe.skipIf(!present)('composers on real pages', () => {
  for (const c of cases)
    it(c.name + (UNSUPPORTED[c.page.id] ? ` (unsupported: ${UNSUPPORTED[c.page.id]})` : ''), async () => {
      const adapter = adapterFor(c.page.url);
      expect(adapter, 'an adapter for the real URL').not.toBeNull();
      const unsupported = !!UNSUPPORTED[c.page.id];
      const scripts = unsupported ? [await pageBundle('lib/content/boxes.ts', 'PostcheckBoxes')] : [];
      const { page, errors, close } = await openFixture(browser, REAL + c.page.file, c.page.url, { scripts, refuseInBrowser: true });
      try {
        await OPEN[c.page.id]?.(page);
        // Playwright's CSS pierces open shadow roots (the 2026 share box), as the adapters' observers do.
        const editor = page.locator(c.editor).nth(c.nth);
        await editor.waitFor({ state: 'attached' });
        const network = adapter!.network;
        // The page as the selector table below reads it (its first composer there, nothing typed yet): counted now,
        // so that table need not load the page again.
        if (cases.find((o) => o.page === c.page) === c) counted.set(c.page.id, await countSelectors(page, selectorsOf(network)));
        const kindOf = () =>
          editor.evaluate((el, n) => {
            const a = window.PostcheckSites[n as 'x'];
            return el.matches(a.editorSelector) ? (a.composerOf(el as HTMLElement)?.kind ?? null) : 'unmatched';
          }, network);
        if (c.kind === null) {
          // A chat: the adapter may see the editor but must not take it for a composer.
          expect(['post', 'reply', 'quote', 'comment']).not.toContain(await kindOf());
          return;
        }
        if (unsupported) {
          // No adapter takes it for a composer; typed into, the content script sees a box nothing recognises
          // (which it offers for review), and the adapter reads what was typed, as it would once adopted.
          expect(await kindOf()).toBe('unmatched');
          await editor.click();
          await typeDraft(page, DRAFT);
          const seen = await editor.evaluate(
            (el, n) => ({
              box: window.PostcheckBoxes.classifyBox(
                window.PostcheckSites[n as 'x'],
                window.PostcheckBoxes.editableBox(el)!,
                location.pathname,
              ),
              text: window.PostcheckSites[n as 'x'].readDraft(el as HTMLElement),
            }),
            network,
          );
          expect(seen).toEqual({ box: 'unrecognised', text: DRAFT });
          expect(errors).toEqual([]);
          return;
        }
        expect(`${network}:${await kindOf()}`).toBe(c.kind);

        await editor.click();
        await typeDraft(page, DRAFT);
        expect(await editor.evaluate((el, n) => window.PostcheckSites[n as 'x'].readDraft(el as HTMLElement), network)).toBe(DRAFT);

        if (c.post) {
          const same = await editor.evaluate(
            (el, [n, post]) => {
              const found = window.PostcheckSites[n as 'x'].postButton(el as HTMLElement);
              // The page's own Post button: the one pages.json names, in the editor's root (document or shadow root).
              const root = el.getRootNode() as ParentNode;
              const expected = [...root.querySelectorAll(post!)].filter((b) => !el.contains(b));
              return { found: found?.outerHTML.slice(0, 80) ?? null, same: !!found && expected.includes(found) };
            },
            [network, c.post] as const,
          );
          expect(same.found, 'postButton found a button').not.toBeNull();
          expect(same.same, `postButton is ${c.post}`).toBe(true);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
});

/**
 * Every selector written in an adapter's source: its quoted strings that look like CSS (an attribute,
 * class, id or pseudo-class), outside comments. Read from the source so that a selector added, renamed
 * or removed there fails the table below until the table is brought along.
 */
function selectorsOf(network: string): string[] {
  const code = readFileSync(`${ROOT}lib/sites/${network}.ts`, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*\*?|import\b)/.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''))
    .join('\n');
  const literals = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1]!);
  return [...new Set(literals.filter((s) => /[[.#:]/.test(s) && !s.includes('://')))];
}

/** Elements each selector matches in the document and every open shadow root, after the page's OPEN step. */
async function countSelectors(page: Page, selectors: string[]): Promise<number[]> {
  return page.evaluate((list) => {
    const roots: ParentNode[] = [document];
    for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return list.map((s) => roots.reduce((n, root) => n + root.querySelectorAll(s).length, 0));
  }, selectors);
}

const RECORD = !!process.env.REAL_PAGES_RECORD;
/** Selector counts per page id, taken by the composer tests on the pages they load anyway. */
const counted = new Map<string, number[]>();

describe.skipIf(!present)('adapter selectors on real pages', () => {
  for (const network of ['x', 'linkedin', 'facebook']) {
    it(`${network}: each selector matches as many elements as it did`, async () => {
      const selectors = selectorsOf(network);
      const onSite = pages.filter((p) => adapterFor(p.url)?.network === network);
      const counts: Record<string, number[]> = Object.fromEntries(selectors.map((s) => [s, []]));
      for (const p of onSite) {
        let found = counted.get(p.id);
        if (!found) {
          // Not opened by the composer tests (this test run alone): opened here.
          const { page, close } = await openFixture(browser, REAL + p.file, p.url, { refuseInBrowser: true });
          try {
            await OPEN[p.id]?.(page);
            await page.locator(p.composers[0]!.editor).first().waitFor({ state: 'attached' });
            found = await countSelectors(page, selectors);
          } finally {
            await close();
          }
        }
        found.forEach((n, i) => counts[selectors[i]!]!.push(n));
      }
      const actual = { pages: onSite.map((p) => p.id), counts };
      const unseen = selectors.filter((s) => counts[s]!.every((n) => n === 0));
      if (RECORD) {
        console.log(`SELECTOR_COUNTS ${network} = ${JSON.stringify(actual, null, 2)}\nUNSEEN ${network} = ${JSON.stringify(unseen)}`);
        return;
      }
      const table = SELECTOR_TABLES[network]!;
      expect(actual).toEqual({ pages: table.pages, counts: table.counts });
      // A selector no saved page has is kept only with the public fragment that shows it, dated.
      expect(unseen.sort()).toEqual(Object.keys(table.fragments).sort());
      for (const [selector, source] of Object.entries(table.fragments)) expect(source, selector).toMatch(DATED_SOURCE);
    });
  }
});
