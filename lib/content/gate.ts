/**
 * The post gate and the clicks on a composer's Post button. With the gate on ("nudge"), the first click
 * on Post while the verdict is "fix" shows a short note by the button instead of posting; the next click
 * posts (the draft is untouched). The same points (failing checks) are never nudged for twice on one
 * draft, however the text changes around them, and the gate rests on a network whose last posts went
 * out ready (lib/habits/nudges.ts). Each post that goes out is counted ready or not, and a quote with a
 * comment counts the share-with-a-comment habit.
 */
import type { BadgeState, PostOutcome } from '../messaging/protocol';
import { guard } from '../log';
import { realClock } from './clock';
import type { Clock } from './clock';
import { message } from './i18n';
import { shadowHost } from './shadow';

/** How long the note stays by the Post button. */
export const NUDGE_MS = 8000;

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
div { box-sizing: border-box; max-width: 280px; padding: 8px 12px; border-radius: 8px; background: #c62828; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
`;

/** Shows the note by `button`; returns what takes it away sooner. */
export function showGateNudge(button: Element, open: number, clock: Clock = realClock): () => void {
  const { host, shadow } = shadowHost('postcheck-gate', STYLE);
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  const n = String(open);
  note.textContent = message('gateNudge', `Postcheck: ${n} to fix before posting. Click Post again to post anyway.`, [n]);
  shadow.append(note);
  const rect = button.getBoundingClientRect();
  host.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 290))}px`;
  host.style.top = `${rect.bottom + 8 + 60 > window.innerHeight ? Math.max(8, rect.top - 60) : rect.bottom + 8}px`;
  document.documentElement.append(host);
  const timer = clock.setTimeout(() => host.remove(), NUDGE_MS);
  return () => {
    clock.clearTimeout(timer);
    host.remove();
  };
}

/** A composer as the gate sees it. */
export interface GatedComposer {
  editor: HTMLElement;
  /** its badge's state (null: no review yet) */
  state: BadgeState | null;
  /** the points (./gate.ts gatePoints) the gate last nudged for */
  nudgedFor: string | null;
  /** aborted when the composer goes (or Postcheck stands down): the note goes with it */
  abort: AbortController;
}

export interface PostClickDeps {
  composers(): Iterable<GatedComposer>;
  postButton(editor: HTMLElement): Element | null;
  read(editor: HTMLElement): string;
  gate(): 'off' | 'nudge';
  /** the network's last posts went out ready: the gate steps back */
  rests(): boolean;
  /** a quote with a comment was posted */
  commented(): void;
  /** a post went out, ready or not */
  posted(outcome: PostOutcome): void;
}

/** What the gate nudges for: the failing checks (their count, from a background that names none). */
export const gatePoints = (state: BadgeState): string => state.failing?.join(' ') ?? `#${state.open}`;

/** Whether a click on Post is nudged: gate on and not resting, points to fix, and not these points again. */
export function shouldNudge(state: BadgeState, nudgedFor: string | null, gate: 'off' | 'nudge', rests: boolean): boolean {
  return gate === 'nudge' && !rests && state.verdict === 'fix' && gatePoints(state) !== nudgedFor;
}

export function watchPostClicks(deps: PostClickDeps, signal: AbortSignal, clock: Clock = realClock): void {
  const onClick = guard('post-click', (event: MouseEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !event.isTrusted) return;
    for (const t of deps.composers()) {
      const button = deps.postButton(t.editor);
      if (!button?.contains(target)) continue;
      const text = deps.read(t.editor);
      const state = t.state;
      if (state && shouldNudge(state, t.nudgedFor, deps.gate(), deps.rests())) {
        // First click with these points to fix: a short nudge instead of the post; the next click posts.
        t.nudgedFor = gatePoints(state);
        event.preventDefault();
        event.stopImmediatePropagation();
        t.abort.signal.addEventListener('abort', showGateNudge(button, state.open, clock), { once: true });
        return;
      }
      if (text.trim()) deps.posted(state?.verdict === 'ready' ? 'ready' : 'unready');
      if (t.editor.getAttribute('data-postcheck')?.endsWith(':quote') && text.trim()) deps.commented();
      return;
    }
  });
  // Capture phase on the document: the click is seen before the site's own handlers.
  document.addEventListener('click', onClick, { capture: true, signal });
}
