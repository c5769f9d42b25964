// Minimal permissions: exactly what the README justifies, and content scripts on the three sites only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { adapters } from '../../lib/sites';
import { manifest, ROOT } from './outputs';

const SITES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
].sort();

const matchesOf = (m: Record<string, unknown>) => (m.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches).sort();

test('Chrome asks for storage, the side panel and the context menu, nothing else', () => {
  const m = manifest('chrome');
  expect(m.permissions).toEqual(['storage', 'sidePanel', 'contextMenus']);
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_permissions).toBeUndefined();
  expect(m.optional_host_permissions).toBeUndefined();
});

test('Firefox asks for storage and the context menu only, and tells the add-on store it collects no data', () => {
  const m = manifest('firefox');
  expect(m.permissions).toEqual(['storage', 'menus']);
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_permissions).toBeUndefined();
  const { gecko } = m.browser_specific_settings as { gecko: Record<string, unknown> };
  expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test.each(['chrome', 'firefox'] as const)('%s content scripts run on the three sites only, as the adapters say', (target) => {
  expect(matchesOf(manifest(target))).toEqual(SITES);
  expect(adapters.flatMap((a) => a.matches).sort()).toEqual(SITES);
});

test('the README names and justifies every permission and site', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('\n## ', readme.indexOf('## Privacy') + 3));
  const permissions = new Set([manifest('chrome'), manifest('firefox')].flatMap((m) => m.permissions as string[]));
  for (const permission of permissions) expect(privacy).toContain(`\`${permission}\``);
  for (const site of SITES) expect(privacy).toContain(`\`${site}\``);
});

test('both builds carry the version from package.json', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  expect(manifest('chrome').version).toBe(version);
  expect(manifest('firefox').version).toBe(version);
});
