/**
 * Rules as a JSON file: export writes them as they are (with their version); import checks the
 * whole file — size, JSON, shape — before the caller writes anything with saveRules.
 */
import { parseRulesStrict } from './parse';
import type { ParseResult } from './parse';
import type { Rules } from './schema';

export const MAX_IMPORT_BYTES = 1_000_000;

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

export function importRules(text: string, maxBytes = MAX_IMPORT_BYTES): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return { ok: false, errors: [{ path: '', message: `The file is ${formatBytes(bytes)}; a rules file can be at most ${formatBytes(maxBytes)}` }] };
  }
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
