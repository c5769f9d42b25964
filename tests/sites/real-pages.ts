/**
 * The real pages of ../shared/real-pages (see its README.md and SOURCES.md), read at test time from
 * beside the repository and never copied into it, for the site tests (real-pages.test.ts) and the
 * built extension's (tests/e2e/real-pages.e2e.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** ../shared/real-pages beside the repository (POSTCHECK_REAL_PAGES: another copy, for a run without it). */
export const REAL = process.env.POSTCHECK_REAL_PAGES?.replace(/\/?$/, '/') ?? `${ROOT}../shared/real-pages/`;

export interface RealComposer {
  editor: string;
  kind: string | null;
  post?: string;
}
export interface RealPage {
  id: string;
  file: string;
  url: string;
  saved: string;
  composite: boolean;
  composers: RealComposer[];
}

export const present = existsSync(`${REAL}pages.json`);
if (!present) console.warn(`real-pages: ${REAL} is absent, so the real-page suites are skipped`);
export const pages: RealPage[] = present ? JSON.parse(readFileSync(`${REAL}pages.json`, 'utf8')) : [];

/** What a person does on a composite page before its composer exists (the stand-in script then opens it). */
export const OPEN: Record<string, (page: Page) => Promise<void>> = {
  // The first post's Comment button (its icon is svg#comment-small; the label is localized).
  'linkedin-2026-comment': (page) => page.locator('button:not([aria-label]):has(svg[id="comment-small"])').first().click(),
  'linkedin-2026-sharebox': (page) => page.locator('[aria-label="Start a post"]').first().click(),
};

// Typed, so the page sees real key events (the site tests: harness typeDraft); one line, since Facebook comments send on Enter.
export const DRAFT = 'Shipping weekly taught us one thing: write decisions down — memory fades (ça, då, 50%)!';

/**
 * Pages whose composer no adapter supports, with the reason. Not skipped: their tests check what happens
 * instead, that the editor is not taken for a composer and, typed into, is a box offered for review.
 */
export const UNSUPPORTED: Record<string, string> = {
  'facebook-photo-2022-01':
    "historical: pre-release Lexical ('data-outline-editor', 2022-01), no longer shipped; the adapter matches data-lexical-editor only",
};

/** Every composer of every page, named for the test list. */
export const cases = pages.flatMap((p) =>
  p.composers.map((c, i) => ({
    ...c,
    page: p,
    // Composers sharing a selector on one page (two comment boxes) are told apart by position.
    nth: p.composers.slice(0, i).filter((o) => o.editor === c.editor).length,
    name: `${p.id} #${i}: ${c.editor} → ${c.kind ?? 'not a composer'}`,
  })),
);
