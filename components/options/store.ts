/**
 * The options page's state: the rules as stored (always valid) and, per field, what the person
 * typed that is not saved yet. Every edit is saved at once as a change of its one field, applied
 * by the storage to the rules as freshly read under a lock shared by every page of the extension
 * (lib/settings/storage.ts): another page's change (an import, typing elsewhere) is never undone
 * by this page's save, except in the field the person is typing in, whose next key saves their whole
 * text (fields/useRawText.ts); two pages typing into one field leave the last keystroke's value.
 * An invalid value writes nothing; the field keeps the typed value and the reasons, and the
 * stored rules keep the last valid value. A field waiting on another (a window's end before its
 * start) is tried again after every save, so it saves as soon as the other field makes it valid.
 *
 * Saving writes this browser's copy at once; storage.sync follows within the write budget that
 * all pages share (lib/settings/budget.ts), so typing never waits and sync never refuses.
 *
 * This page's own saves run one after another through one queue (lib/settings/save-queue.ts), so only
 * the latest value of a field typed quickly is written, and a change from elsewhere is read in between.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { MINUTE_BUCKET } from '../../lib/settings/budget';
import { defaultRules } from '../../lib/settings/defaults';
import type { RulesError } from '../../lib/settings/parse';
import type { Rules } from '../../lib/settings/schema';
import { rulesStorage } from '../../lib/settings/storage';
import type { RulesStorage, SaveResult, StoredRules, SyncNotice } from '../../lib/settings/storage';
import { createSaveQueue } from '../../lib/settings/save-queue';
import type { PendingEdit as SaveQueuePendingEdit } from '../../lib/settings/save-queue';
import { getIn, isUnder, setIn } from './paths';
import { shareUnchanged } from './share';
import type { Unit } from './paths';

/** What the person typed in one field that is not saved yet (lib/settings/save-queue.ts). */
export type PendingEdit = SaveQueuePendingEdit<Unit, RulesError>;

export type ChangeResult = { ok: true } | { ok: false; errors: RulesError[] };

export interface OptionsState {
  loaded: boolean;
  /** the rules as stored: valid, and what the review uses */
  saved: Rules;
  /** parts of the stored rules that could not be read and are in effect as their defaults */
  problems: RulesError[];
  /** what to say about sync (another browser's rules on their way, too large to sync) */
  sync: SyncNotice | null;
  /** this browser's rules are too large to sync and sync holds another browser's: they may be taken */
  syncedAvailable: boolean;
  pending: Record<string, PendingEdit>;
  /** Reads the rules and follows changes made elsewhere; returns the function that stops following. */
  start(): () => void;
  /** The person changed one field: shown at once, saved when valid. */
  edit(unit: Unit, value: unknown): Promise<void>;
  /**
   * A change of shape (an item added or removed), applied to the freshly read rules and saved
   * whole or not at all. `clears`: keys of fields whose place the change moves, so their unsaved values go.
   */
  change(recipe: (rules: Rules) => Rules, clears?: string[]): Promise<ChangeResult>;
  /** New rules as a whole (an import): saved or refused as a whole; unsaved field values go. */
  replace(rules: Rules): Promise<SaveResult>;
  reset(): Promise<SaveResult>;
  /** Takes the rules sync holds instead of this browser's own (those are kept aside). */
  useSynced(): Promise<SaveResult>;
  /** Resolves once every change asked for so far has been saved or refused (before a page closes itself). */
  settle(): Promise<void>;
}

export type OptionsStore = StoreApi<OptionsState>;

/**
 * The sync write budget's minute bucket, for tests that count writes: storage.sync takes 120
 * writes a minute; at most TYPING_SAVE_BURST + one per TYPING_SAVE_SPACING_MS are made.
 */
export const TYPING_SAVE_SPACING_MS = MINUTE_BUCKET.refillMs;
export const TYPING_SAVE_BURST = MINUTE_BUCKET.capacity;

/** `rules` with `value` at the unit's place, or null when the place is gone (its item was removed). */
function putAt(rules: Rules, unit: Unit, value: unknown): Rules | null {
  const path = unit.locate(rules);
  return path ? setIn(rules, path, value) : null;
}

export function createOptionsStore(storage: RulesStorage = rulesStorage()): OptionsStore {
  return createStore<OptionsState>()((set, get) => {
    const shared = (rules: Rules) => shareUnchanged(get().saved, rules);
    const update = (recipe: (fresh: Rules) => Rules | null) => storage.updateRules(recipe);
    const saves = createSaveQueue<Rules, Unit, RulesError>({ get, set, update, put: putAt, share: shareUnchanged });
    const { serially, retryWaiting } = saves;
    // Each read returns fresh copies: what equals the shown value keeps its identity, so a save re-renders
    // only what it changed, not the whole page (a new `problems` array re-rendered every section per key).
    const showStored = (stored: StoredRules) =>
      set((s) => ({
        saved: shareUnchanged(s.saved, stored.rules),
        problems: shareUnchanged(s.problems, stored.problems),
        sync: shareUnchanged(s.sync, stored.sync),
        syncedAvailable: stored.syncedAvailable,
      }));
    const applySaved = (result: SaveResult) => {
      if (result.ok) set((s) => ({ saved: shareUnchanged(s.saved, result.rules), pending: {}, problems: shareUnchanged(s.problems, []) }));
      return result;
    };

    return {
      loaded: false,
      saved: defaultRules(),
      problems: [],
      sync: null,
      syncedAvailable: false,
      pending: {},

      start() {
        // Following starts before the first read, so nothing changed in between is missed.
        const unwatch = storage.watchStoredRules(() => {
          void serially(async () => {
            const before = get().saved;
            showStored(await storage.loadStoredRules());
            if (get().saved !== before) await retryWaiting();
          });
        });
        void serially(async () => {
          showStored(await storage.loadStoredRules());
          set({ loaded: true });
        });
        return unwatch;
      },

      edit: saves.edit,

      change(recipe, clears = []) {
        return serially(async () => {
          const result = await storage.updateRules(recipe);
          if (!result.ok) return { ok: false, errors: result.errors };
          set({ saved: shared(result.rules) });
          saves.drop((key) => clears.some((prefix) => isUnder(key, prefix)));
          await retryWaiting();
          return { ok: true };
        });
      },

      replace: (rules) => serially(async () => applySaved(await storage.replaceRules(rules))),
      reset: () => serially(async () => applySaved(await storage.resetRules())),
      useSynced: () => serially(async () => applySaved(await storage.useSyncedRules())),
      settle: () => serially(() => Promise.resolve()),
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
