// @vitest-environment happy-dom
// The page watch (issue 16: small pieces with an injected clock): the document is observed only within
// the windows asked for, a longer window already open stays, and nothing is left after stopping; the
// person's click outside a text field opens a second's window, typing never does.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ARMED_MS, LOADING_MS, pageWatch, watchWhenLikely } from '../../../lib/content/page-watch';

let observing: number;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  observing = 0;
  const observe = vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(() => void observing++);
  vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(() => {
    if (observe.mock.calls.length) observing = 0;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

test('a window observes the document until it ends; a shorter one inside it changes nothing; a longer one extends it', async () => {
  const stop = new AbortController();
  const watch = pageWatch(() => undefined, stop.signal);
  watch.watchFor(1000);
  expect(observing).toBe(1);
  await vi.advanceTimersByTimeAsync(500);
  watch.watchFor(200);
  await vi.advanceTimersByTimeAsync(499);
  expect(observing).toBe(1);
  watch.watchFor(1000);
  await vi.advanceTimersByTimeAsync(900);
  expect(observing).toBe(1);
  await vi.advanceTimersByTimeAsync(100);
  expect(observing).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  watch.watchFor(1000);
  stop.abort();
  expect(observing).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  watch.watchFor(1000);
  expect(observing).toBe(0);
});

test('a trusted click outside a text field arms a window of ARMED_MS; one into a text field and typed keys do not', async () => {
  document.body.innerHTML = '<button>Reply</button><div contenteditable="true"></div>';
  const stop = new AbortController();
  const windows: number[] = [];
  watchWhenLikely({ watchFor: (ms) => windows.push(ms) }, stop.signal);
  // happy-dom's document is complete and its navigation entry long past: no loading window.
  windows.length = 0;
  const [button, editor] = [...document.body.children] as HTMLElement[];
  const trusted = <E extends Event>(e: E) => Object.defineProperty(e, 'isTrusted', { value: true });
  button!.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
  editor!.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
  button!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  editor!.focus();
  editor!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
  button!.focus();
  button!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
  button!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
  expect(windows).toEqual([ARMED_MS, ARMED_MS]);
  window.dispatchEvent(new PopStateEvent('popstate'));
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.dispatchEvent(new Event('currententrychange'));
  expect(windows.at(-1)).toBe(LOADING_MS);
  stop.abort();
});
