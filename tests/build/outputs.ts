// The built extension as files: the two targets `npm test` builds, read from .output/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TARGETS = {
  chrome: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
} as const;
export type Target = keyof typeof TARGETS;

export function files(dir: string, ext: string): { path: string; text: string }[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: build first (npm test does, or npx wxt build [-b firefox]).`);
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push({ path: relative(dir, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

export function manifest(target: Target): Record<string, unknown> {
  return JSON.parse(readFileSync(join(TARGETS[target], 'manifest.json'), 'utf8'));
}
