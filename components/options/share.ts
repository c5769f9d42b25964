/**
 * `next` with every part that equals the same part of `prev` replaced by `prev`'s object.
 * Saved rules come back from validation as a fresh copy; sharing the unchanged parts keeps
 * their identity, so only the fields whose value changed render again.
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;

  if (Array.isArray(prev) && Array.isArray(next)) {
    const items = next.map((item: unknown, i) => shareUnchanged<unknown>(prev[i], item));
    return (items.length === prev.length && items.every((item, i) => item === prev[i]) ? prev : items) as T;
  }
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const entries = keys.map((key) => [key, shareUnchanged(before[key], after[key])] as const);
  const same = keys.length === Object.keys(before).length && entries.every(([key, value]) => key in before && value === before[key]);
  return (same ? prev : Object.fromEntries(entries)) as T;
}
