// @vitest-environment happy-dom
// The content script answers the messages sent to its page through sendResponse (it runs on the browser's
// own API, without webextension-polyfill, whose promise replies Chromium's onMessage does not take): its
// listener returns true and answers later for a message it handles, and returns nothing for any other.
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerDrafts, startOnXHome, useContentRuntime } from '../../support/content-page';
import { engage } from '../../support/engage';

const runtime = useContentRuntime();

/** Sends `message` to the page as the background or panel would; what the content script's listener returned, and its answer. */
async function tell(message: unknown): Promise<{ returned: unknown[]; answer: unknown }> {
  const answered = vi.fn();
  const returned: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, answered);
  if (returned.includes(true)) await vi.waitFor(() => expect(answered).toHaveBeenCalled());
  return { returned, answer: answered.mock.calls[0]?.[0] };
}

test('a message the page answers is answered through sendResponse', async () => {
  const ids: string[] = [];
  answerDrafts(() => ({ verdict: 'ready', open: 0, empty: false }));
  fakeBrowser.runtime.onMessage.addListener((message: { type: string; payload: { composerId?: string } }) => {
    if (message.type === 'draft:update' && message.payload.composerId) ids.push(message.payload.composerId);
  });
  const editor = await startOnXHome('Draft', runtime.signal());
  engage(editor);
  const badge = document.querySelector('postcheck-badge')!.shadowRoot!.querySelector('button')!;
  await vi.waitFor(() => expect(badge.dataset.verdict).toBe('ready'));

  const set = await tell({ type: 'badge:set', payload: { composerId: ids[0], state: { verdict: 'fix', open: 1, empty: false } } });
  expect(set.returned).toContain(true);
  expect(set.answer).toBeNull();
  expect(badge.dataset.verdict).toBe('fix');

  const insert = await tell({ type: 'composer:insert', payload: { composerId: 'p-none', text: 'x', mode: 'append' } });
  expect(insert.returned).toContain(true);
  expect(insert.answer).toEqual({ ok: false });
});

test('another message, or one of the wrong shape, is left unanswered: the listener returns nothing', async () => {
  answerDrafts(() => ({ verdict: 'ready', open: 0, empty: false }));
  await startOnXHome('Draft', runtime.signal());
  for (const message of [{ type: 'draft:update', payload: {} }, { type: 'box:adopt', payload: { boxId: 3 } }, 'hello']) {
    const answered = vi.fn();
    const returned: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {}, answered);
    expect(returned).not.toContain(true);
    expect(answered).not.toHaveBeenCalled();
  }
});
