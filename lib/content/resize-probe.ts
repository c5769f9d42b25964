/**
 * Sooner than animationstart, which is dispatched a frame after the one that lays a new editor out: a
 * composer opened in the flow makes the page longer, ResizeObserver reports that in the same frame
 * (after layout, before paint), and `check` looks for the editors just laid out. It costs one short
 * walk in a frame where the page's size changed; on a page that resizes in every frame for other
 * reasons (a feed that keeps growing), after more than RESIZE_CHECKS checks within a second that found
 * nothing it rests for RESIZE_REST_MS, and animationstart, a frame later, covers that time.
 */
import { realClock } from './clock';
import type { Clock } from './clock';

/** How many checks within a second may find no new editor before the probe rests. */
export const RESIZE_CHECKS = 8;
/** How long it rests. */
export const RESIZE_REST_MS = 1000;

/** The page's size changes, as a ResizeObserver on the root element reports them: injectable for tests. */
export interface Resizes {
  observe(): void;
  disconnect(): void;
}
export type ResizeSource = (onResize: () => void) => Resizes;

const rootResizes: ResizeSource = (onResize) => {
  const observer = new ResizeObserver(onResize);
  return { observe: () => observer.observe(document.documentElement), disconnect: () => observer.disconnect() };
};

/** `check` runs on each resize of the page and says whether it found an editor. */
export function resizeProbe(
  check: () => boolean,
  signal: AbortSignal,
  clock: Clock = realClock,
  resizes: ResizeSource = rootResizes,
): void {
  let misses = 0;
  let missesFrom = 0;
  let resting: unknown;
  const grown = resizes(() => {
    const seen = check();
    const now = clock.now();
    if (seen || now - missesFrom > 1000) {
      misses = 0;
      missesFrom = now;
    }
    if (!seen && ++misses > RESIZE_CHECKS) {
      grown.disconnect();
      resting = clock.setTimeout(() => !signal.aborted && grown.observe(), RESIZE_REST_MS);
    }
  });
  signal.addEventListener(
    'abort',
    () => {
      clock.clearTimeout(resting);
      grown.disconnect();
    },
    { once: true },
  );
  if (!signal.aborted) grown.observe();
}
