import { storage } from 'wxt/utils/storage';
import type { Habits } from './habits';

/** In storage.local: counts are this browser's own, not synced. */
export const habitsItem = storage.defineItem<Habits>('local:habits', { fallback: {} });
