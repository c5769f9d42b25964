/**
 * Log an error once per place: Postcheck runs on every keystroke of someone else's page,
 * so a repeating failure must not flood the console, and nothing may be thrown into the page.
 */
const seen = new Set<string>();

export function logOnce(where: string, error: unknown): void {
  const key = `${where}:${error instanceof Error ? error.message : String(error)}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[Postcheck] ${where}:`, error);
}

/** Wrap a callback so that whatever it throws is logged once and goes no further. */
export function guard<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) out.catch((e: unknown) => logOnce(where, e));
    } catch (e) {
      logOnce(where, e);
    }
  };
}
