/**
 * When a composer's draft goes to the background. Each send is a message out of the page, and on a
 * busy machine one message costs the page's main thread about a tenth of a millisecond, more than all
 * else a keystroke does here; so a send is not made for every key unless someone watches every key.
 *
 * - The first change after a quiet spell goes at once: the badge answers the key that broke the quiet.
 * - While the person types on, at most one send per interval; it carries the latest text, however
 *   many keys came in between (a change that leaves the text as sent sends nothing: see `send`).
 * - With a side panel open (`live`), the interval is LIVE_MS, so the panel follows each key within its
 *   100 ms. Without one only the badge shows the review: the interval is QUIET_MS, and a pause of
 *   PAUSE_MS in the typing sends at once, so the badge is current soon after the person stops.
 * - A send that failed (the worker was stopping) is made again once after RETRY_MS; when that fails
 *   too, and nothing newer went since, `failedTwice` says so (the badge then claims no verdict).
 *
 * A key costs one clock read and a comparison: the timer is armed once per interval, not per key.
 */

import { realClock } from './clock';
import type { Clock } from './clock';

/** With a panel open: at most one send in this long. */
export const LIVE_MS = 50;
/** Panel closed: at most one send in this long while the person types on… */
export const QUIET_MS = 300;
/** …and at once when the typing pauses this long. */
export const PAUSE_MS = 150;
/** A failed send is made again once after this long. */
export const RETRY_MS = 500;

export interface SendDeps {
  /** Sends the draft now; true when something went (the text had changed since the last send). */
  send(): { went: boolean; done: Promise<void> };
  /** Whether someone watches every key (a side panel is open). */
  live(): boolean;
  /** The latest send failed, and so did its retry. */
  failedTwice(error: unknown): void;
  /** A send failed (each failure, for the log). */
  failed(error: unknown): void;
}

export interface SendScheduler {
  /** The draft changed. */
  changed(): void;
  /** Stop: no send after this. */
  stop(): void;
}

export function sendScheduler(deps: SendDeps, clock: Clock = realClock): SendScheduler {
  let timer: unknown;
  let retry: unknown;
  let sentAt = Number.NEGATIVE_INFINITY;
  let changedAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  // Counts the sends that went: a retry's failure speaks only for the latest.
  let sends = 0;

  const spacing = () => (deps.live() ? { interval: LIVE_MS, pause: LIVE_MS } : { interval: QUIET_MS, pause: PAUSE_MS });

  const go = (again: boolean) => {
    const { went, done } = deps.send();
    if (!went) return;
    sentAt = clock.now();
    const seq = ++sends;
    done.catch((e: unknown) => {
      deps.failed(e);
      if (stopped) return;
      if (!again) {
        clock.clearTimeout(retry);
        retry = clock.setTimeout(() => !stopped && go(true), RETRY_MS);
      } else if (sends === seq) deps.failedTwice(e);
    });
  };

  /** Sends when the interval is over or the typing paused; otherwise waits for whichever comes first. */
  const due = () => {
    timer = undefined;
    if (stopped) return;
    const { interval, pause } = spacing();
    const now = clock.now();
    const wait = Math.min(sentAt + interval, changedAt + pause) - now;
    if (wait > 0) timer = clock.setTimeout(due, wait);
    else go(false);
  };

  return {
    changed() {
      if (stopped) return;
      changedAt = clock.now();
      // Already waiting: the timer looks at the latest change when it fires.
      if (timer !== undefined) return;
      const { interval, pause } = spacing();
      if (changedAt - sentAt >= interval) go(false);
      else timer = clock.setTimeout(due, Math.max(0, Math.min(sentAt + interval, changedAt + pause) - changedAt));
    },
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
      clock.clearTimeout(retry);
      timer = undefined;
    },
  };
}
