// @vitest-environment happy-dom
// The repost prompt backs off (issue 15): while the content config's quietUntil lies ahead, a click on
// Repost gets a quiet one-line hint beside the site's menu instead of the prompt; it asks nothing, takes
// no focus and goes at the next press or Escape; the site's menu works as always. Markup as X's (the
// menu as X's bundle names it); the site's behaviour is this test's own handler.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { promptMode, showQuietHint } from '../../../lib/content/prompt-mode';
import { watchReposts } from '../../../lib/content/repost';
import { x } from '../../../lib/sites/x';
import type { SiteAdapter } from '../../../lib/sites/types';
import type { ContentConfig } from '../../../lib/messaging/protocol';

const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 86_400_000;
const config = (quietUntil?: number): ContentConfig => ({
  enabled: true,
  repostMode: 'nudge',
  starter: 'Worth reading because …',
  replyStarter: 'I liked this because …',
  postGate: 'off',
  ...(quietUntil === undefined ? {} : { quietUntil }),
});

let abort: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
  for (const host of document.querySelectorAll('postcheck-share-prompt, postcheck-share-hint')) host.remove();
});

test('the mode on a given clock: quiet only while quietUntil lies ahead', () => {
  expect(promptMode(config(), NOW)).toBe('full');
  expect(promptMode(config(0), NOW)).toBe('full');
  expect(promptMode(config(NOW + 1), NOW)).toBe('quiet');
  expect(promptMode(config(NOW), NOW)).toBe('full');
  expect(promptMode(config(NOW + 14 * DAY), NOW + 14 * DAY - 1)).toBe('quiet');
});

test('the quiet hint: one line beside the anchor, a status that takes no focus; none in full mode', () => {
  const anchor = document.body.appendChild(document.createElement('div'));
  expect(showQuietHint(anchor, config(NOW - 1), NOW)).toBeNull();
  expect(document.querySelector('postcheck-share-hint')).toBeNull();
  const hint = showQuietHint(anchor, config(NOW + DAY), NOW)!;
  const line = hint.host.shadowRoot!.querySelector('p')!;
  expect(line.getAttribute('role')).toBe('status');
  expect(line.textContent).toBe('Postcheck: a comment says why you share it.');
  expect(hint.host.shadowRoot!.querySelector('button')).toBeNull();
  expect(document.activeElement).toBe(document.body);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
  expect(hint.host.isConnected).toBe(true);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  expect(hint.host.isConnected).toBe(false);
});

function xPage() {
  document.body.innerHTML = `<div id="layers"></div>
    <main><article data-testid="tweet"><div role="group"><button data-testid="retweet" type="button">15</button></div></article></main>`;
  const layers = document.getElementById('layers')!;
  const site = { reposts: 0 };
  document.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (target.closest('[data-testid=retweet]')) {
      layers.innerHTML =
        '<div role="menu"><div data-testid="Dropdown"><div role="menuitem" data-testid="retweetConfirm">Repost</div>' +
        '<a role="menuitem" href="/compose/post">Quote</a></div></div>';
    } else if (target.closest('[data-testid=retweetConfirm]')) site.reposts++;
  });
  return site;
}

function personClicks(el: Element): void {
  const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
  Object.defineProperty(click, 'isTrusted', { value: true });
  el.dispatchEvent(click);
}

function watch(c: ContentConfig) {
  const count = vi.fn();
  const adapter = { network: 'x', repost: x.repost } as unknown as SiteAdapter;
  watchReposts(
    adapter,
    { config: () => c, arrived: () => Promise.resolve(c), expectQuote: vi.fn(), expectReply: vi.fn(), count },
    abort.signal,
  );
  return count;
}

test('a click on Repost while quiet: the hint beside the menu, no prompt; a plain repost from the menu is counted', async () => {
  const site = xPage();
  const count = watch(config(Date.now() + DAY));
  personClicks(document.querySelector('[data-testid=retweet]')!);
  await vi.waitFor(() => expect(document.querySelector('postcheck-share-hint')).not.toBeNull());
  expect(document.querySelector('postcheck-share-prompt')).toBeNull();
  personClicks(document.querySelector('[data-testid=retweetConfirm]')!);
  expect(site.reposts).toBe(1);
  expect(count).toHaveBeenCalledExactlyOnceWith('plain');
});

test('a click on Repost once the quiet spell is over: the full prompt, no hint', async () => {
  xPage();
  watch(config(Date.now() - 1));
  personClicks(document.querySelector('[data-testid=retweet]')!);
  await vi.waitFor(() => expect(document.querySelector('postcheck-share-prompt')).not.toBeNull());
  expect(document.querySelector('postcheck-share-hint')).toBeNull();
});
