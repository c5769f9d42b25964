/** Resolve with the first element matching `selector` once it is in the document, or null after `timeoutMs`. */
export function waitForElement<T extends Element = HTMLElement>(selector: string, timeoutMs: number): Promise<T | null> {
  const now = document.querySelector<T>(selector);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = document.querySelector<T>(selector);
      if (el) finish(el);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(el: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    }
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}
