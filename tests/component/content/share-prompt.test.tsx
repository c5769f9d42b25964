// @vitest-environment happy-dom
// The share prompt's third action, "Reply to say why you liked it": offered only where the adapter finds
// the post's own reply button; taken, it closes the site's menu, clicks that button (the site's own reply
// path) and the reply composer that opens gets the reply starter. Markup as X's (x-home-2025-02 action
// bar, the menu as X's bundle names it); the site's behaviour is this test's own handlers.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showSharePrompt } from '../../../lib/content/share-prompt';
import { watchReposts } from '../../../lib/content/repost';
import { trackComposers } from '../../../lib/content/composers';
import { x } from '../../../lib/sites/x';
import { kindAdapter } from '../../support/kind-adapter';
import type { ContentConfig } from '../../../lib/messaging/protocol';

let abort: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  document.body.innerHTML = '';
  for (const host of document.querySelectorAll('postcheck-share-prompt')) host.remove();
});

/** A person's click: happy-dom has no trusted events, so it is marked as a browser's would be. */
function personClicks(el: Element): void {
  const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
  Object.defineProperty(click, 'isTrusted', { value: true });
  el.dispatchEvent(click);
}

const promptRoot = () => document.querySelector('postcheck-share-prompt')?.shadowRoot ?? null;
const actions = () => [...(promptRoot()?.querySelectorAll<HTMLElement>('button[data-action]') ?? [])].map((b) => b.dataset.action);

test('the reply action sits between the quote and the plain repost, only when offered, and only a person’s click takes it', () => {
  const anchor = document.body.appendChild(document.createElement('div'));
  const handlers = { quote: vi.fn(), reply: vi.fn(), repost: vi.fn(), dismiss: vi.fn() };
  const prompt = showSharePrompt(anchor, handlers, false);
  expect(actions()).toEqual(['quote', 'reply', 'repost']);
  const reply = promptRoot()!.querySelector<HTMLElement>('[data-action=reply]')!;
  expect(reply.textContent).toBe('Reply to say why you liked it');
  // A script on the page clicking our button is not the person.
  reply.click();
  expect(handlers.reply).not.toHaveBeenCalled();
  personClicks(reply);
  expect(handlers.reply).toHaveBeenCalledTimes(1);
  expect([handlers.quote, handlers.repost, handlers.dismiss].map((fn) => fn.mock.calls.length)).toEqual([0, 0, 0]);
  expect(prompt.host.isConnected).toBe(false);

  showSharePrompt(anchor, { quote: vi.fn(), repost: vi.fn(), dismiss: vi.fn() }, false);
  expect(actions()).toEqual(['quote', 'repost']);
});

/** One post as X renders it: the action bar holds Reply and Repost; #layers gets the menu and the modals. */
function xPage(withReply = true) {
  document.body.innerHTML = `
    <div id="layers"></div>
    <main><article data-testid="tweet"><div data-testid="tweetText">A post</div>
      <div role="group">${withReply ? '<button data-testid="reply" type="button">3</button>' : ''}
        <button data-testid="retweet" type="button">15</button></div></article></main>`;
  const layers = document.getElementById('layers')!;
  const site = { escapes: 0, replies: 0, reposts: 0 };
  document.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (target.closest('[data-testid=retweet]')) {
      layers.innerHTML =
        '<div role="menu"><div data-testid="Dropdown"><div role="menuitem" data-testid="retweetConfirm">Repost</div>' +
        '<a role="menuitem" href="/compose/post">Quote</a></div></div>';
    } else if (target.closest('[data-testid=reply]')) {
      site.replies++;
      // X's reply modal: the post replied to above the editor (kind decided by the adapter in real pages).
      layers.innerHTML =
        '<div role="dialog"><article data-testid="tweet">A post</article><div contenteditable="true" data-kind="reply"></div></div>';
    } else if (target.closest('[data-testid=retweetConfirm]')) site.reposts++;
  });
  layers.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    site.escapes++;
    layers.querySelector('[role=menu]')?.remove();
  });
  return site;
}

/** `rulesLater`: the rules have not arrived when the person clicks; `deliver` hands them over. */
function setup({ rulesLater = false } = {}) {
  const adapter = kindAdapter({ repost: x.repost! });
  const port = { post: vi.fn(), request: vi.fn(() => Promise.resolve(null)) };
  const composers = trackComposers(adapter, port, () => true);
  // The fields the prompt reads; the rest of a content config is not this test's.
  const config = {
    enabled: true,
    repostMode: 'nudge',
    starter: 'Worth reading because …',
    replyStarter: 'I liked this because …',
    postGate: 'off',
  } as ContentConfig;
  const count = vi.fn();
  let arrived: ContentConfig | null = rulesLater ? null : config;
  let deliver = () => {};
  const arrival = new Promise<ContentConfig>((resolve) => {
    deliver = () => resolve((arrived = config));
  });
  watchReposts(
    adapter,
    {
      config: () => arrived,
      arrived: () => (arrived ? Promise.resolve(arrived) : arrival),
      expectQuote: composers.expectQuote,
      expectReply: composers.expectReply,
      count,
    },
    abort.signal,
  );
  return { adapter, composers, count, deliver };
}

test('a click on Repost before the rules have arrived gets the prompt once they come; the site’s menu opens meanwhile', async () => {
  xPage();
  const { deliver } = setup({ rulesLater: true });
  personClicks(document.querySelector('[data-testid=retweet]')!);
  expect(document.querySelector('[role=menu]')).not.toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(actions()).toEqual([]);
  deliver();
  await vi.waitFor(() => expect(actions()).toEqual(['quote', 'reply', 'repost']));
});

test('rules that never arrive (no background answers) leave the site’s menu alone', async () => {
  vi.useFakeTimers();
  try {
    const site = xPage();
    setup({ rulesLater: true });
    personClicks(document.querySelector('[data-testid=retweet]')!);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(actions()).toEqual([]);
    personClicks(document.querySelector('[data-testid=retweetConfirm]')!);
    expect(site.reposts).toBe(1);
  } finally {
    vi.useRealTimers();
  }
});

test('"Reply" closes the site’s menu, takes the post’s own reply button, and the reply composer gets the starter', async () => {
  const site = xPage();
  const { adapter, composers, count } = setup();
  personClicks(document.querySelector('[data-testid=retweet]')!);
  await vi.waitFor(() => expect(actions()).toEqual(['quote', 'reply', 'repost']));
  personClicks(promptRoot()!.querySelector('[data-action=reply]')!);
  expect(site.escapes).toBe(1);
  expect(document.querySelector('[role=menu]')).toBeNull();
  expect(site.replies).toBe(1);
  const editor = document.querySelector<HTMLElement>('#layers [contenteditable]')!;
  composers.found(editor); // as the page's observer reports a new editor
  await vi.waitFor(() => expect(editor.textContent).toBe('I liked this because '));
  expect(adapter.insertText).toHaveBeenCalledWith(editor, 'I liked this because ', 'replace');
  expect(composers.tracked.get(editor)!.engaged).toBe(true);
  expect([site.reposts, count.mock.calls.length]).toEqual([0, 0]);
});

test('a quote composer opening after "Reply" gets no reply starter, and a post without a reply button gets no reply action', async () => {
  const site = xPage(false);
  const { composers } = setup();
  personClicks(document.querySelector('[data-testid=retweet]')!);
  await vi.waitFor(() => expect(actions()).toEqual(['quote', 'repost']));
  expect(site.replies).toBe(0);

  composers.expectReply('I liked this because …');
  const quote = document.body.appendChild(Object.assign(document.createElement('div'), { contentEditable: 'true' }));
  quote.dataset.kind = 'quote';
  composers.found(quote);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(quote.textContent).toBe('');
});
