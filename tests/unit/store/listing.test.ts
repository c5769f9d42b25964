/**
 * The store listing in store/: each language's short description fits the Chrome Web Store's limit,
 * the long description quotes the extension's own words for what the person sees (so a renamed verdict
 * or prompt shows here), and the committed screenshots are at the stores' size.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const LANGS = ['en', 'de', 'sv'] as const;
/** Chrome Web Store: "summary" at most 132 characters; the detailed description at most 16,000. */
const SHORT_MAX = 132;
const LONG_MAX = 16_000;

function sections(lang: string): { short: string; long: string } {
  const text = readFileSync(join(root, `store/listing.${lang}.md`), 'utf8');
  const short = /^## Short description\n\n([^\n]*)\n/m.exec(text)?.[1] ?? '';
  const long = text.split(/^## Long description\n/m)[1]?.trim() ?? '';
  return { short, long };
}

function messages(lang: string): Record<string, string> {
  const raw = JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
}

describe.each(LANGS)('store/listing.%s.md', (lang) => {
  const { short, long } = sections(lang);

  it(`has a short description of at most ${SHORT_MAX} characters`, () => {
    expect(short.trim()).not.toBe('');
    // Characters as the store counts them (code points), not UTF-16 units.
    expect([...short].length).toBeLessThanOrEqual(SHORT_MAX);
  });

  it('has a long description within the store limit, in plain text', () => {
    expect(long.length).toBeGreaterThan(500);
    expect([...long].length).toBeLessThanOrEqual(LONG_MAX);
    // The stores show text as typed: no Markdown emphasis, links or headings.
    expect(long).not.toMatch(/\*\*|__|\]\(|^#/m);
  });

  it("names what the person sees in the extension's own words", () => {
    const m = messages(lang);
    const said = long.toLowerCase();
    const keys = ['verdict_ready', 'verdict_consider', 'verdict_fix', 'promptLabel', 'promptRepost', 'contextMenuReview'];
    for (const key of keys) {
      const w = (m[key] ?? '').replace(/^Postcheck:\s*/, '');
      expect(w, key).not.toBe('');
      expect(said, key).toContain(w.toLowerCase());
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('store/screenshots', () => {
  const dir = join(root, 'store/screenshots');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];

  it('holds each site with its panel, the share prompt and the options page', () => {
    for (const name of ['x-panel', 'linkedin-panel', 'facebook-panel', 'x-share-prompt', 'options']) {
      expect(
        files.some((f) => f.endsWith(`-${name}.png`)),
        name,
      ).toBe(true);
    }
  });

  it('are all 1280×800, the size both stores take', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(pngSize(join(dir, f)), f).toEqual({ width: 1280, height: 800 });
  });
});
