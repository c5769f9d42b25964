/**
 * The repost prompt backs off: once the person has shared with a comment N times in a row on this
 * network, the background sets `quietUntil` in the content config (lib/habits/nudges.ts) and, until
 * then, a quiet one-line hint sits beside the site's menu instead of the prompt. It asks nothing and
 * takes no focus; the site's own menu works as always, and a plain repost brings the full prompt back.
 */
import type { ContentConfig } from '../messaging/protocol';
import { message } from './i18n';
import { shadowHost } from './shadow';
import { besideMenu } from './share-prompt';
import type { SharePrompt } from './share-prompt';

export type PromptMode = 'full' | 'quiet';

/** The prompt's mode at `now` (ms since the epoch). */
export const promptMode = (config: Pick<ContentConfig, 'quietUntil'>, now: number): PromptMode =>
  (config.quietUntil ?? 0) > now ? 'quiet' : 'full';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
p { box-sizing: border-box; max-width: 240px; margin: 0; padding: 4px 10px; border-radius: 999px; background: #eef4fd;
  color: #1f2328; font: 12px/1.4 system-ui, sans-serif; box-shadow: 0 0 0 1px rgba(29,112,224,.35); }
@media (prefers-color-scheme: dark) { p { background: #1c2a3d; color: #e6edf3; } }
`;

/**
 * In quiet mode, the hint beside `anchor` (the site's menu), gone at the next press or Escape;
 * null in full mode, where the caller shows the prompt. `now` is the wall clock (injected in tests).
 */
export function showQuietHint(anchor: Element, config: ContentConfig, now: number = Date.now()): SharePrompt | null {
  if (promptMode(config, now) === 'full') return null;
  const { host, shadow } = shadowHost('postcheck-share-hint', STYLE);
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.textContent = message('promptQuietHint', 'Postcheck: a comment says why you share it.');
  shadow.append(line);
  const abort = new AbortController();
  const close = () => {
    abort.abort();
    host.remove();
  };
  for (const type of ['pointerdown', 'keydown'] as const) {
    document.addEventListener(type, (e) => (type === 'pointerdown' || (e as KeyboardEvent).key === 'Escape') && close(), {
      capture: true,
      signal: abort.signal,
    });
  }
  const { left, top } = besideMenu(anchor.getBoundingClientRect(), { width: window.innerWidth, height: window.innerHeight });
  host.style.left = `${left}px`;
  host.style.top = `${top}px`;
  document.documentElement.append(host);
  return { host, close };
}
