// @vitest-environment happy-dom
// Issue 14: what the content runtime does per keystroke. Each key's change is sent once, as soon as it
// is made, and keys further apart than the send interval set no timer: the editor's re-render and the
// browser's input event for the same key are one change, and a change that left the text as sent opens
// no interval. (Counts sends and timers; never times them.)
import { expect, test, vi } from 'vitest';
import { answerDrafts, startOnXHome, useContentRuntime } from '../../support/content-page';
import { engage } from '../../support/engage';

const page = useContentRuntime();

test('ten keys 80 ms apart: ten sends, each of its own text, and no timer of the runtime', async () => {
  const received: string[] = [];
  answerDrafts((text) => {
    received.push(text);
    return { verdict: 'consider', open: 1, empty: false };
  });
  const editor = await startOnXHome('H', page.signal());
  engage(editor);
  await vi.waitFor(() => expect(received).toEqual(['H']));
  await new Promise((r) => setTimeout(r, 120));

  const wait = globalThis.setTimeout.bind(globalThis);
  const timers = vi.spyOn(globalThis, 'setTimeout');
  const span = editor.querySelector('span')!;
  const set: number[] = [];
  for (let i = 1; i <= 10; i++) {
    const from = timers.mock.calls.length;
    // A key as a browser delivers it: the editor's DOM changes, then an input event.
    span.textContent = `H${'i'.repeat(i)}`;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    for (let k = 0; k < 50; k++) await Promise.resolve();
    // Sent at once, without waiting for any timer.
    expect(received.at(-1)).toBe(`H${'i'.repeat(i)}`);
    await new Promise((r) => wait(r, 80));
    set.push(timers.mock.calls.length - from);
  }
  expect(set).toEqual(Array(10).fill(0));
  expect(received).toEqual(['H', ...Array.from({ length: 10 }, (_, i) => `H${'i'.repeat(i + 1)}`)]);
});
