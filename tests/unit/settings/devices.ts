/**
 * Browsers of one person for the storage tests: each has its own storage.local and its own
 * replica of storage.sync; a sync write lands in the writer's replica at once and in every other
 * replica after `delay` ms (use fake timers), item by item `itemGap` ms apart when set, in the
 * order `order` gives — so a meta can arrive before its chunks, as Chrome sync may deliver them.
 */
import { createRulesStorage } from '../../../lib/settings/storage';
import type { Area, RulesStorage } from '../../../lib/settings/storage';
import { memoryLock } from '../../../lib/settings/lock';
import type { Lock } from '../../../lib/settings/lock';

export class MemoryArea implements Area {
  data: Record<string, unknown> = {};
  private listeners = new Set<(keys: string[]) => void>();
  /** counts of set() and remove() calls, as a browser counts write operations */
  writes = 0;
  /** throws this from the next set() calls while it returns an error */
  refuse: ((items: Record<string, unknown>) => Error | null) | null = null;

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of keys ?? Object.keys(this.data)) if (key in this.data) out[key] = structuredClone(this.data[key]);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const error = this.refuse?.(items);
    if (error) throw error;
    this.writes++;
    this.apply(items);
  }
  async remove(keys: string[]): Promise<void> {
    this.writes++;
    this.drop(keys);
  }
  /** A change arriving from elsewhere: not a write of this browser. */
  apply(items: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(items)) this.data[key] = JSON.parse(JSON.stringify(value));
    this.notify(Object.keys(items));
  }
  drop(keys: string[]): void {
    for (const key of keys) delete this.data[key];
    this.notify(keys);
  }
  watch(cb: (keys: string[]) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  private notify(keys: string[]) {
    if (keys.length) for (const cb of [...this.listeners]) cb(keys);
  }
}

export class SyncService {
  private replicas = new Map<string, MemoryArea>();
  delay = 2_000;
  itemGap = 0;
  /** the order in which a write's keys reach other browsers (default: as written) */
  order: (keys: string[]) => string[] = (keys) => keys;

  replica(name: string): MemoryArea {
    const replica = new MemoryArea();
    this.replicas.set(name, replica);
    const set = replica.set.bind(replica);
    const remove = replica.remove.bind(replica);
    replica.set = async (items) => {
      await set(items);
      this.spread(name, (to, key) => to.apply({ [key]: items[key] }), Object.keys(items));
    };
    replica.remove = async (keys) => {
      await remove(keys);
      this.spread(name, (to, key) => to.drop([key]), keys);
    };
    return replica;
  }

  private spread(from: string, deliver: (to: MemoryArea, key: string) => void, keys: string[]) {
    const ordered = this.order(keys);
    for (const [name, to] of this.replicas) {
      if (name === from) continue;
      ordered.forEach((key, i) => setTimeout(() => deliver(to, key), this.delay + i * this.itemGap));
    }
  }
}

export interface Device {
  name: string;
  local: MemoryArea;
  sync: MemoryArea;
  lock: Lock;
  rules: RulesStorage;
  /** another page of the same browser: same storage, same lock, its own storage instance */
  page(): RulesStorage;
}

export function device(service: SyncService, name: string): Device {
  const local = new MemoryArea();
  const sync = service.replica(name);
  const lock = memoryLock();
  const make = () => createRulesStorage({ local, sync, lock, newDeviceId: () => name });
  return { name, local, sync, lock, rules: make(), page: make };
}
