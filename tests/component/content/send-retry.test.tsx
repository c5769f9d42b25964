// @vitest-environment happy-dom
// The content runtime on a page, with the background answering through the fake browser: a draft
// whose send fails (the service worker stopping as the message went) still reaches the background.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bridgePortsToMessages } from '../../support/fake-port';
import { startContent } from '../../../lib/content/runtime';
import { x } from '../../../lib/sites/x';
import { engage } from '../../support/engage';

let stop: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  bridgePortsToMessages();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

test('a draft whose send failed is sent again, and the background gets the latest text', async () => {
  const received: string[] = [];
  let failNext = false;
  fakeBrowser.runtime.onMessage.addListener(async (message: { type: string; payload: { text?: string } }) => {
    if (message.type === 'content:config') return { enabled: true, postGate: 'off', repostMode: 'off', starter: '' };
    if (message.type !== 'draft:update') return undefined;
    if (failNext) {
      failNext = false;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    received.push(message.payload.text ?? '');
    return { verdict: 'consider', open: 1, empty: false };
  });
  document.body.innerHTML = `<main><div data-testid="primaryColumn"><div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-text="true">Hello</span></div></div></div></div>
    </div></div></div><div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button">Post</button></div></div></main>`;
  startContent(x, stop.signal);
  const editor = document.querySelector<HTMLElement>('[data-testid=tweetTextarea_0]')!;
  await vi.waitFor(() => expect(editor.getAttribute('data-postcheck')).toBe('x:post'));
  editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  engage(editor);
  await vi.waitFor(() => expect(received.at(-1)).toBe('Hello'));

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  failNext = true;
  editor.querySelector('span')!.textContent = 'Hello again';
  await vi.waitFor(() => expect(received.at(-1)).toBe('Hello again'), { timeout: 2000 });
  // The failure is logged, once, and goes no further.
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toBe('[Postcheck] send:');
});
