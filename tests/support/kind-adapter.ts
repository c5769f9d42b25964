import { vi } from 'vitest';
import type { SiteAdapter } from '../../lib/sites/types';
import type { ComposerKind } from '../../lib/ids';

/**
 * A site whose composers are contenteditables that say their kind in `data-kind`, for tests of the
 * content script's pieces; `extra` adds what a test needs of a real adapter (its repost hooks, say).
 */
export function kindAdapter(extra: Partial<SiteAdapter> = {}): SiteAdapter & { insertText: ReturnType<typeof vi.fn> } {
  return {
    network: 'x',
    composerOf: (editor: HTMLElement) => (editor.dataset.kind ? { editor, kind: editor.dataset.kind as ComposerKind } : null),
    readDraft: (editor: HTMLElement) => editor.textContent ?? '',
    insertText: vi.fn((editor: HTMLElement, text: string) => {
      editor.textContent = text;
      return Promise.resolve(true);
    }),
    badgeAnchor: (editor: HTMLElement) => editor,
    ...extra,
  } as unknown as SiteAdapter & { insertText: ReturnType<typeof vi.fn> };
}
