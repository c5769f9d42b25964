/**
 * The content script's life on a page. Postcheck watches the site only while its network is switched
 * on: switched off (the rules say so), it stands down entirely (no stylesheet, observer, listener, badge
 * or mark is left on the page) and stands up again, without a reload, when the network is switched on.
 * Until the rules arrive it watches, so a composer on a page still loading is not missed.
 *
 * A reload, a navigation or the back/forward cache removes no composer from the DOM: the page's port
 * closes as it goes (Chromium) or the tab starts loading another document (Firefox, which keeps the port
 * of a page in its back/forward cache), and the background drops the page's drafts and offered box.
 * Nothing is sent or closed from here as the page goes: Firefox cuts such work off and logs it. A page
 * restored from the back/forward cache (`pageshow`, from the injected `events`) sends its drafts again.
 */
import type { ContentConfig } from '../messaging/protocol';
import { guard, logOnce } from '../log';

export interface PageParts {
  /** the content script's share of the rules (null: no background answered) */
  config(): Promise<ContentConfig | null>;
  /** start watching the page, until `watching` aborts */
  standUp(watching: AbortSignal): void;
  /** after watching stopped: take away what is left on the page */
  standDown(): void;
  /** the page came back from the back/forward cache */
  restored(): void;
  /** the content script stops for good (after standing down) */
  end(): void;
}

export interface PageLife {
  /** the rules as last read (null until they arrive) */
  config(): ContentConfig | null;
  /** the rules once they have arrived: at once when they have, never when no background answers */
  arrived(): Promise<ContentConfig>;
  /** watching the page now */
  watching(): boolean;
  /** read the rules again, and stand up or down as they say */
  reload(): Promise<void>;
  /** stand up, and read the rules */
  start(): void;
}

/** Ends when `signal` aborts; `start` stands up (`parts` may use the returned life from then on). */
export function pageLife(parts: PageParts, signal: AbortSignal, events: Pick<Window, 'addEventListener'> = window): PageLife {
  let config: ContentConfig | null = null;
  let watching: AbortController | null = null;
  let firstArrived: (c: ContentConfig) => void = () => {};
  const arrived = new Promise<ContentConfig>((resolve) => (firstArrived = resolve));

  const standUp = () => {
    if (watching || signal.aborted) return;
    watching = new AbortController();
    parts.standUp(watching.signal);
  };
  const standDown = () => {
    if (!watching) return;
    watching.abort();
    watching = null;
    parts.standDown();
  };
  const reload = () =>
    parts.config().then(
      (c) => {
        // No answer (no background listening yet): keep watching as before.
        if (!c) return;
        config = c;
        firstArrived(c);
        if (c.enabled) standUp();
        else standDown();
      },
      (e) => logOnce('config', e),
    );

  events.addEventListener(
    'pageshow',
    guard('pageshow', (event: PageTransitionEvent) => {
      if (event.persisted) parts.restored();
    }),
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      standDown();
      parts.end();
    },
    { once: true },
  );

  return {
    config: () => config,
    arrived: () => arrived,
    watching: () => watching !== null,
    reload,
    start() {
      standUp();
      void reload();
    },
  };
}
