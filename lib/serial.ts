/**
 * Read-modify-write on storage, one at a time per key. A message handler that reads a stored value,
 * awaits, and writes it back loses the other's change when two run at once (two tabs, keystrokes
 * arriving while a restarted worker is still reading storage); queued per key, each sees the last
 * one's write.
 */
export function serialByKey<K>(): <T>(key: K, task: () => Promise<T>) => Promise<T> {
  const queues = new Map<K, Promise<unknown>>();
  return (key, task) => {
    const run = (queues.get(key) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    // Drop the queue once it is idle, so closed tabs leave nothing behind.
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  };
}
