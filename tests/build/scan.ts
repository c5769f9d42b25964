// What a built bundle could do beyond the browser: reach the network, or run code that is not in the
// package. Each rule matches a call, a construction or the global taken as a value — never a mere word,
// so React's `prefetchDNS`, a `fetchPriority` or the SVG namespace URL do not count.

/** `name(` — also as a member (`window.fetch(`, `navigator.sendBeacon(`). */
const call = (name: string) => new RegExp(`(?<![\\w$])${name}\\s*\\(`);
/** The global handed on as a value (`f = fetch,`, `(0, eval)(…)`, `fetch.bind(…)`), to be called elsewhere. */
const asValue = (name: string, members = '|\\.(?:bind|call|apply)\\b') =>
  new RegExp(`(?:[=(,:?|&]|\\breturn\\s)\\s*(?:(?:window|self|globalThis)\\.)?${name}\\s*(?=[,;)\\]}]${members})`);
const construction = (name: string): [string, RegExp][] => [
  [name, new RegExp(`${call(name).source}|\\bnew\\s+(?:(?:window|self|globalThis)\\.)?${name}(?![\\w$])`)],
  [`${name} as a value`, asValue(name)],
];

export const NETWORK_RULES: [string, RegExp][] = [
  ['fetch()', call('fetch')],
  ['fetch as a value', asValue('fetch')],
  ...['XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection', 'WebTransport'].flatMap(construction),
  ['sendBeacon', /(?<![\w$])sendBeacon(?![\w$])/],
  ['importScripts()', call('importScripts')],
  // Vite's own chunks are imported by relative path; anything else (a URL, a variable) could be remote.
  ['import() of anything but the extension’s files', /(?<![\w$.])import\s*\(\s*(?![`'"](?:\.\.?\/|\/(?!\/)))/],
  ['a script or frame from elsewhere', /\.src\s*=\s*[`'"](?:[a-z]+:)?\/\//i],
];

export const CODE_RULES: [string, RegExp][] = [
  // The global, called or as a member of the global object; not a method of another object of that
  // name (re2js's prefilter has `eval(t,n){…}`, called as `this.prefilter.eval(e,t)`).
  ['eval()', /(?<![\w$.])eval\s*\((?![\w$,\s]*\)\s*\{)|(?<![\w$])(?:window|self|globalThis)\.eval\s*\(/],
  ['eval as a value', asValue('eval')],
  ['Function()', /(?<![\w$])Function\s*[(`]/],
  ['Function.call()/apply()', /(?<![\w$.])Function\.(?:call|apply)\s*\(/],
  // `Function.call` and `.bind` on their own are plain helpers (core-js, webextension-polyfill).
  ['Function as a value', asValue('Function', '')],
  ['setTimeout/setInterval with a string', /(?<![\w$])set(?:Timeout|Interval)\s*\(\s*[`'"]/],
];

/**
 * Library code that names the Function constructor but never runs it in this extension. Each is matched
 * whole, with the guard that keeps it from running; a changed library fails the scan and is looked at again.
 */
export const KNOWN_SITES: { name: string; site: RegExp; requires?: RegExp }[] = [
  {
    // twitter-text's core-js 2: the global object's fallback when neither `window` nor `self` is it —
    // both extension pages and the service worker have `self`.
    name: 'core-js global lookup',
    site: /typeof self<[`'"]u[`'"]&&self\.Math==Math\?self:Function\([`'"]return this[`'"]\)\(\)/g,
  },
  {
    // zod's "may I compile?" probe, which returns false before trying when jitless is set.
    name: 'zod eval probe behind jitless',
    site: /if\([\w$]+\.jitless\|\|[^;{}]*\)return!1;try\{return Function\([`'"]{2}\),!0\}catch\{return!1\}/g,
  },
  {
    // zod's compiled fast path, used only when the probe says yes: lib/settings/schema.ts sets jitless.
    name: 'zod compiler, off by jitless',
    site: /compile\(\)\{let ([\w$]+)=Function,[^;]*;return new \1\(/g,
    requires: /(?<![\w$])[\w$]+\(\{jitless:!0\}\)/,
  },
];

function matching(source: string, rules: [string, RegExp][]): string[] {
  return rules.filter(([, re]) => re.test(source)).map(([name]) => name);
}

/** Network APIs the source uses. */
export function networkUses(source: string): string[] {
  return matching(source, NETWORK_RULES);
}

/** Ways the source could run code it does not contain, after the known library sites are set aside. */
export function codeGeneration(source: string): string[] {
  let rest = source;
  const unguarded: string[] = [];
  for (const { name, site, requires } of KNOWN_SITES) {
    rest = rest.replace(site, (m) => {
      if (requires && !requires.test(source)) unguarded.push(`${name}, without its guard`);
      return ' '.repeat(m.length);
    });
  }
  return [...new Set(unguarded), ...matching(rest, CODE_RULES)];
}

/** Every src/href (and the like) of an HTML file's elements, in any quoting. */
export function pageReferences(html: string): string[] {
  const attr = /\s(?:src|href|action|data|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
  return [...html.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)].flatMap(([tag]) => [...tag.matchAll(attr)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
}

/** A path inside the extension (`/chunks/a.js`, `./a.css`, `a.css`), not a URL and not protocol-relative. */
export const isOwnFile = (ref: string) => ref !== '' && !/^(?:[a-z][\w+.-]*:|\/\/|\\)/i.test(ref);
