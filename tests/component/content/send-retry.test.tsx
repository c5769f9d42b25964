// @vitest-environment happy-dom
// The content runtime on a page, with the background answering through the fake browser: a draft
// whose send fails (the service worker stopping as the message went) still reaches the background.
import { expect, test, vi } from 'vitest';
import { answerDrafts, startOnXHome, useContentRuntime } from '../../support/content-page';
import { engage } from '../../support/engage';

const page = useContentRuntime();

test('a draft whose send failed is sent again, and the background gets the latest text', async () => {
  const received: string[] = [];
  let failNext = false;
  answerDrafts((text) => {
    if (failNext) {
      failNext = false;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    received.push(text);
    return { verdict: 'consider', open: 1, empty: false };
  });
  const editor = await startOnXHome('Hello', page.signal());
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
