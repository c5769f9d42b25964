// The bundle scanner on minified code as Vite writes it: it finds every way out, and nothing else.
import { describe, expect, test } from 'vitest';
import { codeGeneration, isOwnFile, networkUses, pageReferences } from './scan';

// Vite's modulepreload polyfill, as it lands in a chunk when `build.modulePreload.polyfill` is on.
const MODULEPRELOAD_POLYFILL =
  'function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var l=o((e=>{var t=Symbol.for(`react.transitional.element`)';

describe('network APIs', () => {
  test.each([
    [MODULEPRELOAD_POLYFILL, ['fetch()']],
    ['window.fetch (url)', ['fetch()']],
    ['const get=fetch;get(u)', ['fetch as a value']],
    ['r=globalThis.fetch.bind(globalThis)', ['fetch as a value']],
    ['x=new XMLHttpRequest;x.open(`GET`,u)', ['XMLHttpRequest']],
    ['x=new XMLHttpRequest();x.open(`GET`,u)', ['XMLHttpRequest']],
    ['s=new WebSocket(`wss://x`)', ['WebSocket']],
    ['let E=self.EventSource,s=new E(u)', ['EventSource as a value']],
    ['new RTCPeerConnection(c)', ['RTCPeerConnection']],
    ['navigator.sendBeacon(u,d)', ['sendBeacon']],
    ['b=navigator.sendBeacon.bind(navigator)', ['sendBeacon']],
    ['importScripts(`https://cdn.example/x.js`)', ['importScripts()']],
    ['import(`https://cdn.example/x.js`)', ['import() of anything but the extension’s files']],
    ['import(`//cdn.example/x.js`)', ['import() of anything but the extension’s files']],
    ['import(u)', ['import() of anything but the extension’s files']],
    ['s.src=`https://cdn.example/x.js`', ['a script or frame from elsewhere']],
    ['s.src = "//cdn.example/x.js"', ['a script or frame from elsewhere']],
  ])('%s', (source, expected) => {
    expect(networkUses(source)).toEqual(expected);
  });

  test.each([
    // React's resource hints and fetch priority, prefetching names, feature tests, the SVG namespace.
    'function prefetchDNS(e){Z.D(e)}r.fetchPriority=`high`;prefetchDNS(e)',
    'n.createElementNS(`http://www.w3.org/2000/svg`,`svg`)',
    'if(typeof fetch<`u`&&e instanceof WebSocket)return',
    'a={fetch:1,sendBeaconCount:2}',
    'import(`./chunks/options-p7VBniyO.js`);import(`../a.js`);import("/chunks/b.js")',
    'const u=import.meta.url',
    'e.src=`/assets/icon.png`',
  ])('not a network use: %s', (source) => {
    expect(networkUses(source)).toEqual([]);
  });
});

describe('code from strings', () => {
  test.each([
    ['eval(`1+1`)', ['eval()']],
    ['window.eval(s)', ['eval()']],
    ['x=1;eval(code);', ['eval()']],
    ['globalThis.eval (s)', ['eval()']],
    ['(0,eval)(s)', ['eval as a value']],
    ['new Function(`a`,`return a`)', ['Function()']],
    ['Function(`return this`)()', ['Function()']],
    ['Function.call(null,`return 1`)', ['Function.call()/apply()']],
    ['let F=Function,f=new F(`x`)', ['Function as a value']],
    ['setTimeout(`alert(1)`,0)', ['setTimeout/setInterval with a string']],
    // A known library site without its guard is not excused: zod's compiler with jitless off.
    [
      'compile(){let e=Function,t=this?.content??[``];return new e(...Object.keys(this.args),t.join(`\n`))}',
      ['zod compiler, off by jitless, without its guard'],
    ],
  ])('%s', (source, expected) => {
    expect(codeGeneration(source)).toEqual(expected);
  });

  test.each([
    // Plain helpers and metadata that only name eval or Function.
    'c=Function.call.bind(Object.prototype.hasOwnProperty)',
    'x=p&&typeof b==`function`?o(Function.call,b):b',
    '(Function.prototype,s,function(){return typeof this==`function`})',
    'devtools:{inspectedWindow:{eval:{minArgs:1,maxArgs:2}}}',
    // A method of that name on another object, defined and called (re2js's prefilter).
    'automaton8(){return this.ac8}eval(t,n){switch(this.type){case 1:return!0}}',
    'if(this.prefilter!==null&&!this.prefilter.eval(e,t))return null',
    'setTimeout(()=>r(),0);setInterval(f,1e3)',
    // The library sites that never run here, each with its guard.
    'n=typeof window<`u`&&window.Math==Math?window:typeof self<`u`&&self.Math==Math?self:Function(`return this`)();',
    'var de=w(()=>{if(ot.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});',
    'compile(){let e=Function,t=this?.content??[``];return new e(...Object.keys(this.args),t.join(`\n`))} st({jitless:!0});',
  ])('no code from strings: %s', (source) => {
    expect(codeGeneration(source)).toEqual([]);
  });
});

describe('page references', () => {
  test('finds every reference in any quoting', () => {
    const html = `<script type="module" src='/chunks/a.js'></script><link rel=stylesheet href=/assets/b.css>
      <link rel="modulepreload" crossorigin href="https://cdn.example/c.js"><img alt="" src="//cdn.example/d.png">`;
    expect(pageReferences(html)).toEqual(['/chunks/a.js', '/assets/b.css', 'https://cdn.example/c.js', '//cdn.example/d.png']);
  });

  test.each([
    ['/chunks/a.js', true],
    ['./a.css', true],
    ['assets/a.css', true],
    ['https://cdn.example/a.js', false],
    ['//cdn.example/a.js', false],
    ['data:text/javascript,alert(1)', false],
    ['', false],
  ])('%s is one of the extension’s files: %s', (ref, own) => {
    expect(isOwnFile(ref)).toBe(own);
  });
});
