// @vitest-environment happy-dom
// The composers tracked on a page on their own (issue 16: small pieces with an injected clock): found,
// marked and badged; nothing sent until the person engages; badge states applied by id as the background
// tells them; drafts sent again after a broken port only when sent within the window; the starter for a
// quote composer only within its window; composers that leave are forgotten.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STARTER_WINDOW_MS, trackComposers } from '../../../lib/content/composers';
import type { Clock } from '../../../lib/content/clock';
import { LIVE_MS, RETRY_MS } from '../../../lib/content/send-scheduler';
import type { ComposerKind } from '../../../lib/ids';
import { engage } from '../../support/engage';
import { kindAdapter } from '../../support/kind-adapter';

const clock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const adapter = kindAdapter();

function setup({ enabled = true } = {}) {
  const port = { post: vi.fn(), request: vi.fn(() => Promise.resolve(null)) };
  const composers = trackComposers(adapter, port, () => enabled, clock);
  const add = (text: string, kind: ComposerKind | '' = 'post') => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    if (kind) editor.dataset.kind = kind;
    editor.textContent = text;
    document.body.append(editor);
    return editor;
  };
  const sent = () => port.post.mock.calls.map(([, draft]) => (draft as { text: string }).text);
  const badgeOf = (editor: HTMLElement) => composers.tracked.get(editor)!.badge.host.shadowRoot!.querySelector('button')!;
  return { port, composers, add, sent, badgeOf };
}

test('a composer found is marked and badged, and sends nothing until the person engages with it', async () => {
  const { composers, add, port, sent } = setup();
  const editor = add('my code name');
  composers.found(editor);
  expect(editor.getAttribute('data-postcheck')).toBe('x:post');
  expect(editor.nextElementSibling?.tagName).toBe('POSTCHECK-BADGE');
  // Filled by a script: changed, not engaged.
  editor.textContent = 'my code name Bluebird';
  await vi.runAllTimersAsync();
  expect(port.post).not.toHaveBeenCalled();
  engage(editor);
  const { id } = composers.tracked.get(editor)!;
  expect(port.post).toHaveBeenCalledWith('draft:update', { composerId: id, network: 'x', kind: 'post', text: 'my code name Bluebird' }, id);
  expect(composers.byId.get(id)?.editor).toBe(editor);
  // The same text is not sent again.
  composers.tracked.get(editor)!.engage();
  expect(sent()).toEqual(['my code name Bluebird']);
});

test('no composer is tracked while the network is off, nor one already gone or of no kind', () => {
  const off = setup({ enabled: false });
  const editor = off.add('text');
  off.composers.found(editor);
  expect(off.composers.tracked.size).toBe(0);
  expect(editor.hasAttribute('data-postcheck')).toBe(false);

  const { composers, add } = setup();
  const gone = add('text');
  gone.remove();
  composers.found(gone);
  composers.found(add('text', ''));
  expect(composers.tracked.size).toBe(0);
});

test("the background's badge state is applied by id; a failure it tells leaves no verdict and the draft goes again", async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const { composers, add, sent, badgeOf } = setup();
  const editor = add('Draft');
  composers.found(editor);
  engage(editor);
  const t = composers.tracked.get(editor)!;
  composers.told(t.id, { verdict: 'fix', open: 2, empty: false }, undefined);
  expect(t.state).toEqual({ verdict: 'fix', open: 2, empty: false });
  expect(badgeOf(editor).dataset.verdict).toBe('fix');
  // An answer for a composer not tracked here changes nothing.
  composers.told('p-other', { verdict: 'ready', open: 0, empty: false }, undefined);
  expect(badgeOf(editor).dataset.verdict).toBe('fix');

  composers.told(t.id, null, 'storage.session is full');
  expect(t.state).toBeNull();
  expect(badgeOf(editor).dataset.verdict).toBe('pending');
  await vi.advanceTimersByTimeAsync(RETRY_MS);
  expect(sent()).toEqual(['Draft', 'Draft']);
});

test('with a side panel open (the answer says so) a change goes within LIVE_MS; without one it waits longer', async () => {
  const { composers, add, sent } = setup();
  const editor = add('One');
  composers.found(editor);
  engage(editor);
  const t = composers.tracked.get(editor)!;

  editor.textContent = 'One two';
  await vi.advanceTimersByTimeAsync(LIVE_MS);
  expect(sent()).toEqual(['One']);

  composers.told(t.id, { verdict: 'ready', open: 0, empty: false, panel: true }, undefined);
  await vi.runOnlyPendingTimersAsync();
  editor.textContent = 'One two three';
  await vi.advanceTimersByTimeAsync(LIVE_MS);
  expect(sent().at(-1)).toBe('One two three');
});

test('after a broken port only the drafts sent within the window go again; a page restored sends all', async () => {
  const { composers, add, sent } = setup();
  const early = add('Early');
  composers.found(early);
  engage(early);
  await vi.advanceTimersByTimeAsync(1500);
  const late = add('Late');
  composers.found(late);
  engage(late);
  await vi.advanceTimersByTimeAsync(999);
  composers.resend(1000);
  expect(sent()).toEqual(['Early', 'Late', 'Late']);
  composers.resend(Number.POSITIVE_INFINITY);
  expect(sent().slice(3).sort()).toEqual(['Early', 'Late']);
});

test('a quote composer that opens within STARTER_WINDOW_MS of the choice gets the starter and is the person’s', async () => {
  const { composers, add, sent } = setup();
  composers.expectQuote('Why it matters: … #share');
  await vi.advanceTimersByTimeAsync(STARTER_WINDOW_MS - 100);
  const quote = add('', 'quote');
  composers.found(quote);
  expect(sent()).toEqual(['']);
  await vi.advanceTimersToNextFrame();
  expect(adapter.insertText).toHaveBeenCalledWith(quote, 'Why it matters: ', 'replace');
  expect(quote.textContent).toBe('Why it matters: ');

  // The starter is used once.
  const another = add('', 'quote');
  composers.found(another);
  expect(sent()).toEqual(['']);
});

test('a quote composer that opens after the window gets no starter and waits for the person', async () => {
  const { composers, add, port } = setup();
  vi.mocked(adapter.insertText).mockClear();
  composers.expectQuote('Why it matters: …');
  await vi.advanceTimersByTimeAsync(STARTER_WINDOW_MS + 1);
  composers.found(add('', 'quote'));
  await vi.advanceTimersToNextFrame();
  expect(port.post).not.toHaveBeenCalled();
  expect(adapter.insertText).not.toHaveBeenCalled();
});

test('the reply starter goes into the next reply or comment composer within the window, or one already there that takes focus', async () => {
  const { composers, add } = setup();
  vi.mocked(adapter.insertText).mockClear();
  composers.expectReply('I liked this because …');
  // Not for a quote or a post.
  composers.found(add('', 'quote'));
  composers.found(add('', 'post'));
  await vi.advanceTimersToNextFrame();
  expect(adapter.insertText).not.toHaveBeenCalled();
  const reply = add('', 'reply');
  composers.found(reply);
  await vi.advanceTimersToNextFrame();
  expect(reply.textContent).toBe('I liked this because ');
  expect(composers.tracked.get(reply)!.engaged).toBe(true);

  // A comment box already under the post (tracked before), which the site's Comment button focuses.
  const comment = add('', 'comment');
  composers.found(comment);
  composers.expectReply('I liked this because …');
  composers.found(comment); // found again, not focused: a re-render, not the person's way in
  await vi.advanceTimersToNextFrame();
  expect(comment.textContent).toBe('');
  comment.tabIndex = 0;
  comment.focus();
  composers.found(comment); // as the page's focusin reports it
  await vi.advanceTimersToNextFrame();
  expect(comment.textContent).toBe('I liked this because ');

  // After the window, nothing.
  composers.expectReply('I liked this because …');
  await vi.advanceTimersByTimeAsync(STARTER_WINDOW_MS + 1);
  const late = add('', 'reply');
  composers.found(late);
  await vi.advanceTimersToNextFrame();
  expect(late.textContent).toBe('');
});

test('a composer that left the page is forgotten: its badge goes and the background is told', () => {
  const { composers, add, port } = setup();
  const stays = add('Stays');
  const goes = add('Goes');
  composers.found(stays);
  composers.found(goes);
  const { id, badge } = composers.tracked.get(goes)!;
  goes.remove();
  composers.removed();
  expect([...composers.tracked.keys()]).toEqual([stays]);
  expect(composers.byId.has(id)).toBe(false);
  expect(badge.host.isConnected).toBe(false);
  expect(port.request).toHaveBeenCalledWith('draft:gone', { composerId: id });
});

test('forgetting all unmarks every composer; text from the panel goes only into one tracked, which it engages', async () => {
  const { composers, add, sent } = setup();
  const editor = add('Draft');
  composers.found(editor);
  await expect(composers.insert('p-none', 'x', 'append')).resolves.toBe(false);
  const { id } = composers.tracked.get(editor)!;
  await expect(composers.insert(id, 'New text', 'replace')).resolves.toBe(true);
  expect(adapter.insertText).toHaveBeenLastCalledWith(editor, 'New text', 'replace');
  expect(sent()).toEqual(['Draft']);

  composers.forgetAll();
  expect(editor.hasAttribute('data-postcheck')).toBe(false);
  expect(composers.tracked.size).toBe(0);
  expect(document.querySelector('postcheck-badge')).toBeNull();
});
