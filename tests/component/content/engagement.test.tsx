// @vitest-environment happy-dom
// A composer is reviewed only after the person engages with it: events a page script can cause, even
// trusted ones (focus() fires a trusted focus, execCommand('insertText') a trusted input), send nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bridgePortsToMessages } from '../../support/fake-port';
import { startContent } from '../../../lib/content/runtime';
import { x } from '../../../lib/sites/x';

let stop: AbortController;
let received: { type: string; payload: { text?: string } }[];
let unreachable = false;
beforeEach(() => {
  fakeBrowser.reset();
  bridgePortsToMessages();
  stop = new AbortController();
  received = [];
  unreachable = false;
  // (fakeBrowser's sendMessage answers through sendResponse only)
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string; payload: { text?: string } }, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (message.type === 'content:config') sendResponse({ enabled: true, postGate: 'off', repostMode: 'off', starter: '' });
      else if (message.type === 'draft:update' || message.type === 'draft:gone') {
        if (unreachable) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push(message);
        sendResponse(message.type === 'draft:update' ? { verdict: 'ready', open: 0, empty: false } : null);
      } else return undefined;
      return true;
    },
  );
});
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/**
 * For "nothing was sent": the runtime's timers are fake from the start of the test, and this runs every
 * one it has set (and the promises after them) now, so whatever it would still do of itself is done.
 */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
const runEverythingPending = () => vi.runAllTimersAsync();

const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const at = (editor: HTMLElement, x: number, y: number) => {
  editor.getBoundingClientRect = () => DOMRect.fromRect({ x, y, width: 400, height: 60 });
};
const updates = () => received.filter((m) => m.type === 'draft:update');

async function plant(): Promise<{ editor: HTMLElement; badge: () => HTMLButtonElement }> {
  document.body.innerHTML = `<main><div data-testid="primaryColumn"><div class="DraftEditor-root">
    <div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-text="true">my code name Bluebird</span></div></div></div></div>
    </div><div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button">Post</button></div></div></main>`;
  startContent(x, stop.signal);
  const editor = document.querySelector<HTMLElement>('[data-testid=tweetTextarea_0]')!;
  await vi.waitFor(() => expect(editor.getAttribute('data-postcheck')).toBe('x:post'));
  const badge = () => document.querySelector('postcheck-badge')!.shadowRoot!.querySelector('button')!;
  return { editor, badge };
}

test('a composer filled and focused by a script is not reviewed; the badge stays neutral', async () => {
  fakeTimers();
  const { editor, badge } = await plant();
  at(editor, 10, 10);
  editor.focus();
  editor.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
  editor.querySelector('span')!.textContent = 'my code name Bluebird, buy now';
  editor.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, inputType: 'insertText' })));
  // A script's own pointer and key events are not trusted.
  editor.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
  editor.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' }));
  await runEverythingPending();
  expect(updates()).toEqual([]);
  expect(badge().dataset.verdict).toBe('pending');
  expect(badge().getAttribute('aria-label')).toMatch(/click into the box/);
});

test("the person's keystroke in a composer out of sight (off-screen, where a script moved focus) does not count", async () => {
  fakeTimers();
  const { editor } = await plant();
  at(editor, -10_000, 10);
  editor.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, key: 'a' })));
  editor.querySelector('span')!.textContent = 'my code name Bluebirda';
  await runEverythingPending();
  expect(updates()).toEqual([]);
});

test.each(['pointerdown', 'mousedown', 'keydown', 'paste', 'drop'])("the person's %s inside it starts the review", async (type) => {
  const { editor, badge } = await plant();
  at(editor, 10, 10);
  editor.querySelector('span')!.dispatchEvent(trusted(new Event(type, { bubbles: true, composed: true })));
  await vi.waitFor(() => expect(updates().map((m) => m.payload.text)).toEqual(['my code name Bluebird']));
  await vi.waitFor(() => expect(badge().dataset.verdict).toBe('ready'));
  // Engaged once, it follows every change.
  editor.querySelector('span')!.textContent = 'my code name Bluebird!';
  await vi.waitFor(() => expect(updates().at(-1)?.payload.text).toBe('my code name Bluebird!'));
});

test('a draft the background cannot be reached for keeps no older verdict on the badge', async () => {
  const { editor, badge } = await plant();
  at(editor, 10, 10);
  editor.querySelector('span')!.dispatchEvent(trusted(new Event('pointerdown', { bubbles: true, composed: true })));
  await vi.waitFor(() => expect(badge().dataset.verdict).toBe('ready'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  unreachable = true;
  editor.querySelector('span')!.textContent = 'my code name Bluebird, buy now 030 1234567';
  await vi.waitFor(() => expect(badge().dataset.verdict).toBe('pending'));
  // Sent again after half a second, failed again: the badge says the review could not be updated.
  await vi.waitFor(() => expect(badge().dataset.verdict).toBe('error'), { timeout: 2000 });
  expect(badge().getAttribute('aria-label')).toMatch(/could not update the review/);
  // Reachable again: the next edit is reviewed.
  unreachable = false;
  editor.querySelector('span')!.textContent = 'my code name Bluebird, buy now 030 1234567!';
  await vi.waitFor(() => expect(badge().dataset.verdict).toBe('ready'));
});
