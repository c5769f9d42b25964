// Types for sample-sites.mjs, which the demo-look unit test imports.
export interface SampleSite {
  name: 'x' | 'linkedin' | 'facebook';
  url: string;
  file: string;
  editor: string;
  draft: string;
  repost: string;
}
export const PAGES_DIR: string;
export const LOOK_DIR: string;
export const SITES: SampleSite[];
export function samplePage(site: SampleSite): string;
export function serveSamplePages(context: unknown): Promise<void>;
export function startDraft(page: unknown, site: SampleSite): Promise<void>;
