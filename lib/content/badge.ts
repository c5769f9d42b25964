/**
 * The badge by the composer: a <postcheck-badge> element with an open shadow root, so the
 * site's styles cannot reach in and ours cannot leak out. It takes no space in the site's
 * layout (a zero-height host; the button floats over the composer's bottom-right corner).
 */
import { message } from './i18n';
import { shadowHost } from './shadow';
import type { BadgeState } from '../messaging/protocol';

// flex 0 0 0: a host in a site's flex row takes no width there and squeezes nothing; in a block or a
// column it spans the composer, and the button sits at its bottom-right.
const STYLE = `
:host { all: initial; display: block; position: relative; height: 0; width: 100%; flex: 0 0 0; pointer-events: none; z-index: 1; }
button {
  all: unset; box-sizing: border-box; position: absolute; right: 6px; bottom: 6px; pointer-events: auto;
  display: inline-flex; align-items: center; gap: 4px; height: 24px; min-width: 24px; padding: 0 8px;
  border-radius: 12px; cursor: pointer; font: 600 12px/1 system-ui, sans-serif; color: #fff;
  background: #5b6470; box-shadow: 0 0 0 1px rgba(255,255,255,.85), 0 1px 3px rgba(0,0,0,.35);
}
button:focus-visible { outline: 2px solid #1d70e0; outline-offset: 2px; }
button[data-verdict="ready"] { background: #1a7f37; }
button[data-verdict="consider"] { background: #9a6700; }
button[data-verdict="fix"] { background: #c62828; }
button[data-verdict="error"] { background: #6b3fa0; }
button.is-empty { background: #5b6470; }
.mark { font-size: 13px; }
.tip {
  all: unset; box-sizing: border-box; position: absolute; right: 6px; bottom: 34px; max-width: 260px; padding: 6px 8px;
  border-radius: 6px; background: #1f2328; color: #fff; font: 12px/1.35 system-ui, sans-serif; pointer-events: none;
  box-shadow: 0 1px 3px rgba(0,0,0,.35);
}
.tip[hidden] { display: none; }
`;

/** How long the Firefox tip stays by the badge after a click. */
const TIP_MS = 5000;

const SYMBOL: Record<string, string> = { ready: '✓', consider: '!', fix: '✕', pending: '…', error: '?' };

/**
 * What the badge shows: a review's state; `null` while the first review is on its way; 'idle' for a
 * composer the person has not engaged with yet (nothing is reviewed, so nothing can be learnt from it).
 */
export type BadgeShown = BadgeState | null | 'idle';

function label(state: BadgeShown): string {
  if (state === 'idle') return message('badgeIdle', 'Postcheck: click into the box to review your draft');
  if (!state) return message('badgePending', 'Postcheck: reviewing…');
  if (state.verdict === 'error')
    return message('badgeError', 'Postcheck: could not update the review. Close tabs with drafts you no longer need, then type again');
  if (state.incomplete) return message('badgeIncomplete', 'Postcheck: review stopped, this draft is too long to check in time');
  if (state.empty && state.verdict === 'ready') return message('badgeEmpty', 'Postcheck: start writing and it reviews your draft');
  const n = String(state.open);
  if (state.verdict === 'ready') return message('badgeReady', 'Postcheck: ready to post');
  if (state.verdict === 'consider') return message('badgeConsider', `Postcheck: ${n} to consider`, [n]);
  return message('badgeFix', `Postcheck: ${n} to fix`, [n]);
}

export interface Badge {
  host: HTMLElement;
  set(state: BadgeShown): void;
}

export interface BadgeOptions {
  /**
   * Firefox opens its sidebar only from the toolbar button, its shortcut or a menu, never for a page's
   * click: there the badge says how to open it (in its label, and in a tip when clicked) instead.
   */
  sidebarHint?: boolean;
}

const sidebarHint = () =>
  message(
    'badgeSidebarHint',
    'Open the Postcheck sidebar with its toolbar button or Alt+Shift+P (the shortcut can be changed in Firefox’s add-on settings).',
  );

export function createBadge(onOpen: () => void, { sidebarHint: hint = import.meta.env.FIREFOX === true }: BadgeOptions = {}): Badge {
  const { host, shadow } = shadowHost('postcheck-badge', STYLE);
  const button = document.createElement('button');
  button.type = 'button';
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  const count = document.createElement('span');
  count.setAttribute('aria-hidden', 'true');
  button.append(mark, count);
  shadow.append(button);
  let tip: HTMLElement | null = null;
  let tipTimer: ReturnType<typeof setTimeout> | undefined;
  const showTip = () => {
    if (!tip) {
      tip = document.createElement('span');
      tip.className = 'tip';
      tip.setAttribute('role', 'status');
      shadow.append(tip);
    }
    tip.textContent = sidebarHint();
    tip.hidden = false;
    clearTimeout(tipTimer);
    tipTimer = setTimeout(() => tip && (tip.hidden = true), TIP_MS);
  };

  const activate = (event: Event) => {
    // Any script on the page can click an element we inject: act on the person's clicks only.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    if (hint) showTip();
    else onOpen();
  };
  button.addEventListener('click', activate);
  // Keep the composer's focus and selection when the badge is pressed.
  button.addEventListener('mousedown', (e) => e.preventDefault());

  // Set on every draft sent, so on most keystrokes with what it already shows: an unchanged state writes
  // nothing (no attribute, no text, no localized label looked up again).
  let last: string | undefined;
  const set = (shown: BadgeShown) => {
    const key =
      shown === null || shown === 'idle' ? String(shown) : `${shown.verdict}|${shown.open}|${!!shown.empty}|${!!shown.incomplete}`;
    if (key === last) return;
    last = key;
    const state = shown === 'idle' ? null : shown;
    const verdict = state?.verdict ?? 'pending';
    button.dataset.verdict = verdict;
    // A review that stopped for time: its verdict (never "ready"), marked as not the whole story.
    button.toggleAttribute('data-incomplete', !!state?.incomplete);
    // Nothing written yet: neutral, not a green "ready".
    button.classList.toggle('is-empty', !!state?.empty && verdict === 'ready');
    const text = hint ? `${label(shown)}. ${sidebarHint()}` : label(shown);
    button.setAttribute('aria-label', text);
    button.title = text;
    mark.textContent = state?.empty && verdict === 'ready' ? SYMBOL.pending! : (SYMBOL[verdict] ?? '');
    count.textContent = state && state.open > 0 ? String(state.open) : '';
  };
  set('idle');
  return { host, set };
}
