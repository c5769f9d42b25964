/**
 * The whole page watched for new composers, only while they are likely to appear: a MutationObserver
 * on the document costs a churning timeline about 11 % more script time even with an empty callback,
 * so it is on only during windows: the first seconds of the page (hydration mounts composers late)
 * and of each client-side navigation, and a second after the person's own click or Enter/Space
 * outside a text field (when reply and comment boxes open). Never while the person types.
 */
import { realClock } from './clock';
import type { Clock } from './clock';
import { isTextField, onKeysOutsideFields } from './keys-outside-fields';

/** How long after the person's click or Enter/Space the whole page is watched for a new composer. */
export const ARMED_MS = 1000;
/** How long the whole page is watched after the content script starts, the page's load event, and a client-side navigation. */
export const LOADING_MS = 3000;

export interface PageWatch {
  /** Watch the page for (at least) the next `ms`; a longer window already open stays. */
  watchFor(ms: number): void;
}

/** A MutationObserver on the document (child lists, whole tree) that is on only within the windows asked for. */
export function pageWatch(added: MutationCallback, signal: AbortSignal, clock: Clock = realClock): PageWatch {
  const watched = new MutationObserver(added);
  let disarm: unknown;
  let watchedUntil = 0;
  signal.addEventListener(
    'abort',
    () => {
      watched.disconnect();
      clock.clearTimeout(disarm);
    },
    { once: true },
  );
  return {
    watchFor(ms) {
      if (signal.aborted) return;
      const until = clock.now() + ms;
      if (until <= watchedUntil) return;
      watchedUntil = until;
      if (disarm === undefined) watched.observe(document, { childList: true, subtree: true });
      clock.clearTimeout(disarm);
      disarm = clock.setTimeout(() => {
        watched.disconnect();
        disarm = undefined;
        watchedUntil = 0;
      }, ms);
    },
  };
}

/** Opens the windows: the page's first seconds, each client-side navigation, the person's clicks and activation keys. */
export function watchWhenLikely({ watchFor }: PageWatch, signal: AbortSignal, clock: Clock = realClock): void {
  // The first seconds of the page: from now while it is still loading, and again from its load event.
  // Started later (the network switched back on), only what is left of those seconds.
  if (document.readyState !== 'complete') {
    watchFor(LOADING_MS);
    window.addEventListener('load', () => watchFor(LOADING_MS), { once: true, signal });
  } else {
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
    const left = loaded + LOADING_MS - clock.now();
    if (left > 0) watchFor(left);
  }
  // Client-side navigation, however started (a link, a script, back/forward): the app is assembling a
  // new page, and its composers come with it, so it is watched as a page that loads. The Navigation
  // API reports pushState and replaceState too; where it is missing (Firefox), back/forward only.
  const navigated = () => watchFor(LOADING_MS);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', navigated, { signal });
  else window.addEventListener('popstate', navigated, { signal });
  const arm = (event: Event) => {
    if (!event.isTrusted) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    // Typing (every space, every new line) and clicking into a text field open no composer.
    if (isTextField(event.composedPath()[0])) return;
    watchFor(ARMED_MS);
  };
  document.addEventListener('pointerdown', arm, { capture: true, signal });
  // Keys typed into a text field never arm: the key listener is there only while the focus is elsewhere.
  onKeysOutsideFields(arm, signal);
}
