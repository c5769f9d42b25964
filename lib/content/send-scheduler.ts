/**
 * When a composer's draft goes to the background. Each send is a message out of the page, and on a
 * busy machine one message costs the page's main thread about a tenth of a millisecond, more than all
 * else a keystroke does here; so a send is not made for every key unless someone watches every key.
 *
 * - The first change after a quiet spell goes at once: the badge answers the key that broke the quiet.
 * - While the person types on, at most one send per interval, at its end, with the latest text
 *   however many keys came in between (a change that leaves the text as sent sends nothing: `send`).
 * - With a side panel open (`live`) the interval is LIVE_MS, so the panel follows each key within its
 *   100 ms. Without one only the badge shows the review: the interval is QUIET_MS, and the badge is
 *   current at most that long after the last key.
 * - A send that failed (the worker was stopping) is made again once after RETRY_MS; when that fails
 *   too, and nothing newer went since, `failedTwice` says so (the badge then claims no verdict).
 *
 * Every call into the extension's world costs the page (a clock read, a timer, more than the work
 * itself on a cold key), so a key that comes while a send is already due costs one comparison: no
 * clock read, no timer. One timer per interval, none per key.
 */
import { realClock } from './clock';
import type { Clock } from './clock';

/** With a panel open: at most one send in this long. */
export const LIVE_MS = 50;
/** Panel closed: at most one send in this long while the person types on. */
export const QUIET_MS = 300;
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
  let stopped = false;
  // Counts the sends that went: a retry's failure speaks only for the latest.
  let sends = 0;

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

  const due = () => {
    timer = undefined;
    if (!stopped) go(false);
  };

  return {
    changed() {
      // A send is already due: it will carry this change.
      if (stopped || timer !== undefined) return;
      const wait = sentAt + (deps.live() ? LIVE_MS : QUIET_MS) - clock.now();
      if (wait <= 0) go(false);
      else timer = clock.setTimeout(due, wait);
    },
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
      clock.clearTimeout(retry);
      timer = undefined;
    },
  };
}
