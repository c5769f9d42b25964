/**
 * DOM helpers the three adapters share: read an editor the way the person sees it, find a
 * control near an editor, and put text in through the editor framework's own input path.
 * Never innerHTML/textContent on a site editor: Draft.js, Quill and Lexical keep their own
 * state, and a DOM edit behind their back leaves the Post button disabled or posts stale text.
 */
import type { Composer, InsertMode, RepostMenu } from './types';
import type { ComposerKind } from '../review/types';

/** Elements that start a new line: the paragraphs and blocks Draft.js, Quill, Lexical and Tiptap render. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Not part of the draft: a placeholder drawn inside the editor (some builds do), Quill's paste buffer. */
const SKIP = 'script, style, template, .ql-clipboard, [class*="placeholder" i]';

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName);

/** True when nothing the person sees follows this <br> inside its block: the block's closing line break. */
function isTrailingBreak(br: Element, block: Element): boolean {
  for (let node: Node | null = br; node && node !== block; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? next.nodeValue !== '' : next.nodeType === Node.ELEMENT_NODE) return false;
    }
  }
  return true;
}

/**
 * The editor's text as the person sees it: one line per block (an empty block is an empty line),
 * `<br>` inside a block as a line break, emoji images as their `alt`, no-break spaces as spaces.
 * Mentions, hashtags and links are decorated spans or anchors around their own text, so they read as text.
 */
/** An adapter's composerOf: the editor must match the site's editor selector and have a kind we support. */
export function composerFrom(editor: HTMLElement, selector: string, kindOf: (editor: HTMLElement) => ComposerKind | null): Composer | null {
  if (!editor.matches(selector)) return null;
  const kind = kindOf(editor);
  return kind ? { editor, kind } : null;
}

/** What decides a composer's kind besides the editor's ancestors, for `keptComposerOf`. */
export interface KindSurroundings {
  /** the element whose content decides the kind (a modal, a dialog), found from the editor's ancestors; null: none */
  scope(editor: HTMLElement): Element | null;
  /** elements whose arrival, departure or move in the scope can change the kind (posts shown beside the box, a send button…) */
  decisive: string;
}

/** Attributes of the editor that decide whether it matches an editor selector. */
const EDITOR_ATTRIBUTES = ['class', 'contenteditable', 'data-testid', 'data-lexical-editor', 'role'];
/** Attributes in the scope that decide a kind (a dialog's modality, an element's hook). */
const SCOPE_ATTRIBUTES = ['aria-modal', 'role', 'data-testid'];

interface Kept {
  composer: Composer | null;
  /** the editor matched the editor selector */
  matched: boolean;
  href: string;
  parent: Node | null;
  scope: Element | null;
  stale: boolean;
  observer: MutationObserver;
}

/**
 * An adapter's composerOf whose answer is kept per editor. The runtime asks on every draft sent, so on
 * nearly every keystroke: the kind is decided when first asked and again only when the editor's own
 * surroundings change — its attributes, its parent, the page's URL, its scope (the modal it is in) or,
 * in that scope and outside the editor, an element matching `decisive` that comes, goes or is retagged.
 * Nothing is searched while the person types: the editor's own mutations are not looked at, and a
 * mutation elsewhere in the scope costs a check of the nodes it added or removed. A kind that depends
 * on the page beyond the scope (an inline box below a focal post) is decided when the editor is found.
 */
export function keptComposerOf(
  selector: string,
  kindOf: (editor: HTMLElement) => ComposerKind | null,
  { scope: scopeOf, decisive }: KindSurroundings,
): (editor: HTMLElement) => Composer | null {
  const kept = new WeakMap<HTMLElement, Kept>();
  const touches = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.matches(decisive) || (el.firstElementChild && el.querySelector(decisive))) return true;
    }
    return false;
  };
  const changes = (editor: HTMLElement, entry: Kept, records: MutationRecord[]) => {
    for (const r of records) {
      if (r.target === editor) {
        // Its own attributes (Quill's `ql-blank` class comes and goes with the text): only whether it is an editor counts.
        if (r.type === 'attributes' && editor.matches(selector) !== entry.matched) return true;
        continue; // the editor's own content: typing
      }
      if (editor.contains(r.target)) continue;
      if (r.type === 'attributes' || touches(r.addedNodes) || touches(r.removedNodes)) return true;
    }
    return false;
  };
  const decide = (editor: HTMLElement, scope: Element | null): Kept => {
    const observer = new MutationObserver((records) => {
      const entry = kept.get(editor);
      if (entry && !entry.stale && changes(editor, entry, records)) entry.stale = true;
    });
    observer.observe(editor, { attributes: true, attributeFilter: EDITOR_ATTRIBUTES });
    if (scope) observer.observe(scope, { childList: true, subtree: true, attributes: true, attributeFilter: SCOPE_ATTRIBUTES });
    const matched = editor.matches(selector);
    const kind = matched ? kindOf(editor) : null;
    const composer = kind ? { editor, kind } : null;
    const entry: Kept = { composer, matched, href: location.href, parent: editor.parentNode, scope, stale: false, observer };
    kept.set(editor, entry);
    return entry;
  };
  return (editor) => {
    // Out of the page nothing observes it: decided afresh each time (rare: a late or batched call).
    if (!editor.isConnected) return composerFrom(editor, selector, kindOf);
    const entry = kept.get(editor);
    const scope = scopeOf(editor);
    if (entry) {
      // Changes not yet delivered to the callback (made in this same task) count too.
      const pending = entry.observer.takeRecords();
      if (!entry.stale && pending.length && changes(editor, entry, pending)) entry.stale = true;
      if (!entry.stale && entry.scope === scope && entry.parent === editor.parentNode && entry.href === location.href)
        return entry.composer;
      entry.observer.disconnect();
    }
    return decide(editor, scope).composer;
  };
}

export function readBlocks(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const lines: string[] = [];
  let line: string | null = null;

  const walk = (parent: Element, block: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        line = (line ?? '') + (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.matches(SKIP)) continue;
      if (el.tagName === 'BR') {
        if (isTrailingBreak(el, block)) line ??= '';
        else {
          lines.push(line ?? '');
          line = '';
        }
      } else if (el.tagName === 'IMG') {
        line = (line ?? '') + (el.getAttribute('alt') ?? '');
      } else if (isBlock(el)) {
        if (line !== null) lines.push(line);
        line = null;
        const before = lines.length;
        walk(el, el);
        if (line !== null) lines.push(line);
        else if (lines.length === before) lines.push('');
        line = null;
      } else {
        walk(el, block);
      }
    }
  };

  walk(editor, editor);
  if (line !== null) lines.push(line);
  return lines.join('\n');
}

/**
 * The first element matching `selector` in the nearest ancestor of `from` that holds one, up to
 * and including `stop`. Composer controls (X's toolbar, LinkedIn's action bar) are cousins of the
 * editor, not its ancestors, so "closest" alone cannot find them.
 */
export function nearest<T extends Element = HTMLElement>(from: Element, selector: string, stop?: Element | null): T | null {
  for (let el = from.parentElement; el; el = el.parentElement) {
    const hit = el.querySelector<T>(selector);
    if (hit) return hit;
    if (el === stop) break;
  }
  return null;
}

/** The last element matching `selector` inside `scope` that is not part of `editor`. */
export function lastOutside<T extends Element = HTMLElement>(scope: ParentNode, selector: string, editor: Element): T | null {
  const all = [...scope.querySelectorAll<T>(selector)].filter((el) => !editor.contains(el));
  return all.at(-1) ?? null;
}

/**
 * A repost menu whose two items both have a selector hook: both must be there, in the same menu
 * (or dialog), or the menu is not the one we know.
 */
export function menuBySelectors(doc: Document, plain: string, quote: string): RepostMenu | null {
  const plainItem = doc.querySelector<HTMLElement>(plain);
  const quoteItem = doc.querySelector<HTMLElement>(quote);
  if (!plainItem || !quoteItem) return null;
  const element = plainItem.closest<HTMLElement>('[role="menu"], [role="dialog"]') ?? plainItem;
  return element.contains(quoteItem) || element === plainItem ? { element, plain: plainItem, quote: quoteItem } : null;
}

/**
 * A quote composer known by how it opened: where the post it shares has no hook, the composer that
 * opens right after the person (or the share prompt for them) picked the menu's quote item is that
 * quote, once; it stays a quote. The pick is noted in the capture phase, before the site's own handler
 * opens the composer (the observer may see it open at once).
 */
export function quoteByOpening(windowMs = 5000) {
  let chosenAt = Number.NEGATIVE_INFINITY;
  const watched = new WeakSet<Element>();
  const quotes = new WeakSet<HTMLElement>();
  return {
    /** Note a pick of this quote item (click, or Enter/Space on it). */
    watch(item: HTMLElement): void {
      if (watched.has(item)) return;
      watched.add(item);
      const chosen = () => {
        chosenAt = Date.now();
      };
      item.addEventListener('click', chosen, { capture: true });
      item.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && chosen(), { capture: true });
    },
    /** Whether this composer is the quote the last pick opened (or an earlier one). */
    isQuote(editor: HTMLElement): boolean {
      if (quotes.has(editor)) return true;
      if (Date.now() - chosenAt >= windowMs) return false;
      chosenAt = Number.NEGATIVE_INFINITY; // once: a composer opened later is a new post
      quotes.add(editor);
      return true;
    },
  };
}

/** Whether `a` comes before `b` in document order. */
export const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The caret position at the very start or end of the editor's text, inside its innermost block. */
function edgePosition(editor: HTMLElement, atEnd: boolean): { node: Node; offset: number } {
  let node: Node = editor;
  for (;;) {
    const child: ChildNode | null = atEnd ? node.lastChild : node.firstChild;
    if (!child) return { node, offset: atEnd ? node.childNodes.length : 0 };
    if (child.nodeType === Node.TEXT_NODE) return { node: child, offset: atEnd ? (child.nodeValue ?? '').length : 0 };
    if (child.nodeType !== Node.ELEMENT_NODE || ['BR', 'IMG'].includes((child as Element).tagName)) {
      // Before an empty block's <br> (where the browser puts the caret itself), or beside an image.
      const index = Array.prototype.indexOf.call(node.childNodes, child);
      const beforeBreak = (child as Element).tagName === 'BR';
      return { node, offset: atEnd && !beforeBreak ? index + 1 : index };
    }
    node = child;
  }
}

/** The selection object that sees inside a shadow root too (Chromium's ShadowRoot.getSelection). */
function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root instanceof ShadowRoot && typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
}

/** Focus the editor and select where `mode` puts the text: all of it (replace), its end or its start. */
export function placeSelection(editor: HTMLElement, mode: InsertMode): void {
  editor.focus({ preventScroll: true });
  const range = document.createRange();
  if (mode === 'replace') {
    const start = edgePosition(editor, false);
    const end = edgePosition(editor, true);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } else {
    const at = edgePosition(editor, mode === 'append');
    range.setStart(at.node, at.offset);
    range.collapse(true);
  }
  const selection = selectionFor(editor) ?? document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Poll `done` until it holds or `timeoutMs` passes: editors apply input in a microtask or the next frame. */
async function settle(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (done()) return true;
    if (Date.now() >= until) return false;
    await delay(16);
  }
}

/**
 * Spacing-insensitive within a line (editors keep spaces, no-break spaces and trailing spaces their own
 * way), but every line break counts: paragraphs run together are not the text that was asked for.
 */
const squash = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();

/** Dispatch a paste of `text`; true if the page's editor took it up (it cancels the event to paste itself). */
export function dispatchPaste(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * An editor framework's input paths, tried in order until one changes the draft:
 * - `paste`: a synthetic paste with a DataTransfer — Draft.js and Lexical handle it and keep paragraphs.
 *   A browser does nothing with a synthetic paste, so one nobody cancelled changed nothing: next path.
 * - `execCommand`: `insertText`, which fires a trusted beforeinput/input pair like typing does
 *   (Quill, Lexical, and Draft.js for single lines).
 */
export type InputPath = 'paste' | 'execCommand';

/** How long an editor may take to show text it accepted. */
const SETTLE_MS = 600;

/**
 * Insert `text` through the first input path that works, then read back: resolves true only when
 * the draft reads exactly as intended. A path that changed the draft wrongly is not followed by
 * another (that would insert twice): the caller offers "copy and paste it yourself" instead.
 */
export async function insertThrough(
  editor: HTMLElement,
  text: string,
  mode: InsertMode,
  paths: readonly InputPath[],
  read: (editor: HTMLElement) => string,
): Promise<boolean> {
  placeSelection(editor, mode);
  // Frameworks pick the caret up from selectionchange, which the browser fires in a later task.
  await delay(0);
  const before = read(editor);
  const expected = squash(mode === 'replace' ? text : mode === 'append' ? before + text : text + before);
  const took = () => squash(read(editor)) === expected;
  const changed = () => read(editor) !== before;
  if (took()) return true; // replacing a draft with the same text

  for (const path of paths) {
    if (path === 'paste') {
      if (!dispatchPaste(editor, text) && !changed()) continue;
    } else if (!document.execCommand('insertText', false, text)) {
      continue;
    }
    await settle(changed, SETTLE_MS);
    if (!changed()) continue;
    return settle(took, SETTLE_MS);
  }
  return false;
}
