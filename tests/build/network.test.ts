// Privacy, proved on what ships: no bundle can reach the network or load code from elsewhere.
import { describe, expect, test } from 'vitest';
import { files, manifest, TARGETS, type Target } from './outputs';

/** Ways a script could send or fetch anything: each a call or construction, not a mere word. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon()', /\bsendBeacon\b/],
  ['importScripts()', /\bimportScripts\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*[`'"](?:https?:)?\/\//],
  ['a script element pointing elsewhere', /\.src\s*=\s*[`'"]https?:/],
];

export function networkUses(source: string): string[] {
  return NETWORK_APIS.filter(([, re]) => re.test(source)).map(([name]) => name);
}

describe('the scanner', () => {
  test.each([
    ['fetch(url)', ['fetch()']],
    ['window.fetch (url)', ['fetch()']],
    ['new XMLHttpRequest()', ['XMLHttpRequest']],
    ['new WebSocket("wss://x")', ['WebSocket']],
    ['navigator.sendBeacon(u, d)', ['sendBeacon()']],
    ['import("https://cdn.example/x.js")', ['import() of a URL']],
    ['s.src = "https://cdn.example/x.js"', ['a script element pointing elsewhere']],
    // Words that are not network calls: React's resource hints, prefetching names, the SVG namespace.
    ['prefetchDNS(e); r.fetchPriority = "high"; createElementNS("http://www.w3.org/2000/svg")', []],
  ])('%s', (source, expected) => {
    expect(networkUses(source)).toEqual(expected);
  });
});

describe.each(Object.keys(TARGETS) as Target[])('%s build', (target) => {
  test.each(files(TARGETS[target], '.js').map((f) => [f.path, f.text]))('%s uses no network API', (_, text) => {
    expect(networkUses(text)).toEqual([]);
  });

  test.each(files(TARGETS[target], '.html').map((f) => [f.path, f.text]))('%s loads only its own files', (_, html) => {
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(?:\/|\.\/)(?!\/)/);
  });

  test('the manifest allows no remote code and exposes nothing to pages', () => {
    const m = manifest(target);
    const csp = m.content_security_policy;
    const policies = typeof csp === 'string' ? [csp] : csp ? Object.values(csp as Record<string, string>) : [];
    for (const policy of policies) expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });
});
