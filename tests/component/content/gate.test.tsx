// @vitest-environment happy-dom
// The post gate on its own (issue 16: small pieces with an injected clock): with the gate on and a
// "fix" verdict the first trusted click on Post is held with a note, the next one posts; the same points
// (failing checks) are never nudged twice on a draft, whatever the text; the gate rests where the last
// posts went out ready; the note goes after NUDGE_MS or with its composer; each post is counted ready or
// not; a posted quote with a comment counts the habit; an untrusted click or the gate off changes nothing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NUDGE_MS, watchPostClicks } from '../../../lib/content/gate';
import type { GatedComposer } from '../../../lib/content/gate';
import type { BadgeState } from '../../../lib/messaging/protocol';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  document.querySelectorAll('postcheck-gate').forEach((n) => n.remove());
});

const FIX: BadgeState = { verdict: 'fix', open: 2, empty: false, failing: ['length', 'share-comment'] };

function setup({ gate = 'nudge' as 'off' | 'nudge', state = FIX as BadgeState | null, mark = 'x:post', rests = false } = {}) {
  document.body.innerHTML = `<div contenteditable="true" data-postcheck="${mark}">Draft</div><button>Post</button>`;
  const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  const button = document.querySelector('button')!;
  const composer: GatedComposer = { editor, state, nudgedFor: null, abort: new AbortController() };
  const commented = vi.fn();
  const outcomes = vi.fn();
  const stop = new AbortController();
  watchPostClicks(
    {
      composers: () => [composer],
      postButton: () => button,
      read: (e) => e.textContent ?? '',
      gate: () => gate,
      rests: () => rests,
      commented,
      posted: outcomes,
    },
    stop.signal,
  );
  // What the site's own handler sees: a click that was not stopped.
  const posted = vi.fn();
  button.addEventListener('click', posted);
  const click = (trusted = true) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
    button.dispatchEvent(event);
  };
  const notes = () => document.querySelectorAll('postcheck-gate').length;
  return { editor, composer, click, posted, commented, outcomes, notes, stop };
}

test('gate on, verdict "fix": the first click is held with a note, the next one posts; the note goes after NUDGE_MS', async () => {
  const g = setup();
  g.click();
  expect(g.posted).not.toHaveBeenCalled();
  expect(g.notes()).toBe(1);
  g.click();
  expect(g.posted).toHaveBeenCalledOnce();
  // Long enough to read it, then gone.
  await vi.advanceTimersByTimeAsync(5000);
  expect(g.notes()).toBe(1);
  await vi.advanceTimersByTimeAsync(NUDGE_MS - 5000);
  expect(g.notes()).toBe(0);
  // The same points are not nudged again, even with the text edited around them.
  g.click();
  expect(g.posted).toHaveBeenCalledTimes(2);
  g.editor.textContent = 'Draft, edited';
  g.click();
  expect(g.posted).toHaveBeenCalledTimes(3);
  expect(g.notes()).toBe(0);
  // Other points to fix are nudged for once.
  g.composer.state = { verdict: 'fix', open: 1, empty: false, failing: ['length'] };
  g.click();
  expect(g.posted).toHaveBeenCalledTimes(3);
  expect(g.notes()).toBe(1);
  // The note goes with its composer.
  g.composer.abort.abort();
  expect(g.notes()).toBe(0);
});

test('gate off, another verdict, or an untrusted click: the click goes through untouched', () => {
  for (const g of [setup({ gate: 'off' }), setup({ state: { verdict: 'consider', open: 1, empty: false } }), setup({ state: null })]) {
    g.click();
    expect(g.posted).toHaveBeenCalledOnce();
    expect(g.notes()).toBe(0);
    g.stop.abort();
  }
  const untrusted = setup();
  untrusted.click(false);
  expect(untrusted.posted).toHaveBeenCalledOnce();
  expect(untrusted.notes()).toBe(0);
});

test('a quote posted with a comment counts the habit; an empty one or a post does not', () => {
  const quote = setup({ gate: 'off', mark: 'x:quote' });
  quote.click();
  expect(quote.commented).toHaveBeenCalledOnce();
  quote.stop.abort();
  const empty = setup({ gate: 'off', mark: 'x:quote' });
  empty.editor.textContent = '  ';
  empty.click();
  expect(empty.commented).not.toHaveBeenCalled();
  empty.stop.abort();
  const post = setup({ gate: 'off' });
  post.click();
  expect(post.commented).not.toHaveBeenCalled();
});

test('the gate rests where the last posts went out ready: a "fix" draft posts at once', () => {
  const g = setup({ rests: true });
  g.click();
  expect(g.posted).toHaveBeenCalledOnce();
  expect(g.notes()).toBe(0);
});

test('a background that names no failing checks: the gate nudges once per count of open points', () => {
  const g = setup({ state: { verdict: 'fix', open: 2, empty: false } });
  g.click();
  g.click();
  expect(g.posted).toHaveBeenCalledOnce();
  g.composer.state = { verdict: 'fix', open: 3, empty: false };
  g.click();
  expect(g.posted).toHaveBeenCalledOnce();
});

test('each post that goes out is counted ready or not; a held click or an empty draft is not', () => {
  const g = setup();
  g.click(); // held
  expect(g.outcomes).not.toHaveBeenCalled();
  g.click();
  expect(g.outcomes).toHaveBeenLastCalledWith('unready');
  g.composer.state = { verdict: 'ready', open: 0, empty: false };
  g.click();
  expect(g.outcomes).toHaveBeenLastCalledWith('ready');
  g.editor.textContent = ' ';
  g.click();
  expect(g.outcomes).toHaveBeenCalledTimes(2);
});
