// The badge of one composer as the page shows it.
import type { Locator } from 'playwright-core';

/** The verdict on the badge nearest the editor (its own: the closest ancestor holding a badge). */
export function badgeVerdict(editor: Locator): Promise<string | null> {
  return editor.evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const badge = node.querySelector('postcheck-badge');
      if (badge) return badge.shadowRoot?.querySelector('button')?.getAttribute('data-verdict') ?? null;
    }
    return null;
  });
}
