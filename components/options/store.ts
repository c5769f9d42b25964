/**
 * The options page's state: the rules as stored (always valid) and, per field, what the person
 * typed that is not saved yet. Every edit goes through saveRules at once, which validates the
 * whole and writes nothing when it is invalid; then the field keeps the typed value and the
 * reasons, and the stored rules keep the last valid value.
 *
 * Edits to one field are saved on their own, on top of the stored rules: a field left invalid
 * does not hold back changes elsewhere. A field waiting on another (a window's end before its
 * start) is tried again after every save, so it saves as soon as the other field makes it valid.
 *
 * All reads and writes of storage run one after another through one queue, so an edit is always
 * applied to the rules the previous one left, and a change from elsewhere (another browser,
 * through sync) is read in between, never over a save in flight.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { defaultRules } from '../../lib/settings/defaults';
import type { RulesError } from '../../lib/settings/parse';
import type { Rules } from '../../lib/settings/schema';
import { loadRules, loadStoredRules, resetRules, saveRules, watchRules } from '../../lib/settings/storage';
import type { SaveResult } from '../../lib/settings/storage';
import { getIn, isUnder, setIn } from './paths';
import { shareUnchanged } from './share';
import type { Unit } from './paths';

export interface PendingEdit {
  unit: Unit;
  value: unknown;
  /** why the value could not be saved; empty while it is waiting for its turn */
  errors: RulesError[];
}

export type ChangeResult = { ok: true } | { ok: false; errors: RulesError[] };

export interface OptionsState {
  loaded: boolean;
  /** the rules as stored: valid, and what the review uses */
  saved: Rules;
  /** parts of the stored rules that could not be read and are in effect as their defaults */
  problems: RulesError[];
  pending: Record<string, PendingEdit>;
  /** Reads the rules and follows changes made elsewhere; returns the function that stops following. */
  start(): () => void;
  /** The person changed one field: shown at once, saved when valid. */
  edit(unit: Unit, value: unknown): Promise<void>;
  /**
   * A change of shape (an item added or removed), applied to the stored rules and saved whole or
   * not at all. `clears`: keys of fields whose place the change moves, so their unsaved values go.
   */
  change(recipe: (rules: Rules) => Rules, clears?: string[]): Promise<ChangeResult>;
  /** New rules as a whole (an import): saved or refused as a whole; unsaved field values go. */
  replace(rules: Rules): Promise<SaveResult>;
  reset(): Promise<SaveResult>;
}

export type OptionsStore = StoreApi<OptionsState>;

/**
 * Typing saves at once, up to TYPING_SAVE_BURST saves in a row; past that, one save per
 * TYPING_SAVE_SPACING_MS, the latest value each time. storage.sync takes 120 writes a minute
 * (MAX_WRITE_OPERATIONS_PER_MINUTE) and refuses the rest, which a save per keystroke reaches within
 * a minute of steady typing; this allows at most 10 + 100 in any minute.
 */
export const TYPING_SAVE_SPACING_MS = 600;
export const TYPING_SAVE_BURST = 10;

export function createOptionsStore(): OptionsStore {
  let queue: Promise<unknown> = Promise.resolve();
  // A token bucket: TYPING_SAVE_BURST saves at once, refilled one per spacing.
  let tokens = TYPING_SAVE_BURST;
  let refilledAt = Date.now();
  let wake: (() => void) | null = null;
  const refill = () => {
    const now = Date.now();
    tokens = Math.min(TYPING_SAVE_BURST, tokens + (now - refilledAt) / TYPING_SAVE_SPACING_MS);
    refilledAt = now;
  };
  // A hidden page may be closing: it has no time to wait.
  const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
  /** Waits until a typed save may be made; keystrokes typed meanwhile supersede the one waiting. */
  const spaced = async () => {
    refill();
    if (tokens >= 1 || hidden()) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, (1 - tokens) * TYPING_SAVE_SPACING_MS);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wake = null;
    refill();
  };
  // The page being hidden or closed: what was typed last is saved now, not after the spacing (the
  // save waiting is woken; the ones queued behind it do not wait).
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (hidden()) wake?.();
    });
  }
  /** Runs `task` after everything queued before it; a failed task does not stop the queue. */
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  return createStore<OptionsState>()((set, get) => {
    const shared = (rules: Rules) => shareUnchanged(get().saved, rules);
    const dropPending = (keys: (key: string) => boolean) =>
      set((s) => ({ pending: Object.fromEntries(Object.entries(s.pending).filter(([key]) => !keys(key))) }));

    /** Tries to save one field's unsaved value on top of the stored rules; true when it was written. */
    async function attempt(key: string): Promise<boolean> {
      const edit = get().pending[key];
      if (!edit) return false;
      const path = edit.unit.locate(get().saved);
      if (!path) {
        dropPending((k) => k === key);
        return false;
      }
      const result = await saveRules(setIn(get().saved, path, edit.value));
      if (result.ok) {
        set((s) => {
          const pending = { ...s.pending };
          // A newer value typed meanwhile is still to be saved by its own turn.
          if (pending[key] && Object.is(pending[key].value, edit.value)) delete pending[key];
          return { saved: shareUnchanged(s.saved, result.rules), pending };
        });
        await retryWaiting();
        return true;
      }
      set((s) =>
        s.pending[key] && Object.is(s.pending[key].value, edit.value)
          ? { pending: { ...s.pending, [key]: { ...edit, errors: result.errors } } }
          : {},
      );
      return false;
    }

    /** After the stored rules changed, a value refused before may now be valid. */
    async function retryWaiting(): Promise<void> {
      for (const [key, edit] of Object.entries(get().pending)) {
        if (edit.errors.length === 0) continue;
        const before = get().saved;
        await attempt(key);
        // A save happened and retried the rest itself.
        if (get().saved !== before) return;
      }
    }

    const applySaved = (result: SaveResult) => {
      if (result.ok) set({ saved: shared(result.rules), pending: {}, problems: [] });
      return result;
    };

    return {
      loaded: false,
      saved: defaultRules(),
      problems: [],
      pending: {},

      start() {
        // Following starts before the first read, so nothing changed in between is missed.
        const unwatch = watchRules(() => {
          void serially(async () => {
            const rules = await loadRules();
            const next = shared(rules);
            if (next === get().saved) return;
            set({ saved: next });
            await retryWaiting();
          });
        });
        void serially(async () => {
          const stored = await loadStoredRules();
          set({ saved: shared(stored.rules), problems: stored.problems, loaded: true });
        });
        return unwatch;
      },

      edit(unit, value) {
        // The reasons of the last try stay until this value has been tried: no flicker while typing.
        set((s) => ({ pending: { ...s.pending, [unit.key]: { unit, value, errors: s.pending[unit.key]?.errors ?? [] } } }));
        // Typing queues one save per keystroke; only the latest value of a field is worth saving.
        // Object.is: an emptied number field holds NaN, which is not === itself.
        const stale = () => {
          const latest = get().pending[unit.key];
          return !latest || !Object.is(latest.value, value);
        };
        return serially(async () => {
          if (stale()) return;
          await spaced();
          if (stale()) return;
          if (await attempt(unit.key)) tokens -= 1;
        });
      },

      change(recipe, clears = []) {
        return serially(async () => {
          const result = await saveRules(recipe(get().saved));
          if (!result.ok) return { ok: false, errors: result.errors };
          set({ saved: shared(result.rules) });
          dropPending((key) => clears.some((prefix) => isUnder(key, prefix)));
          await retryWaiting();
          return { ok: true };
        });
      },

      replace(rules) {
        return serially(async () => applySaved(await saveRules(rules)));
      },

      reset() {
        return serially(async () => applySaved(await resetRules()));
      },
    };
  });
}

const StoreContext = createContext<OptionsStore | null>(null);
export const OptionsStoreProvider = StoreContext.Provider;

export function useOptions<T>(select: (state: OptionsState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useOptions needs an OptionsStoreProvider');
  return useStore(store, select);
}

export interface FieldState<T> {
  /** what the field shows: the unsaved value if there is one, else the stored one */
  value: T;
  errors: RulesError[];
  set(value: T): void;
}

/** One field of the rules, bound to the store; it renders again only when its own value or reasons change. */
export function useField<T>(unit: Unit): FieldState<T> {
  const stored = useOptions((s) => {
    const found = unit.locate(s.saved);
    return found ? getIn(s.saved, found) : undefined;
  });
  const pending = useOptions((s) => s.pending[unit.key]);
  const edit = useOptions((s) => s.edit);
  return {
    value: (pending ? pending.value : stored) as T,
    errors: pending?.errors ?? [],
    set: (value: T) => void edit(unit, value),
  };
}
