/**
 * Cross-post memory: a MinHash signature per composer, kept 14 days (the rules say how long)
 * in storage.local. Signatures cannot be turned back into text; the text itself is never stored.
 */
import { storage } from 'wxt/utils/storage';
import type { NetworkId } from '../settings/schema';
import type { RecentDraft } from '../review/types';

export interface RecentEntry extends RecentDraft {
  /** which composer it came from, so a draft is never compared with itself */
  key: string;
}

const MAX_ENTRIES = 300;
const DAY = 86_400_000;
const item = storage.defineItem<RecentEntry[]>('local:recentDrafts', { fallback: [] });

export function createRecentMemory(persistDelayMs = 1000) {
  let entries: RecentEntry[] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function all(): Promise<RecentEntry[]> {
    entries ??= await item.getValue();
    return entries;
  }

  return {
    /** drafts from other composers within `days` days */
    async others(key: string, now: number, days: number): Promise<RecentDraft[]> {
      return (await all()).filter((e) => e.key !== key && now - e.at <= days * DAY);
    },
    /** remember this composer's latest signature; written to storage after a quiet second */
    async remember(key: string, network: NetworkId, signature: number[], now: number, days: number) {
      const kept = (await all()).filter((e) => e.key !== key && now - e.at <= days * DAY);
      kept.push({ key, network, at: now, signature });
      entries = kept.slice(-MAX_ENTRIES);
      clearTimeout(timer);
      timer = setTimeout(() => void item.setValue(entries ?? []), persistDelayMs);
    },
  };
}
