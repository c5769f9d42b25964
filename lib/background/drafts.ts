/**
 * The background's draft service: runs the review once per change, keeps the latest draft
 * and its review per tab in storage.session (so a restarted service worker and the side
 * panel both find it), and answers the badge. What is stored is bounded; a review that could
 * not be made or stored is said to be so on the badge and the panel, never shown as the old one.
 */
import { review } from '../review/review';
import { contextAt } from '../review/context';
import { fingerprint } from '../review/fingerprint';
import { draftItem, isFailed, lastDraftTab } from '../drafts/state';
import type { FailedDraft, StoredDraft, TabDraft } from '../drafts/state';
import { boundDraft } from '../drafts/bound';
import type { BadgeState, DraftUpdate } from '../messaging/protocol';
import type { Lang, Rules } from '../settings/schema';
import type { Review, ReviewContext } from '../review/types';
import { createRecentMemory } from './recent';
import { serialByKey } from '../serial';
import { logOnce } from '../log';
import { onPage } from '../messaging/page-port';

import { AGAIN_MS, REVIEW_BUDGET_MS } from './budget';

export { AGAIN_MS, REVIEW_BUDGET_MS };

/**
 * While the person types, a tab's draft is written to storage.session at most once in this long: the
 * first change after a pause at once (the panel follows within its 100 ms), then the latest one at the
 * end of each interval. The badge's answer never waits for a write.
 */
export const SESSION_WRITE_MS = 250;

/** The badge of a draft whose review could not be made or stored: it claims no verdict. */
export const FAILED_BADGE: BadgeState = { verdict: 'error', open: 0, empty: false };

export function badgeOf(r: Review): BadgeState {
  const open = r.checks.filter((c) => c.status !== 'pass' && !c.dismissed).length;
  const failing = r.checks.filter((c) => c.status === 'fail' && !c.dismissed).map((c) => c.id);
  const points = failing.length ? { failing: failing.sort() } : {};
  if (r.incomplete) {
    // A review that stopped early never says "ready", whatever the checks that ran found.
    return { verdict: r.verdict === 'ready' ? 'consider' : r.verdict, open, empty: false, incomplete: true, ...points };
  }
  return { verdict: r.verdict, open, empty: r.skipped.some((s) => s.why === 'empty'), ...points };
}

export interface DraftServiceDeps {
  rules: () => Promise<Rules>;
  locale: Lang;
  now?: () => Date;
  /** the time budget of one review; by default REVIEW_BUDGET_MS on performance.now() */
  budget?: () => NonNullable<ReviewContext['budget']>;
  /**
   * A typing burst's later draft could not be stored, after its badge was answered: the failure record
   * is in storage (the panel says so), and this tells the composer's badge.
   */
  storeFailed?: ((tabId: number, composerId: string, state: BadgeState) => void) | undefined;
  /**
   * A review that ran out of time was made again, once, a moment later (see AGAIN_MS), and this is its
   * badge: on a cold worker or a busy machine even a short draft can run past the budget.
   */
  reviewedAgain?: ((tabId: number, composerId: string, state: BadgeState) => void) | undefined;
  /** Each tab's draft as reviewed (null: gone), at once, whether its storage write is held or not: open panels follow it. */
  published?: ((tabId: number, draft: StoredDraft | null) => void) | undefined;
}

/** A tab's draft as the worker knows it: what it needs to review it again. */
interface Entry {
  host: string;
  update: DraftUpdate;
  /** the whole text is known (not only a stored start), so it can be reviewed again */
  whole: boolean;
  dismissed: string[];
  /** the goal chosen for this draft in the panel */
  goal?: string | undefined;
}

function entryOf(stored: StoredDraft): Entry {
  const { composerId, network, kind, host } = stored;
  if (isFailed(stored)) return { host, update: { composerId, network, kind, text: '' }, whole: false, dismissed: [] };
  return {
    host,
    update: { composerId, network, kind, text: stored.text },
    whole: stored.fullLength === undefined,
    dismissed: stored.dismissed,
    goal: stored.goal,
  };
}

export interface Reviewed {
  tabId: number;
  composerId: string;
  state: BadgeState;
}

export function createDraftService({
  rules,
  locale,
  now = () => new Date(),
  budget = () => ({ now: () => performance.now(), ms: REVIEW_BUDGET_MS }),
  storeFailed = () => undefined,
  reviewedAgain = () => undefined,
  published = () => undefined,
}: DraftServiceDeps) {
  const recent = createRecentMemory();
  /** in-memory copy of what is in storage.session, with the whole text; storage is the truth after a restart */
  const cache = new Map<number, Entry>();
  // Every operation on a tab's draft reads it, awaits, and writes it: one at a time per tab.
  const serial = serialByKey<number>();
  // Tabs closed in this worker's life: a draft update still on its way from one must not bring it back.
  const closed = new Set<number>();
  /** per tab: when its draft was last written, and the draft held for the end of the interval */
  const writes = new Map<
    number,
    { at: number; composerId: string; held: TabDraft | null; timer?: ReturnType<typeof setTimeout> | undefined }
  >();
  // The tab of the last draft, as written to storage: written again only when another tab's draft comes.
  let lastTab: number | null = null;
  /** per tab: the composer and text whose review ran out of time and was given its one more try */
  const triedAgain = new Map<number, string>();

  /**
   * A review that ran out of time is made once more after AGAIN_MS, if the draft is still the same: the
   * first review in a worker compiles the rules, and a busy machine slows any, so a short draft can miss
   * the budget once and then fit it. A draft that misses it again is too long indeed and stays so marked;
   * one still being typed is reviewed with its next key instead.
   */
  function againLater(tabId: number, update: DraftUpdate): void {
    const which = `${update.composerId}\n${update.text}`;
    if (triedAgain.get(tabId) === which) return;
    triedAgain.set(tabId, which);
    setTimeout(() => {
      serial(tabId, async () => {
        const entry = cache.get(tabId);
        if (!entry?.whole || closed.has(tabId) || `${entry.update.composerId}\n${entry.update.text}` !== which) return;
        reviewedAgain(tabId, entry.update.composerId, await run(tabId, entry));
      }).catch((e) => logOnce('review:again', e));
    }, AGAIN_MS);
  }

  /** A held draft goes (its tab or composer went, or a write that cannot wait supersedes it). */
  function unhold(tabId: number) {
    const w = writes.get(tabId);
    if (!w) return;
    clearTimeout(w.timer);
    w.timer = undefined;
    w.held = null;
  }

  /**
   * Stores a tab's reviewed draft: at once, or (`coalesce`, a keystroke's) held until its interval ends
   * when the last write was under SESSION_WRITE_MS ago. True when written or held, false when the write failed.
   */
  async function store(tabId: number, draft: TabDraft, coalesce: boolean): Promise<boolean> {
    const w = writes.get(tabId) ?? { at: Number.NEGATIVE_INFINITY, composerId: draft.composerId, held: null };
    writes.set(tabId, w);
    const wait = w.at + SESSION_WRITE_MS - Date.now();
    // Another composer's first draft is written at once: the panel switches to it.
    if (coalesce && wait > 0 && w.composerId === draft.composerId) {
      w.held = draft;
      w.timer ??= setTimeout(() => {
        w.timer = undefined;
        void serial(tabId, () => flush(tabId)).catch((e) => logOnce('draft:flush', e));
      }, wait);
      return true;
    }
    unhold(tabId);
    w.at = Date.now();
    w.composerId = draft.composerId;
    try {
      await draftItem(tabId).setValue(draft);
      return true;
    } catch (e) {
      // storage.session full (its quota), or anything else: the old review must not stand for this draft.
      logOnce('draft:store', e);
      return false;
    }
  }

  /** The end of an interval: the held draft is written, or its failure recorded and told to its badge. */
  async function flush(tabId: number): Promise<void> {
    const w = writes.get(tabId);
    const draft = w?.held;
    if (!w || !draft || closed.has(tabId)) return;
    w.held = null;
    w.at = Date.now();
    try {
      await draftItem(tabId).setValue(draft);
    } catch (e) {
      logOnce('draft:store', e);
      const { host, composerId, network, kind, text, updatedAt } = draft;
      storeFailed(tabId, composerId, await fail(tabId, host, { composerId, network, kind, text }, updatedAt));
    }
  }

  async function current(tabId: number): Promise<Entry | null> {
    const cached = cache.get(tabId);
    if (cached) return cached;
    const stored = await draftItem(tabId).getValue();
    return stored ? entryOf(stored) : null;
  }

  /** The review could not be made or stored: a small record replaces the old one, or the old one goes. */
  async function fail(tabId: number, host: string, update: DraftUpdate, at: number): Promise<BadgeState> {
    const { composerId, network, kind } = update;
    // A draft held from earlier in the burst must not overwrite this record when its interval ends.
    unhold(tabId);
    const record: FailedDraft = { composerId, network, kind, tabId, host, updatedAt: at, failed: true };
    published(tabId, record);
    try {
      await draftItem(tabId).setValue(record);
    } catch (e) {
      logOnce('draft:fail-record', e);
      await draftItem(tabId)
        .removeValue()
        .catch((e2) => logOnce('draft:remove', e2));
    }
    return FAILED_BADGE;
  }

  async function run(tabId: number, entry: Entry, coalesce = false): Promise<BadgeState> {
    const { host, update, dismissed, goal } = entry;
    const at = now();
    // Kept before anything can fail: a later rules change or dismissal reviews this text, not an older one.
    cache.set(tabId, entry);
    let draft: TabDraft;
    let reviewed: Review;
    const key = `${tabId}:${update.composerId}`;
    let days = 14;
    try {
      const r = await rules();
      days = r.thresholds.crosspostDays;
      const others = await recent.others(key, at.getTime(), days);
      const { network, kind, text } = update;
      const chosen = goal === undefined ? {} : { goal };
      const context: ReviewContext = { ...contextAt(at, locale, { recent: others, dismissed, ...chosen }), budget: budget() };
      reviewed = review({ network, kind, text }, r, context);
      if (reviewed.incomplete === 'budget') againLater(tabId, update);
      draft = boundDraft({ ...update, tabId, host, review: reviewed, dismissed, ...chosen, updatedAt: at.getTime() });
    } catch (e) {
      logOnce('review', e);
      return fail(tabId, host, update, at.getTime());
    }
    if (!(await store(tabId, draft, coalesce))) return fail(tabId, host, update, at.getTime());
    published(tabId, draft);
    if (!reviewed.skipped.some((s) => s.why === 'empty')) {
      await recent.remember(key, update.network, fingerprint(update.text), at.getTime(), days);
    }
    return badgeOf(draft.review);
  }

  return {
    update(tabId: number, host: string, update: DraftUpdate): Promise<BadgeState | null> {
      return serial(tabId, async () => {
        if (closed.has(tabId)) return null;
        const previous = await current(tabId).catch((e) => {
          logOnce('draft:read', e);
          return null;
        });
        // Dismissals and the chosen goal belong to one draft in one composer.
        const same = previous?.update.composerId === update.composerId;
        const dismissed = same ? previous.dismissed : [];
        const goal = same ? previous.goal : undefined;
        // A keystroke's draft: its write may be coalesced with the next ones of the burst.
        const state = await run(tabId, { host, update, whole: true, dismissed, goal }, true);
        if (lastTab !== tabId) {
          lastTab = tabId;
          await lastDraftTab.setValue(tabId).catch((e) => {
            lastTab = null;
            logOnce('lastDraftTab', e);
          });
        }
        return state;
      });
    },

    /** Dismisses a check on the draft the panel showed: not on another composer's that took its place. */
    dismiss(tabId: number, composerId: string, checkId: string, on: boolean): Promise<Reviewed | null> {
      return serial(tabId, async () => {
        const previous = await current(tabId);
        // Only the start of a very long draft survived a worker restart: it is reviewed again with its next edit.
        if (!previous || !previous.whole || previous.update.composerId !== composerId) return null;
        const dismissed = on ? [...new Set([...previous.dismissed, checkId])] : previous.dismissed.filter((id) => id !== checkId);
        return { tabId, composerId, state: await run(tabId, { ...previous, dismissed }) };
      });
    },

    /** Chooses the goal the panel's draft serves (null: none), as `dismiss` does a dismissal: not for another composer's. */
    chooseGoal(tabId: number, composerId: string, goal: string | null): Promise<Reviewed | null> {
      return serial(tabId, async () => {
        const previous = await current(tabId);
        if (!previous || !previous.whole || previous.update.composerId !== composerId) return null;
        return { tabId, composerId, state: await run(tabId, { ...previous, goal: goal ?? undefined }) };
      });
    },

    /** A composer went away (`composerId`), or its whole tab did (none). */
    /**
     * The tab closed (no `which`), one composer went (its id), a whole page went (`{ page }`: every
     * composer whose id it prefixes, see lib/messaging/page-port.ts), or the tab loads another
     * document (`{}`: whatever page the draft came from; the tab stays open for the next one).
     */
    gone(tabId: number, which?: string | { page?: string }): Promise<void> {
      if (which === undefined) closed.add(tabId);
      return serial(tabId, async () => {
        const previous = await current(tabId);
        if (!previous) return;
        const id = previous.update.composerId;
        if (typeof which === 'string' && id !== which) return;
        if (typeof which === 'object' && which.page !== undefined && !onPage(id, which.page)) return;
        // The draft is gone from storage: the next one is written at once.
        unhold(tabId);
        writes.delete(tabId);
        cache.delete(tabId);
        triedAgain.delete(tabId);
        published(tabId, null);
        await draftItem(tabId).removeValue();
      });
    },

    /** rules changed: review every open draft again */
    async rereviewAll(tabIds: number[]): Promise<Reviewed[]> {
      const out: Reviewed[] = [];
      for (const tabId of tabIds) {
        const done = await serial(tabId, async () => {
          const previous = await current(tabId);
          if (!previous?.whole) return null;
          return { tabId, composerId: previous.update.composerId, state: await run(tabId, previous) };
        });
        if (done) out.push(done);
      }
      return out;
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
