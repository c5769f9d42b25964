/**
 * Our CSS in a document or shadow root of the site's page. An adopted stylesheet where the browser
 * lets a content script adopt one (it stays out of the page's DOM); otherwise a `<style>` element:
 * Firefox refuses a content script's sheet in `adoptedStyleSheets` and may throw on reading it.
 */
export interface PageStyle {
  add(root: Document | ShadowRoot): void;
  remove(root: Document | ShadowRoot): void;
}

export function pageStyle(css: string): PageStyle {
  let sheet: CSSStyleSheet | null = null;
  // Roots that got a <style> element instead of the sheet, held weakly.
  const elements = new WeakMap<Document | ShadowRoot, HTMLStyleElement>();
  return {
    add(root) {
      try {
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
        }
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        const style = document.createElement('style');
        style.textContent = css;
        (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
        elements.set(root, style);
      }
    },
    remove(root) {
      const style = elements.get(root);
      if (style) {
        style.remove();
        elements.delete(root);
      } else if (sheet) {
        const adopted = sheet;
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== adopted);
      }
    },
  };
}
