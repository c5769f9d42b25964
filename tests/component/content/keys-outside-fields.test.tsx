// @vitest-environment happy-dom
// Typing into a text field calls none of the content script's key listeners (issue 14: each call into
// the extension's world costs the page); keys elsewhere (Enter on a repost button) are heard.
import { afterEach, expect, test, vi } from 'vitest';
import { onKeysOutsideFields } from '../../../lib/content/keys-outside-fields';

afterEach(() => {
  document.body.innerHTML = '';
});

test('keys are heard on a button and on the page, never inside a text field, and not after stopping', () => {
  document.body.innerHTML = `<div role="button" tabindex="0">Share</div><div contenteditable="true">x</div><textarea></textarea><input>`;
  const heard = vi.fn();
  const signal = new AbortController();
  onKeysOutsideFields((e) => heard(e.key), signal.signal);
  const [button, editor, textarea, input] = [...document.body.children] as HTMLElement[];
  const press = (el: HTMLElement, key: string) => {
    el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  };
  press(button!, 'Enter');
  press(editor!, 'a');
  press(textarea!, 'b');
  press(input!, 'c');
  press(button!, ' ');
  expect(heard.mock.calls.map(([k]) => k)).toEqual(['Enter', ' ']);
  // Focus going to nothing (the body): heard again.
  editor!.focus();
  editor!.blur();
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(heard).toHaveBeenLastCalledWith('Escape');
  signal.abort();
  press(button!, 'Enter');
  expect(heard).toHaveBeenCalledTimes(3);
});
