/**
 * Resolve with what `find` returns once it is not null, looked for again on every change to the
 * document, or null after `timeoutMs`.
 */
export function waitFor<T>(find: () => T | null, timeoutMs: number): Promise<T | null> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(found: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    }
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}
