/**
 * The person's click into a composer, for happy-dom: it has no trusted events and no layout, so the
 * click is marked trusted as a browser's would be, and the composer given the size it has on the page.
 */
export function engage(editor: HTMLElement): void {
  editor.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 400, height: 60 });
  const click = new MouseEvent('pointerdown', { bubbles: true, composed: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  (editor.querySelector('span') ?? editor).dispatchEvent(click);
}
