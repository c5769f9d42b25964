/**
 * One lock for every change of the stored rules in this browser. Web Locks are shared by all
 * pages and workers of the extension's origin (options tabs, side panel, background), so a change
 * made in one page is written before the next page reads; where they are missing (happy-dom, an
 * old engine) a lock within this JavaScript realm stands in, which still orders the pages that
 * share it.
 */

export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

export const RULES_LOCK = 'postcheck-rules';

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** A lock within this realm: tasks run one after another, a failing one does not stop the rest. */
export function memoryLock(): Lock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const fallback = memoryLock();

export function webLock(name = RULES_LOCK): Lock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (!locks || typeof locks.request !== 'function') return fallback;
  return <T>(task: () => Promise<T>) => locks.request(name, task);
}
