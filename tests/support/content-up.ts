import { SEEN_ANIMATION } from '../../lib/content/observe';

/**
 * Run in a site's page (Playwright's or Puppeteer's waitForFunction, with `CONTENT_UP_ARG`): whether
 * Postcheck's content script has stood up there. Its stylesheet (lib/content/observe.ts, the animation
 * named `seen`) goes on the document in the same task as its click listeners, so a click after this is
 * seen. Browsers run the script at document_idle, which may come just after the load a test's navigation
 * waits for. The name is passed in: the function runs in the page, where nothing imported here exists.
 */
export function contentScriptStoodUp(seen: string): boolean {
  return document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(seen)));
}

export const CONTENT_UP_ARG = SEEN_ANIMATION;
