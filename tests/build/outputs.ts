// The built extension as files: the two targets `npm test` builds, read from .output/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TARGETS = {
  chrome: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
} as const;
export type Target = keyof typeof TARGETS;

/** Every file under `dir`, by its path relative to `dir` (with `/`, as in a zip). */
export function allFiles(dir: string): { path: string; bytes: Buffer }[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: build first (npm test does, or npx wxt build [-b firefox]).`);
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split(sep).join('/'), bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/** The text files under `dir` ending in `ext`. */
export function files(dir: string, ext: string): { path: string; text: string }[] {
  return allFiles(dir)
    .filter((f) => f.path.endsWith(ext))
    .map((f) => ({ path: f.path, text: f.bytes.toString('utf8') }));
}

export function manifest(target: Target): Record<string, unknown> {
  return JSON.parse(readFileSync(join(TARGETS[target], 'manifest.json'), 'utf8'));
}
