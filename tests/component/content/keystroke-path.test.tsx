// @vitest-environment happy-dom
// Issue 14: what the content runtime does per keystroke. A message out of the page costs more than all
// else a key does, so with no side panel open the first key after a pause goes at once and the rest
// together when the person pauses (the latest text); with a panel open every key goes at once. Either way a key arms no timer of its own: the editor's re-render and the input event of the
// same key are one change. (Counts sends and timers; never times them.)
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MAX_HOLD_MS, PAUSE_MS } from '../../../lib/content/send-scheduler';
import { answerDrafts, startOnXHome, useContentRuntime } from '../../support/content-page';
import { engage } from '../../support/engage';

const page = useContentRuntime();
// Time is the test's: the runtime's clock (performance.now) and timers move only as the test says.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => {
  // The spy on setTimeout wraps the fake one: undone first, or restoring it would put the fake back.
  vi.restoreAllMocks();
  vi.useRealTimers();
});
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** The X home box, engaged, its first draft answered; `panel`: the answers say a side panel is open. */
async function typedInto(panel: boolean) {
  const received: string[] = [];
  answerDrafts((text) => {
    received.push(text);
    return { verdict: 'consider', open: 1, empty: false, ...(panel ? { panel: true } : {}) };
  });
  const editor = await startOnXHome('H', page.signal());
  engage(editor);
  await vi.waitFor(() => expect(received).toEqual(['H']));
  await wait(MAX_HOLD_MS + 20);
  const span = editor.querySelector('span')!;
  const timers = vi.spyOn(globalThis, 'setTimeout');
  /** A key as a browser delivers it: the editor's DOM changes, then an input event. */
  const key = async (text: string) => {
    span.textContent = text;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    for (let k = 0; k < 50; k++) await Promise.resolve();
  };
  return { received, key, timers };
}

test('panel closed, ten keys 80 ms apart: the first at once, the rest together at the pause', async () => {
  const { received, key, timers } = await typedInto(false);
  const texts = Array.from({ length: 10 }, (_, i) => `H${'i'.repeat(i + 1)}`);
  for (const [i, text] of texts.entries()) {
    await key(text);
    // The key that broke the quiet goes without waiting for any timer.
    if (i === 0) expect(received.at(-1)).toBe(text);
    await wait(80);
  }
  // Within two checks of the last key the last text has gone: 800 ms of keys, two sends.
  await wait(2 * PAUSE_MS);
  expect(received.at(-1)).toBe(texts.at(-1));
  expect(received.length - 1).toBe(2);
  // Timers: one per check (800 ms of keys, a check every PAUSE_MS), never one per key.
  const runtimeTimers = timers.mock.calls.filter(([, ms]) => typeof ms === 'number' && ms > 0 && ms <= PAUSE_MS).length;
  expect(runtimeTimers).toBeLessThanOrEqual(Math.ceil(800 / PAUSE_MS) + 1);
  expect(runtimeTimers).toBeLessThan(10);
});

test('panel open, ten keys 80 ms apart: ten sends, each of its own text, at once, and no timer', async () => {
  const { received, key, timers } = await typedInto(true);
  // The first answer said a panel is open: from the next key on, every key goes.
  for (let i = 1; i <= 10; i++) {
    const from = timers.mock.calls.length;
    await key(`H${'i'.repeat(i)}`);
    expect(received.at(-1)).toBe(`H${'i'.repeat(i)}`);
    expect(timers.mock.calls.length - from).toBe(0);
    await wait(80);
  }
  expect(received).toEqual(['H', ...Array.from({ length: 10 }, (_, i) => `H${'i'.repeat(i + 1)}`)]);
});
