/**
 * When a composer counts as the person's: only then is it reviewed. Otherwise any script on the site
 * could plant a hidden composer, fill it, and read the verdict off the badge to learn the person's
 * private rules or pause topics.
 */
import { guard } from '../log';

/**
 * The person's own pointer, keys, paste or drop inside the composer. Not focus (a script's
 * element.focus() fires a trusted focus event) nor input (document.execCommand('insertText') fires a
 * trusted one): a page script can cause both, but none of these.
 */
const ENGAGING = ['pointerdown', 'mousedown', 'keydown', 'paste', 'drop'] as const;

/**
 * The composer can be seen where the person is: laid out, not transparent or hidden, and in the
 * viewport. A page that moves focus into an off-screen composer while the person types elsewhere
 * does not get those keystrokes counted as engagement.
 */
function inSight(editor: HTMLElement): boolean {
  if (typeof editor.checkVisibility === 'function' && !editor.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return false;
  const r = editor.getBoundingClientRect();
  return r.width >= 4 && r.height >= 4 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth;
}

/** A trusted engaging event inside a composer that is in sight. */
export function engagedBy(event: Event, editor: HTMLElement): boolean {
  if (!event.isTrusted) return false;
  const target = event.composedPath()[0];
  return target instanceof Node && editor.contains(target) && inSight(editor);
}

/**
 * Calls `engaged` at the person's first engaging event in `editor`. Engaged once, engaged for good: the
 * listeners then go (abort `listening`), and the person's keys call none of them.
 */
export function untilEngaged(editor: HTMLElement, engaged: () => void, listening: AbortSignal): void {
  const listener = guard('engage', (event: Event) => {
    if (engagedBy(event, editor)) engaged();
  });
  for (const type of ENGAGING) editor.addEventListener(type, listener, { capture: true, signal: listening });
}
