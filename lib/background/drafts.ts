/**
 * The background's draft service: runs the review once per change, keeps the latest draft
 * and its review per tab in storage.session (so a restarted service worker and the side
 * panel both find it), and answers the badge.
 */
import { review } from '../review/review';
import { contextAt } from '../review/context';
import { fingerprint } from '../review/fingerprint';
import { draftItem, lastDraftTab } from '../drafts/state';
import type { TabDraft } from '../drafts/state';
import type { BadgeState, DraftUpdate } from '../messaging/protocol';
import type { Lang, Rules } from '../settings/schema';
import type { Review } from '../review/types';
import { createRecentMemory } from './recent';
import { serialByKey } from '../serial';

export function badgeOf(r: Review): BadgeState {
  return {
    verdict: r.verdict,
    open: r.checks.filter((c) => c.status !== 'pass' && !c.dismissed).length,
    empty: r.skipped.some((s) => s.why === 'empty'),
  };
}

export interface DraftServiceDeps {
  rules: () => Promise<Rules>;
  locale: Lang;
  now?: () => Date;
}

export function createDraftService({ rules, locale, now = () => new Date() }: DraftServiceDeps) {
  const recent = createRecentMemory();
  /** in-memory copy of what is in storage.session; storage is the truth after a restart */
  const cache = new Map<number, TabDraft>();
  // Every operation on a tab's draft reads it, awaits, and writes it: one at a time per tab.
  const serial = serialByKey<number>();
  // Tabs closed in this worker's life: a draft update still on its way from one must not bring it back.
  const closed = new Set<number>();

  async function current(tabId: number): Promise<TabDraft | null> {
    return cache.get(tabId) ?? (await draftItem(tabId).getValue());
  }

  async function run(tabId: number, host: string, update: DraftUpdate, dismissed: string[]): Promise<TabDraft> {
    const r = await rules();
    const at = now();
    const key = `${tabId}:${update.composerId}`;
    const days = r.thresholds.crosspostDays;
    const others = await recent.others(key, at.getTime(), days);
    const { composerId, network, kind, text } = update;
    const result = review({ network, kind, text }, r, contextAt(at, locale, { recent: others, dismissed }));
    const draft: TabDraft = { composerId, network, kind, text, tabId, host, review: result, dismissed, updatedAt: at.getTime() };
    cache.set(tabId, draft);
    await draftItem(tabId).setValue(draft);
    if (!result.skipped.some((s) => s.why === 'empty')) {
      await recent.remember(key, update.network, fingerprint(update.text), at.getTime(), days);
    }
    return draft;
  }

  return {
    update(tabId: number, host: string, update: DraftUpdate): Promise<BadgeState | null> {
      return serial(tabId, async () => {
        if (closed.has(tabId)) return null;
        const previous = await current(tabId);
        // Dismissals belong to one draft in one composer.
        const dismissed = previous?.composerId === update.composerId ? previous.dismissed : [];
        const draft = await run(tabId, host, update, dismissed);
        await lastDraftTab.setValue(tabId);
        return badgeOf(draft.review);
      });
    },

    /** Dismisses a check on the draft the panel showed: not on another composer's that took its place. */
    dismiss(tabId: number, composerId: string, checkId: string, on: boolean): Promise<TabDraft | null> {
      return serial(tabId, async () => {
        const previous = await current(tabId);
        if (!previous || previous.composerId !== composerId) return null;
        const dismissed = on ? [...new Set([...previous.dismissed, checkId])] : previous.dismissed.filter((id) => id !== checkId);
        return run(tabId, previous.host, previous, dismissed);
      });
    },

    /** A composer went away (`composerId`), or its whole tab did (none). */
    gone(tabId: number, composerId?: string): Promise<void> {
      if (composerId === undefined) closed.add(tabId);
      return serial(tabId, async () => {
        const previous = await current(tabId);
        if (!previous || (composerId && previous.composerId !== composerId)) return;
        cache.delete(tabId);
        await draftItem(tabId).removeValue();
      });
    },

    /** rules changed: review every open draft again */
    async rereviewAll(tabIds: number[]): Promise<TabDraft[]> {
      const out: TabDraft[] = [];
      for (const tabId of tabIds) {
        const draft = await serial(tabId, async () => {
          const previous = await current(tabId);
          return previous ? run(tabId, previous.host, previous, previous.dismissed) : null;
        });
        if (draft) out.push(draft);
      }
      return out;
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
