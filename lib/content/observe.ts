/**
 * Finds composers at the cost of nothing on a busy timeline. No MutationObserver watches the page:
 * a stylesheet gives every editor (and every shadow-root host the site renders composers into) a
 * 1 ms no-op animation, so the browser's own style engine — which looks at every inserted element
 * anyway — starts an animation on each editor it lays out, however late (client-side navigation,
 * modals, reply boxes). Where the new composer makes the page longer, a ResizeObserver on the page
 * reports it in the same frame, before paint, and the animations just started name the editors;
 * otherwise `animationstart` does, one frame later. A focus listener catches the first focus as well.
 *
 * Faster paths where they cost nothing on a churning timeline: where the site opens composers in a
 * portal (its modal root), a MutationObserver on that quiet container marks them at once (a root
 * the site creates later is watched from the first composer found in it); and the whole page is
 * watched the same way only while composers are likely to appear — the first seconds of a page
 * (hydration) and of each client-side navigation, and for a second after the person clicks or
 * presses Enter/Space outside a text field (when reply and comment boxes open). An idle page with a
 * live feed is never watched that way, nor is one the person is typing in: a MutationObserver on the
 * whole of it, even with an empty callback, adds about 11 % to a churning timeline's script time.
 *
 * Removal is watched per composer: one observer on the editor's ancestors' own child lists (not their
 * subtrees), which the timeline's churn beside the composer never touches.
 */
import type { SiteAdapter } from '../sites/types';
import { pageStyle } from './page-style';
import { pageWatch, watchWhenLikely } from './page-watch';
import { resizeProbe } from './resize-probe';

export interface ComposerWatch {
  /** an editor was focused or appeared */
  found(editor: HTMLElement): void;
  /** something was removed from the page: check whether tracked editors are still there */
  removed(): void;
  /** an element no editor selector matches got focus (a box the person may adopt, or type into unrecognised) */
  focused?(target: HTMLElement): void;
}

/** The animation the style engine starts on each editor it lays out: its start is our "it appeared". */
export const SEEN_ANIMATION = 'postcheck-seen';

const isElement = (n: unknown): n is HTMLElement => n instanceof Node && n.nodeType === Node.ELEMENT_NODE;

/** An animation with no effect: nothing moves or repaints, it only reports that the element is laid out. */
const seenCss = (selectors: string[]) =>
  `@keyframes ${SEEN_ANIMATION} { from { --postcheck-seen: 0; } to { --postcheck-seen: 1; } }\n` +
  `:is(${selectors.join(', ')}) { animation: ${SEEN_ANIMATION} 1ms !important; }`;

export function observeComposers(adapter: SiteAdapter, watch: ComposerWatch, signal: AbortSignal): void {
  const selector = adapter.editorSelector;
  const hosts = adapter.shadowHosts;
  const style = pageStyle(seenCss(hosts ? [selector, hosts] : [selector]));
  const roots = new WeakSet<Document | ShadowRoot>();
  // Shadow roots given the stylesheet, held weakly: standing down takes it out of each one still there.
  const shadows: WeakRef<ShadowRoot>[] = [];
  const portals = adapter.composerRoots;
  // Runs for every batch of mutations while the whole page is watched, so it stays lean: text nodes
  // (a ticking counter) and leaf elements cost a type check; a subtree is searched only once it is
  // known to hold an editor.
  const added = (records: MutationRecord[]) => {
    for (const record of records) {
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as HTMLElement;
        if (el.matches(selector)) found(el);
        else if (el.firstElementChild && el.querySelector(selector))
          for (const editor of el.querySelectorAll<HTMLElement>(selector)) found(editor);
      }
    }
  };
  const portalObserver = new MutationObserver(added);
  const observed = new WeakSet<Element>();
  const observePortal = (portal: Element) => {
    if (observed.has(portal)) return;
    observed.add(portal);
    portalObserver.observe(portal, { childList: true, subtree: true });
  };
  // A portal the site creates after we start is found with its first composer, and watched from then on.
  function found(editor: HTMLElement) {
    watch.found(editor);
    const portal = portals && editor.closest(portals);
    if (portal) observePortal(portal);
  }

  // The whole page, watched only while composers are likely to appear (./page-watch.ts).
  watchWhenLikely(pageWatch(added, signal), signal);

  const inspect = (el: HTMLElement) => {
    if (el.matches(selector)) found(el);
    else if (hosts && el.matches(hosts) && el.shadowRoot) attach(el.shadowRoot);
  };

  const onSeen = (event: Event) => {
    if ((event as AnimationEvent).animationName !== SEEN_ANIMATION) return;
    const target = event.composedPath()[0];
    if (isElement(target)) inspect(target);
  };

  const onFocus = (event: FocusEvent) => {
    // Inside a shadow root the event target is retargeted to the host: the real target is first in the path.
    const target = event.composedPath()[0];
    if (!isElement(target)) return;
    const editor = target.closest<HTMLElement>(selector);
    if (editor) found(editor);
    else watch.focused?.(target);
  };

  function attach(root: Document | ShadowRoot) {
    if (roots.has(root)) return;
    roots.add(root);
    if (root instanceof ShadowRoot) shadows.push(new WeakRef(root));
    style.add(root);
    root.addEventListener('animationstart', onSeen, { capture: true, signal });
    root.addEventListener('focusin', onFocus as EventListener, { capture: true, signal });
    // Editors already on the page when we arrive (the stylesheet also starts their animation; this is sooner).
    for (const el of root.querySelectorAll<HTMLElement>(selector)) found(el);
    if (hosts) for (const host of root.querySelectorAll<HTMLElement>(hosts)) if (host.shadowRoot) attach(host.shadowRoot);
    if (portals) for (const portal of root.querySelectorAll(portals)) observePortal(portal);
    // A shadow root the site renders composers into is itself such a portal.
    if (root instanceof ShadowRoot) portalObserver.observe(root, { childList: true, subtree: true });
  }

  // In the frame that lays a new composer out, where it makes the page longer (./resize-probe.ts):
  // the animations the style engine has just started name the new editors.
  const laidOut = () => {
    let seen = false;
    for (const animation of document.getAnimations()) {
      if (!(animation instanceof CSSAnimation) || animation.animationName !== SEEN_ANIMATION) continue;
      const target = (animation.effect as KeyframeEffect | null)?.target;
      if (target instanceof HTMLElement) inspect(target);
      seen = true;
    }
    return seen;
  };

  // Registered before anything is attached, so that whatever was set up is taken down.
  signal.addEventListener(
    'abort',
    () => {
      portalObserver.disconnect();
      for (const root of [document, ...shadows.map((r) => r.deref())]) if (root) style.remove(root);
    },
    { once: true },
  );
  resizeProbe(laidOut, signal);
  attach(document);
}

/**
 * Calls `gone` once `el` leaves the document: observes the child lists of its ancestors (across
 * shadow roots), which change only when the branch holding `el` is cut.
 */
export function watchRemoval(el: HTMLElement, gone: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver(() => {
    if (!el.isConnected) gone();
  });
  for (let node: Node | null = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    observer.observe(node, { childList: true });
  }
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
