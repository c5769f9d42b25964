/**
 * The options page's save queue. The person's typing is kept per field as an unsaved edit and saved at
 * once, as a change of that one field applied to the rules as freshly read (so another page's change is
 * never undone). The page's saves run one after another: a field typed quickly writes only its latest
 * value, and a change from elsewhere is read in between. A refused value keeps its reasons and is tried
 * again after every save, so a field waiting on another (a window's end before its start) saves as soon
 * as the other makes it valid. A field whose place is gone (its item removed) is dropped.
 *
 * No timer here: the storage paces storage.sync itself (./budget.ts), so nothing waits. Pure: the state
 * (the page's store) and the storage are given, and the rules, fields and reasons are the caller's types.
 */

export type Written<R, E> = { ok: true; rules: R } | { ok: false; errors: E[] };

export interface PendingEdit<U, E> {
  unit: U;
  value: unknown;
  /** why the value could not be saved; empty while it is waiting for its turn */
  errors: E[];
}

/** The part of the page's state the queue reads and writes. */
export interface SaveState<R, U, E> {
  /** the rules as stored */
  saved: R;
  /** per field key, what the person typed that is not saved yet */
  pending: Record<string, PendingEdit<U, E>>;
}

export interface SaveQueueDeps<R, U extends { key: string }, E> {
  get(): SaveState<R, U, E>;
  set(update: (state: SaveState<R, U, E>) => Partial<SaveState<R, U, E>>): void;
  /** Writes `recipe` applied to the rules as freshly read (null: nothing to write), under the storage's lock. */
  update(recipe: (fresh: R) => R | null): Promise<Written<R, E>>;
  /** `rules` with `value` in the unit's field, or null when the field's place no longer exists. */
  put(rules: R, unit: U, value: unknown): R | null;
  /** The newly stored rules as kept: parts equal to `prev`'s keep their identity, so only changed fields render. */
  share(prev: R, next: R): R;
}

export interface SaveQueue<U> {
  /** Runs `task` after everything queued before it; a failed task does not stop the queue. */
  serially<T>(task: () => Promise<T>): Promise<T>;
  /** The person changed one field: kept as unsaved at once, saved in its turn if it is still the latest value. */
  edit(unit: U, value: unknown): Promise<void>;
  /** After the stored rules changed, a value refused before may now be valid: try the refused ones again. */
  retryWaiting(): Promise<void>;
  /** Drops the unsaved values of the fields whose key `keys` picks. */
  drop(keys: (key: string) => boolean): void;
}

export function createSaveQueue<R, U extends { key: string }, E>(deps: SaveQueueDeps<R, U, E>): SaveQueue<U> {
  const { get, set } = deps;
  let queue: Promise<unknown> = Promise.resolve();

  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const drop = (keys: (key: string) => boolean) =>
    set((s) => ({ pending: Object.fromEntries(Object.entries(s.pending).filter(([key]) => !keys(key))) }));

  /** Tries to save one field's unsaved value on top of the freshly read rules; true when it was written. */
  async function attempt(key: string): Promise<boolean> {
    const edit = get().pending[key];
    if (!edit) return false;
    let gone = false;
    const result = await deps.update((fresh) => {
      const next = deps.put(fresh, edit.unit, edit.value);
      gone = next === null;
      return next;
    });
    // Object.is: an emptied number field holds NaN, which is not === itself.
    const same = (s: SaveState<R, U, E>) => s.pending[key] !== undefined && Object.is(s.pending[key].value, edit.value);
    if (gone) {
      // Its item was removed (here or in another page): nothing left to save it into.
      if (same(get())) drop((k) => k === key);
      return false;
    }
    if (result.ok) {
      set((s) => {
        const pending = { ...s.pending };
        // A newer value typed meanwhile is still to be saved by its own turn.
        if (same(s)) delete pending[key];
        return { saved: deps.share(s.saved, result.rules), pending };
      });
      await retryWaiting();
      return true;
    }
    set((s) => (same(s) ? { pending: { ...s.pending, [key]: { ...edit, errors: result.errors } } } : {}));
    return false;
  }

  async function retryWaiting(): Promise<void> {
    for (const [key, edit] of Object.entries(get().pending)) {
      if (edit.errors.length === 0) continue;
      const before = get().saved;
      await attempt(key);
      // A save happened and retried the rest itself.
      if (get().saved !== before) return;
    }
  }

  function edit(unit: U, value: unknown): Promise<void> {
    // The reasons of the last try stay until this value has been tried: no flicker while typing.
    set((s) => ({ pending: { ...s.pending, [unit.key]: { unit, value, errors: s.pending[unit.key]?.errors ?? [] } } }));
    return serially(async () => {
      // Typing queues one save per keystroke; only the latest value of a field is worth saving.
      const latest = get().pending[unit.key];
      if (!latest || !Object.is(latest.value, value)) return;
      await attempt(unit.key);
    });
  }

  return { serially, edit, retryWaiting, drop };
}
