/**
 * Rules as a JSON file: export writes them as they are (with their version); import checks the
 * whole file — size, structure, JSON, shape — before the caller writes anything with saveRules.
 */
import { parseRulesStrict } from './parse';
import type { ParseResult } from './parse';
import type { Rules } from './schema';

/*
 * The limits are derived from the largest rules the schema allows, so that every export imports
 * back: 21 phrase lists of 700 phrases and 9 goal lists of 150, 50 pause entries of 50 topics and
 * the rest at their longest, every character written as a six-byte JSON escape (a lone surrogate),
 * is 9.5 MB with about 21,000 values, nested 6 deep (a test builds it). A file past any of them is refused before
 * JSON.parse: megabytes of "[" or of keys would otherwise take a second to parse.
 */
export const MAX_IMPORT_BYTES = 10_000_000;
/** commas and containers: the largest allowed rules have about 21,000 */
export const MAX_IMPORT_VALUES = 40_000;
/** nesting of objects and lists: rules go 6 deep */
export const MAX_IMPORT_DEPTH = 32;

export function exportRules(rules: Rules): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** Where in the text the parser stopped, as line and column, when the engine gives only an offset. */
function position(message: string, text: string): string {
  if (/line \d+/i.test(message)) return '';
  const at = /position (\d+)/.exec(message);
  if (!at) return '';
  const offset = Number(at[1]);
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * One pass over the text outside its strings: too many values or too deep is refused before the
 * parser builds anything. Commas and opening brackets are counted; the text need not be valid JSON
 * (the parser says so afterwards).
 */
function tooComplex(text: string): string | null {
  let values = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote, over escapes
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_IMPORT_DEPTH) return `The file is nested more than ${MAX_IMPORT_DEPTH} levels deep; rules never are`;
      if (++values > MAX_IMPORT_VALUES) break;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && ++values > MAX_IMPORT_VALUES) break;
  }
  return values > MAX_IMPORT_VALUES
    ? `The file holds more than ${MAX_IMPORT_VALUES.toLocaleString('en')} values; a rules file holds fewer`
    : null;
}

export function importRules(text: string, maxBytes = MAX_IMPORT_BYTES): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return {
      ok: false,
      errors: [{ path: '', message: `The file is ${formatBytes(bytes)}; a rules file can be at most ${formatBytes(maxBytes)}` }],
    };
  }
  const complex = tooComplex(text);
  if (complex) return { ok: false, errors: [{ path: '', message: complex }] };
  // Editors on Windows may save JSON with a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, errors: [{ path: '', message: `The file is not valid JSON: ${message}${position(message, json)}` }] };
  }
  return parseRulesStrict(data);
}
