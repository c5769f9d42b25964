// The badge of one composer as the page shows it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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

/**
 * Waits until the badge by `editor` and the panel show the same verdict of a finished review, and returns
 * it. A review that ran out of its time budget is shown as unfinished and run again a moment later
 * (lib/background/drafts.ts), so a verdict read once from the panel may be one the badge never settles on.
 */
export async function badgeAgreesWithPanel(panel: Page, editor: Locator): Promise<string> {
  const read = async () => ({
    unfinished: await panel.locator('[data-incomplete]').count(),
    panel: await panel.locator('[data-verdict][data-network]').getAttribute('data-verdict'),
    badge: await badgeVerdict(editor),
  });
  await expect.poll(read).toSatisfy((r: Awaited<ReturnType<typeof read>>) => r.unfinished === 0 && !!r.panel && r.panel === r.badge);
  return (await read()).badge!;
}
