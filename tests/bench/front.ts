import type { BrowserContext, Page } from 'playwright-core';

/**
 * A fresh install opens the welcome page in a new tab, in front of the page to measure. Chromium
 * renders a tab that is not in front about once a second (its frames, and with them the animation and
 * resize events Postcheck finds composers by) and throttles its timers. So, before the measured page
 * loads: wait for the welcome tab, close it, and bring `page` to the front.
 */
export async function welcomeClosed(context: BrowserContext, page: Page): Promise<void> {
  const welcome = (p: Page) => p.url().endsWith('/welcome.html');
  const deadline = Date.now() + 10_000;
  while (!context.pages().some(welcome)) {
    if (Date.now() > deadline) throw new Error('the welcome page never opened');
    await page.waitForTimeout(50);
  }
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.bringToFront();
}
