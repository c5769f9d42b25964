// Privacy, proved on what ships: no bundle of either target can reach the network or run code that is
// not in the package, no page loads anything from elsewhere, and the manifest allows neither.
import { describe, expect, test } from 'vitest';
import { files, manifest, TARGETS, type Target } from './outputs';
import { codeGeneration, isOwnFile, networkUses, pageReferences } from './scan';

describe.each(Object.keys(TARGETS) as Target[])('%s build', (target) => {
  const scripts = files(TARGETS[target], '.js');
  const pages = files(TARGETS[target], '.html');

  test('has the bundles and pages it is scanned for', () => {
    const paths = scripts.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['background.js', 'content-scripts/x.js', 'content-scripts/linkedin.js', 'content-scripts/facebook.js']),
    );
    expect(paths.some((p) => p.startsWith('chunks/'))).toBe(true);
    expect(pages.map((f) => f.path).sort()).toEqual(['options.html', 'sidepanel.html', 'welcome.html']);
  });

  test.each(scripts.map((f) => [f.path, f.text]))('%s uses no network API and no code from strings', (_, text) => {
    expect(networkUses(text)).toEqual([]);
    expect(codeGeneration(text)).toEqual([]);
  });

  test.each(pages.map((f) => [f.path, f.text]))('%s loads only the extension’s own files', (_, html) => {
    const refs = pageReferences(html);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !isOwnFile(ref))).toEqual([]);
  });

  test('the manifest allows no remote or generated code and exposes nothing to pages', () => {
    const m = manifest(target);
    const csp = m.content_security_policy;
    // Absent is the browser's default (script-src 'self'); anything set must be no looser.
    const policies = typeof csp === 'string' ? [csp] : csp ? Object.values(csp as Record<string, string>) : [];
    for (const policy of policies) expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|[a-z]+:|\*/);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });
});
