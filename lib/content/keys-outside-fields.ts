/**
 * Keys pressed while the focus is outside any text field. The listener is on the document only while
 * that is so: typing into a composer calls none of our code per key (each call into the extension's
 * world costs the page), and keys that open things (Enter, Space on a button) are still heard.
 */
export const isTextField = (target: unknown): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);

/** The focused element, through open shadow roots. */
export function deepFocus(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function onKeysOutsideFields(listener: (event: KeyboardEvent) => void, signal: AbortSignal): void {
  let heard = false;
  const hear = (on: boolean) => {
    if (on === heard || (on && signal.aborted)) return;
    heard = on;
    if (on) document.addEventListener('keydown', listener, { capture: true, signal });
    else document.removeEventListener('keydown', listener, { capture: true });
  };
  document.addEventListener('focusin', (event) => hear(!isTextField(event.composedPath()[0])), { capture: true, signal });
  // Focus leaving for nothing (the page's body): keys are heard again.
  document.addEventListener('focusout', (event) => event.relatedTarget === null && hear(true), { capture: true, signal });
  hear(!isTextField(deepFocus()));
}
