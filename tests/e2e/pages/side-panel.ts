// The side panel as a page object: opened as a tab, it follows the most recently edited draft.
import type { Locator, Page } from 'playwright-core';
import { freshExtension, type ExtensionSession } from '../harness';

export class SidePanel {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionSession): Promise<SidePanel> {
    return new SidePanel(await ext.openExtensionPage('sidepanel.html'));
  }

  /** the element carrying data-network, data-kind and data-verdict */
  get root(): Locator {
    return this.page.locator('[data-verdict][data-network]');
  }

  check(id: string): Locator {
    return this.page.locator(`[data-check="${id}"]`);
  }

  status(id: string): Promise<string | null> {
    return this.check(id)
      .getAttribute('data-status', { timeout: 2000 })
      .catch(() => null);
  }

  draftText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}

/** The extension as freshly installed (the worker's shared browser, reset), and the side panel open beside the pages a test opens. */
export async function launchWithPanel(): Promise<{ ext: ExtensionSession; panel: SidePanel }> {
  const ext = await freshExtension();
  return { ext, panel: await SidePanel.open(ext) };
}
