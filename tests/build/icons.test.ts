// Both builds carry Postcheck's icon at every size the stores and browsers ask for, rendered from the
// one drawing (assets/icon.svg), for the extension, its toolbar button and Firefox's sidebar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest as manifestOf, TARGETS, type Target } from './outputs';

const SIZES = ['16', '32', '48', '96', '128'];

/** A PNG's width and height, from its IHDR chunk; null for anything that is not a PNG. */
function pngSize(bytes: Buffer): [number, number] | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(Object.keys(TARGETS) as Target[])('%s build', (target) => {
  const dir = TARGETS[target];
  const manifest = manifestOf(target) as Record<string, Record<string, unknown>>;
  const square = (path: unknown, size: string) => {
    expect(typeof path, `${size}: ${String(path)}`).toBe('string');
    expect(pngSize(readFileSync(join(dir, path as string))), String(path)).toEqual([Number(size), Number(size)]);
  };

  it('has the extension icon at 16, 32, 48, 96 and 128 px, each a PNG of its size', () => {
    expect(Object.keys(manifest.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(SIZES);
    for (const [size, path] of Object.entries(manifest.icons!)) square(path, size);
  });

  it('gives the toolbar button (and Firefox its sidebar) the icon at 1× and 2×', () => {
    const action = (manifest.action ?? manifest.browser_action) as { default_icon?: Record<string, string> };
    const places = [
      action.default_icon,
      ...(target === 'firefox' ? [(manifest.sidebar_action as { default_icon?: Record<string, string> }).default_icon] : []),
    ];
    for (const icons of places) {
      expect(Object.keys(icons ?? {})).toEqual(expect.arrayContaining(['16', '32']));
      for (const [size, path] of Object.entries(icons!)) square(path, size);
    }
  });
});
