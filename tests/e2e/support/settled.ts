// Deterministic waits before asserting that something did NOT happen, instead of sleeping a while.
import type { ConsoleMessage, Page } from 'playwright-core';
import { CONTENT_UP_ARG, contentScriptStoodUp } from '../../support/content-up';

/**
 * Resolves once the page has run two animation frames and a task after them. Whatever the content
 * script does in answer to what already happened — event handlers, observers' callbacks, work put off to
 * the next frame — has run by then; its timers are the content clock's to move (./content-clock.ts).
 */
export function settled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          }),
        ),
      ),
  );
}

/** The next warning Postcheck logs (logOnce) in `page` whose text includes `text`: start waiting before the cause. */
export function postcheckWarning(page: Page, text: string): Promise<ConsoleMessage> {
  return page.waitForEvent('console', {
    predicate: (m) => m.type() === 'warning' && m.text().includes('[Postcheck]') && m.text().includes(text),
  });
}

/** Resolves once the content script has stood up on the page (../../support/content-up.ts). */
export async function contentScriptUp(page: Page): Promise<Page> {
  await page.waitForFunction(contentScriptStoodUp, CONTENT_UP_ARG);
  return page;
}
