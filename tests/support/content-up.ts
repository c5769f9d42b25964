/**
 * Run in a site's page (Playwright's or Puppeteer's waitForFunction): whether Postcheck's content script
 * has stood up there. Its stylesheet (lib/content/observe.ts, the `postcheck-seen` animation) goes on the
 * document in the same task as its click listeners, so a click after this is seen. Browsers run the
 * script at document_idle, which may come just after the load a test's navigation waits for.
 */
export function contentScriptStoodUp(): boolean {
  return document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('postcheck-seen')));
}
