// @vitest-environment happy-dom
// A service worker stopped or crashed mid-typing may not have written the draft it was holding: the
// page's port breaking within moments of a send has the latest draft sent again (the new worker stores
// it); one breaking after a quiet spell (Chromium stopping an idle worker) wakes nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { answerDrafts, startOnXHome, useContentRuntime } from '../../support/content-page';
import { engage } from '../../support/engage';
import { breakPorts } from '../../support/fake-port';

const page = useContentRuntime();
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function typed() {
  const received: string[] = [];
  answerDrafts((text) => {
    received.push(text);
    return { verdict: 'consider', open: 1, empty: false };
  });
  const editor = await startOnXHome('Hello', page.signal());
  engage(editor);
  await vi.waitFor(() => expect(received).toEqual(['Hello']));
  return received;
}

test('broken right after a send: the latest draft goes again', async () => {
  const received = await typed();
  await vi.advanceTimersByTimeAsync(200);
  breakPorts();
  await vi.waitFor(() => expect(received).toEqual(['Hello', 'Hello']));
});

test('broken after a quiet spell: nothing is sent, the worker is left asleep', async () => {
  const received = await typed();
  await vi.advanceTimersByTimeAsync(30_000);
  breakPorts();
  await vi.advanceTimersByTimeAsync(1000);
  expect(received).toEqual(['Hello']);
});
