/**
 * When a composer's draft goes to the background. Each send is a message out of the page, and on a
 * busy machine one message (with reading the draft for it) costs the page's main thread a tenth of a
 * millisecond or more, more than all else a keystroke does here; so a send is not made for every key
 * unless someone watches every key.
 *
 * - The first change after a quiet spell goes at once: the badge answers the key that broke the quiet.
 * - While the person types on, the latest text is held until they pause: a check PAUSE_MS after the
 *   key that armed it sends it when no key came since, else looks again PAUSE_MS later; after
 *   MAX_HOLD_MS since the last send it goes anyway (a long burst still updates the badge about once a
 *   second). The badge is current within two checks of the last key; keys slower than PAUSE_MS
 *   apart go one by one, a check after each.
 * - With a side panel open (`live`) a send goes every LIVE_MS while keys come, so the panel follows
 *   each key within its 100 ms.
 * - A change that leaves the text as sent sends nothing (`send` says so).
 * - A send that failed (the worker was stopping) is made again once after RETRY_MS; when that fails
 *   too, and nothing newer went since, `failedTwice` says so (the badge then claims no verdict).
 *
 * Every call into the extension's world costs the page (a clock read, a timer, more than the work
 * itself on a cold key), so a key that comes while a check is armed costs a counter and a comparison:
 * no clock read, no timer. One timer per check, none per key.
 */
import { realClock } from './clock';
import type { Clock } from './clock';

/** With a panel open: at most one send in this long. */
export const LIVE_MS = 50;
/** Panel closed: how often a held draft is checked for a pause in the typing. */
export const PAUSE_MS = 200;
/** Panel closed: the longest a held draft waits while the person types on without a pause. */
export const MAX_HOLD_MS = 1000;
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
  // Counts changes; `seen` is the count when the armed check was set: more since means the person types on.
  let changes = 0;
  let seen = 0;

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
    if (stopped) return;
    // Keys came since the check was set and no panel watches: hold on until a pause, but not for ever.
    if (changes !== seen && !deps.live() && clock.now() - sentAt < MAX_HOLD_MS) {
      seen = changes;
      timer = clock.setTimeout(due, PAUSE_MS);
      return;
    }
    go(false);
  };

  return {
    changed() {
      if (stopped) return;
      changes++;
      // A check is armed: it will carry this change.
      if (timer !== undefined) return;
      const live = deps.live();
      const wait = sentAt + (live ? LIVE_MS : PAUSE_MS) - clock.now();
      if (wait <= 0) go(false);
      else {
        seen = changes;
        // Without a panel the check looks at a whole PAUSE_MS after this key: keys coming faster mean typing on.
        timer = clock.setTimeout(due, live ? wait : PAUSE_MS);
      }
    },
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
      clock.clearTimeout(retry);
      timer = undefined;
    },
  };
}
