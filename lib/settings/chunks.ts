/**
 * How the rules are laid out in storage.sync, which takes at most 8,192 bytes per item (key plus
 * value as JSON) and 102,400 in all: the rules' JSON text cut into string chunks `rules.0` …
 * `rules.<n-1>`, each under the per-item limit, and a meta item naming how many there are, a hash
 * of the whole text and a stamp that orders copies written by different browsers. A reader joins
 * the chunks and trusts them only when the count and the hash match: items of one set() call can
 * arrive in another browser one by one. Pure: no browser API.
 */

export const META_KEY = 'rulesMeta';
export const chunkKey = (i: number) => `rules.${i}`;
export const isChunkKey = (key: string) => /^rules\.\d+$/.test(key);

/** storage.sync's documented limits, used where the browser does not say its own. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;

/** Who wrote a copy and when: later time wins, the device id breaks a tie, so every browser agrees on the order. */
export interface Stamp {
  t: number;
  d: string;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.t !== b.t) return a.t < b.t ? -1 : 1;
  return a.d === b.d ? 0 : a.d < b.d ? -1 : 1;
}

export const isStamp = (v: unknown): v is Stamp =>
  typeof v === 'object' && v !== null && typeof (v as Stamp).t === 'number' && typeof (v as Stamp).d === 'string';

/** What sync says about the chunks: the copy they hold, its hash and how many there are. */
export interface SyncMeta {
  format: 1;
  stamp: Stamp;
  hash: string;
  chunks: number;
}

/**
 * A browser whose rules are too large for sync says so here, with the stamp of its copy; the meta
 * and chunks (another browser's rules) stay as they are. Newer than the meta: the person's latest
 * rules are in that browser only.
 */
export const TOO_LARGE_KEY = 'rulesTooLarge';

export function readTooLarge(v: unknown): Stamp | null {
  return typeof v === 'object' && v !== null && (v as { format?: unknown }).format === 1 && isStamp((v as { stamp?: unknown }).stamp)
    ? (v as { stamp: Stamp }).stamp
    : null;
}

export function isSyncMeta(v: unknown): v is SyncMeta {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as SyncMeta;
  return m.format === 1 && isStamp(m.stamp) && typeof m.hash === 'string' && Number.isInteger(m.chunks) && m.chunks >= 0 && m.chunks <= 512;
}

const encoder = new TextEncoder();
export const utf8Length = (s: string) => encoder.encode(s).length;

/** The size storage.sync counts for one item: the key plus the value as JSON, in bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

/** cyrb53: a fast 53-bit string hash, enough to tell a complete copy from a partly arrived one (not a defence). */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Bytes one code point takes inside a JSON string literal. */
function jsonCost(cp: number): number {
  if (cp === 0x22 || cp === 0x5c) return 2; // \" and \\
  if (cp < 0x20) return cp === 0x08 || cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d ? 2 : 6;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp >= 0xd800 && cp <= 0xdfff) return 6; // a lone surrogate, which JSON writes as \udXXX
  if (cp < 0x10000) return 3;
  return 4;
}

/**
 * `text` cut into pieces whose items (`rules.<i>` and the piece as a JSON string) each fit in
 * `perItem` bytes; never inside a surrogate pair, so every piece is well-formed text.
 */
export function splitChunks(text: string, perItem = SYNC_QUOTA_BYTES_PER_ITEM): string[] {
  const chunks: string[] = [];
  let start = 0;
  let used = 0;
  const room = () => perItem - utf8Length(chunkKey(chunks.length)) - 2;
  let limit = room();
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const cost = jsonCost(cp);
    if (used + cost > limit) {
      chunks.push(text.slice(start, i));
      start = i;
      used = 0;
      limit = room();
    }
    used += cost;
    i += width;
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start));
  return chunks;
}

export type SyncCopy =
  | { kind: 'none' }
  | { kind: 'incomplete'; meta: SyncMeta; missing: number[] }
  | { kind: 'complete'; meta: SyncMeta; text: string; rules: unknown };

/** What the sync items hold, read whole or not at all. `items`: what get() gave for the meta and chunk keys. */
export function readSyncCopy(items: Record<string, unknown>): SyncCopy {
  const meta = items[META_KEY];
  if (!isSyncMeta(meta)) return { kind: 'none' };
  const parts: string[] = [];
  const missing: number[] = [];
  for (let i = 0; i < meta.chunks; i++) {
    const part = items[chunkKey(i)];
    if (typeof part === 'string') parts.push(part);
    else missing.push(i);
  }
  if (missing.length) return { kind: 'incomplete', meta, missing };
  const text = parts.join('');
  // A chunk of an older copy still in place of one not arrived yet: the hash tells.
  if (hashText(text) !== meta.hash) return { kind: 'incomplete', meta, missing: [] };
  try {
    return { kind: 'complete', meta, text, rules: JSON.parse(text) };
  } catch {
    return { kind: 'incomplete', meta, missing: [] };
  }
}

/** The items of one write of `text` (meta first), and their total size as sync counts it. */
export function syncItemsFor(
  text: string,
  stamp: Stamp,
  perItem = SYNC_QUOTA_BYTES_PER_ITEM,
): { items: Record<string, unknown>; bytes: number; chunks: number } {
  const chunks = splitChunks(text, perItem);
  const meta: SyncMeta = { format: 1, stamp, hash: hashText(text), chunks: chunks.length };
  const items: Record<string, unknown> = { [META_KEY]: meta };
  chunks.forEach((chunk, i) => (items[chunkKey(i)] = chunk));
  const bytes = Object.entries(items).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
  return { items, bytes, chunks: chunks.length };
}
