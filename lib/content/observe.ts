/**
 * Finds composers at the cost of almost nothing on a busy timeline: one focusin listener,
 * and one MutationObserver that looks only inside the nodes a mutation added (never a
 * whole-document scan per mutation). Open shadow roots the site renders composers into
 * are observed the same way once their host appears.
 */
import type { SiteAdapter } from '../sites/types';

export interface ComposerWatch {
  /** an editor was focused or appeared */
  found(editor: HTMLElement): void;
  /** something was removed from the page: check whether tracked editors are still there */
  removed(): void;
}

const isElement = (n: Node): n is HTMLElement => n.nodeType === Node.ELEMENT_NODE;

export function observeComposers(adapter: SiteAdapter, watch: ComposerWatch, signal: AbortSignal): void {
  const selector = adapter.editorSelector;
  const hosts = adapter.shadowHosts;
  const roots = new WeakSet<Node>();

  const inspect = (root: ParentNode & Node) => {
    if (isElement(root) && root.matches(selector)) watch.found(root);
    // Most added nodes (posts, avatars, text) have no editor; querySelector on their own subtree stays cheap.
    else for (const el of root.querySelectorAll<HTMLElement>(selector)) watch.found(el);
    if (hosts) {
      if (isElement(root) && root.matches(hosts)) observeShadow(root);
      for (const host of root.querySelectorAll<HTMLElement>(hosts)) observeShadow(host);
    }
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      for (const node of record.addedNodes) if (isElement(node)) inspect(node);
      if (record.removedNodes.length) removed = true;
    }
    if (removed) watch.removed();
  });

  function observe(root: Node) {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  function observeShadow(host: HTMLElement) {
    const shadow = host.shadowRoot;
    if (!shadow || roots.has(shadow)) return;
    observe(shadow);
    inspect(shadow);
  }

  const onFocus = (event: FocusEvent) => {
    // Inside a shadow root the event target is retargeted to the host: the real target is first in the path.
    const target = event.composedPath()[0];
    if (target instanceof Node && isElement(target)) {
      const editor = target.closest<HTMLElement>(selector);
      if (editor) watch.found(editor);
    }
  };

  document.addEventListener('focusin', onFocus, { capture: true, signal });
  observe(document.documentElement);
  inspect(document.documentElement);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
