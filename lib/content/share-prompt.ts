/**
 * <postcheck-share-prompt>: shown beside the site's repost menu. The primary action turns the
 * repost into a quote with a comment; where the site's reply path for the post is known, a second one
 * replies instead (a share that would add nothing is often better said to the author); the quietest
 * goes on with the plain repost. It never blocks: Escape or a click elsewhere dismisses it and the
 * site's own menu stays usable.
 */
import { message } from './i18n';
import { shadowHost } from './shadow';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.card {
  box-sizing: border-box; display: flex; flex-direction: column; gap: 8px; width: 240px; padding: 12px;
  border-radius: 12px; background: #fff; color: #1f2328; font: 14px/1.4 system-ui, sans-serif;
  box-shadow: 0 0 0 1px rgba(0,0,0,.12), 0 8px 24px rgba(0,0,0,.2);
}
@media (prefers-color-scheme: dark) { .card { background: #1c2128; color: #e6edf3; box-shadow: 0 0 0 1px rgba(255,255,255,.18), 0 8px 24px rgba(0,0,0,.5); } }
p { margin: 0; }
button { all: unset; box-sizing: border-box; text-align: center; padding: 8px 12px; border-radius: 999px; cursor: pointer; font: inherit; }
button:focus-visible { outline: 2px solid #1d70e0; outline-offset: 2px; }
[data-action="quote"] { background: #1d70e0; color: #fff; font-weight: 600; }
[data-action="reply"] { box-shadow: inset 0 0 0 1px currentColor; }
[data-action="repost"] { color: inherit; text-decoration: underline; font-size: 13px; }
`;

export interface SharePromptHandlers {
  quote(): void;
  /** reply to the post instead; absent where the site's reply path for it is not known */
  reply?: (() => void) | undefined;
  repost(): void;
  dismiss(): void;
}

export interface SharePrompt {
  host: HTMLElement;
  close(): void;
}

/** Place the prompt beside `anchor` (the site's menu, or the repost button when no menu is visible). */
export function showSharePrompt(anchor: Element, handlers: SharePromptHandlers, focus: boolean): SharePrompt {
  const { host, shadow } = shadowHost('postcheck-share-prompt', STYLE);
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', message('promptLabel', 'Postcheck: share with a comment?'));
  const text = document.createElement('p');
  text.textContent = message('promptText', 'Say why it is worth sharing: a repost with a comment does more for your readers.');
  const quote = document.createElement('button');
  quote.type = 'button';
  quote.dataset.action = 'quote';
  quote.textContent = message('promptQuote', 'Quote with a comment');
  const repost = document.createElement('button');
  repost.type = 'button';
  repost.dataset.action = 'repost';
  repost.textContent = message('promptRepost', 'Just repost');
  let reply: HTMLButtonElement | null = null;
  if (handlers.reply) {
    reply = document.createElement('button');
    reply.type = 'button';
    reply.dataset.action = 'reply';
    reply.textContent = message('promptReply', 'Reply to say why you liked it');
  }
  card.append(text, quote, ...(reply ? [reply] : []), repost);
  shadow.append(card);

  // Where the keyboard user was (the repost button, or the site's menu item): focus goes back there.
  const previous = document.activeElement;
  const abort = new AbortController();
  const close = () => {
    abort.abort();
    const hadFocus = shadow.activeElement !== null;
    host.remove();
    if (hadFocus && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };
  const act = (fn: () => void) => (event: Event) => {
    // Scripts on the page can click our buttons too: only the person's own clicks count.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    close();
    fn();
  };
  quote.addEventListener('click', act(handlers.quote));
  repost.addEventListener('click', act(handlers.repost));
  if (reply && handlers.reply) reply.addEventListener('click', act(handlers.reply));
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && event.isTrusted) {
        close();
        handlers.dismiss();
      }
    },
    { capture: true, signal: abort.signal },
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.composedPath().includes(host)) {
        close();
        handlers.dismiss();
      }
    },
    { capture: true, signal: abort.signal },
  );

  const { left, top } = besideMenu(anchor.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight });
  host.style.left = `${left}px`;
  host.style.top = `${top}px`;
  document.documentElement.append(host);
  if (focus) quote.focus();
  return { host, close };
}

/** The prompt's size as laid out (its width is fixed by STYLE; its height is at most this: 232 px measured with all three actions). */
const PROMPT = { width: 240, height: 250 };
const GAP = 8;

/**
 * Where the prompt goes: right of the site's menu, else left of it, else below or above it — never over
 * it, so the site's own items stay in reach. Only when the window has room on no side does it overlap,
 * at the window's top-left corner of the free space.
 */
export function besideMenu(
  menu: Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>,
  view: { width: number; height: number },
): { left: number; top: number } {
  const clampTop = (top: number) => Math.max(GAP, Math.min(top, view.height - PROMPT.height - GAP));
  const clampLeft = (left: number) => Math.max(GAP, Math.min(left, view.width - PROMPT.width - GAP));
  if (menu.right + GAP + PROMPT.width <= view.width) return { left: menu.right + GAP, top: clampTop(menu.top) };
  if (menu.left - GAP - PROMPT.width >= 0) return { left: menu.left - GAP - PROMPT.width, top: clampTop(menu.top) };
  if (menu.bottom + GAP + PROMPT.height <= view.height) return { left: clampLeft(menu.left), top: menu.bottom + GAP };
  if (menu.top - GAP - PROMPT.height >= 0) return { left: clampLeft(menu.left), top: menu.top - GAP - PROMPT.height };
  return { left: GAP, top: GAP };
}
