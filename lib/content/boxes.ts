/**
 * Text boxes the adapters do not know: the way in when a site changes its markup. The person can
 * adopt any box with "Review with Postcheck" (the context menu), and a multi-line box they type into
 * that no adapter recognises is offered for review (toolbar badge, side panel). Nothing here touches
 * a box: it is only looked at, once, at the person's first typing in it; only the person's choice
 * adopts it (adoption.ts).
 */
import type { SiteAdapter } from '../sites/types';
import { isChatBox } from '../sites/chats';

/** Single-line inputs the context menu may adopt (the person's explicit choice); never offered unasked. */
const TEXT_INPUTS = new Set(['text', 'search', '']);

/** The box an event target belongs to: a textarea, a text input, or the editing host of a contenteditable. */
export function editableBox(target: unknown): HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) ? target : null;
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let host = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** A textarea or input's text; a contenteditable is read by the adapter (its readDraft reads any). */
export const fieldValue = (box: HTMLElement): string | null =>
  box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement ? box.value : null;

/** Roles of boxes that take one line (a search or an address field), whatever element draws them. */
const SINGLE_LINE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton', 'slider']);

/** A box for writing more than a line: a textarea or a contenteditable that is not a search field. */
export function isMultiLine(box: HTMLElement): boolean {
  if (box instanceof HTMLInputElement) return false;
  if (box instanceof HTMLTextAreaElement && (box.readOnly || box.disabled)) return false;
  if (box.getAttribute('aria-multiline') === 'false' || box.getAttribute('aria-readonly') === 'true') return false;
  if (SINGLE_LINE_ROLES.has(box.getAttribute('role') ?? '')) return false;
  return !box.closest('[role="search"], search, form[role="search"]');
}

/**
 * What a box the person typed into is to us:
 * - 'known': an adapter recognises it (a composer, tracked or about to be), or we already review it;
 * - 'excluded': an adapter recognises it and leaves it out (a chat), or it is a direct message;
 * - 'other': not a box for a post (one line, a search field, read-only);
 * - 'unrecognised': a multi-line box on a supported site that nothing recognises — to be offered.
 */
export type BoxClass = 'known' | 'excluded' | 'other' | 'unrecognised';

export function classifyBox(adapter: SiteAdapter, box: HTMLElement, path: string): BoxClass {
  if (box.closest('[data-postcheck]')) return 'known';
  const editor = box.matches(adapter.editorSelector)
    ? box
    : (box.closest<HTMLElement>(adapter.editorSelector) ?? box.querySelector<HTMLElement>(adapter.editorSelector));
  if (editor) return adapter.composerOf(editor) ? 'known' : 'excluded';
  if (!isMultiLine(box)) return 'other';
  return isChatBox(adapter.network, box, path) ? 'excluded' : 'unrecognised';
}

/** Events the person makes while typing and a page script cannot (see engagement.ts's ENGAGING). */
const TYPING = ['keydown', 'paste', 'drop'] as const;

export interface UnrecognisedWatch {
  /** a trusted engaging event inside a box in sight (engagement.ts's engagedBy) */
  engagedBy(event: Event, box: HTMLElement): boolean;
  classify(box: HTMLElement): BoxClass;
  /** the person typed into an unrecognised box */
  offer(box: HTMLElement): void;
}

/**
 * Calls `offer` when the person types into an unrecognised box. Returns the handler for a focus on an
 * element no adapter selector matched (observe.ts calls it): a box seen for the first time gets a few
 * listeners until its first typing — the person's own key, paste or drop, then a trusted input — is
 * classified, once; then they go, and the answer is kept for the element's life. Nothing runs per
 * keystroke after that, nor on the page's own input events.
 */
export function watchUnrecognised(watch: UnrecognisedWatch, signal: AbortSignal): (target: Element) => void {
  const seen = new WeakMap<HTMLElement, BoxClass | 'pending'>();
  return (target) => {
    const box = editableBox(target);
    if (!box || seen.has(box) || signal.aborted) return;
    seen.set(box, 'pending');
    const listening = new AbortController();
    const stop = () => listening.abort();
    signal.addEventListener('abort', stop, { once: true, signal: listening.signal });
    let engaged = false;
    const onTyping = (event: Event) => {
      if (watch.engagedBy(event, box)) engaged = true;
    };
    const onInput = (event: Event) => {
      if (!engaged || !event.isTrusted) return;
      stop();
      const found = watch.classify(box);
      seen.set(box, found);
      if (found === 'unrecognised') watch.offer(box);
    };
    for (const type of TYPING) box.addEventListener(type, onTyping, { capture: true, signal: listening.signal });
    box.addEventListener('input', onInput, { capture: true, signal: listening.signal });
  };
}

/**
 * Text into an adopted textarea or input the way typing puts it there: select where `mode` says, then
 * execCommand('insertText'), which fires the input events the page's own code listens to (a value set
 * from script would not reach a React-controlled field). True when the field then reads as intended.
 */
export function insertIntoField(
  field: HTMLTextAreaElement | HTMLInputElement,
  text: string,
  mode: 'append' | 'replace' | 'prepend',
): Promise<boolean> {
  const before = field.value;
  const expected = mode === 'replace' ? text : mode === 'append' ? before + text : text + before;
  field.focus({ preventScroll: true });
  if (mode === 'replace') field.setSelectionRange(0, before.length);
  else {
    const at = mode === 'append' ? before.length : 0;
    field.setSelectionRange(at, at);
  }
  document.execCommand('insertText', false, text);
  return Promise.resolve(field.value === expected);
}
