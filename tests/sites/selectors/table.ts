/**
 * How many elements each adapter selector matches on each real page of ../shared/real-pages (columns
 * in the order of `pages`), counted on the pages as served by tests/sites/real-pages.test.ts,
 * composites after their box is opened. Derived by running the pages, then frozen: a change is either
 * a regression or a table to update (`REAL_PAGES_RECORD=1` prints the new one). One file per adapter.
 */
import { x } from './x';
import { linkedin } from './linkedin';
import { facebook } from './facebook';

export interface SelectorTable {
  pages: string[];
  counts: Record<string, number[]>;
  /**
   * The selectors that match nothing on any saved page, each with the public fragment that shows the
   * live site has it: repository · path · commit, and the date it was seen (or the date after which a
   * compatibility selector may go).
   */
  fragments: Record<string, string>;
}

/** A fragment's source must name where it is and when it was seen: a YYYY-MM(-DD) date in it. */
export const DATED_SOURCE = /\S.*\b(19|20)\d\d-\d\d\b/;

export const SELECTOR_TABLES: Record<string, SelectorTable> = { x, linkedin, facebook };
