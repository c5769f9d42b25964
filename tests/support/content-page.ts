/**
 * The content runtime on an X home box in happy-dom, with the background answering through the fake
 * browser (drafts over the page's port, bridged to runtime.onMessage): what the content component
 * tests share.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bridgePortsToMessages } from './fake-port';
import { startContent } from '../../lib/content/runtime';
import { x } from '../../lib/sites/x';

/** A fresh fake browser and page for each test, and the runtime stopped after it. */
export function useContentRuntime(): { signal: () => AbortSignal } {
  let stop = new AbortController();
  beforeEach(() => {
    fakeBrowser.reset();
    bridgePortsToMessages();
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });
  return { signal: () => stop.signal };
}

/** The background's answer to each draft, with the content config a running site gets. */
export function answerDrafts(onDraft: (text: string) => unknown): void {
  fakeBrowser.runtime.onMessage.addListener(async (message: { type: string; payload: { text?: string } }) => {
    if (message.type === 'content:config') return { enabled: true, postGate: 'off', repostMode: 'off', starter: '' };
    if (message.type !== 'draft:update') return undefined;
    return onDraft(message.payload.text ?? '');
  });
}

/** X's home box (Draft.js markup as on the saved pages) holding `text`, with the runtime started on it; its editor once marked. */
export async function startOnXHome(text: string, signal: AbortSignal): Promise<HTMLElement> {
  document.body.innerHTML = `<main><div data-testid="primaryColumn"><div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
    <div class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-text="true">${text}</span></div></div></div></div>
    </div></div></div><div data-testid="toolBar" role="group"><button data-testid="tweetButtonInline" type="button">Post</button></div></div></main>`;
  startContent(x, signal);
  const editor = document.querySelector<HTMLElement>('[data-testid=tweetTextarea_0]')!;
  await vi.waitFor(() => expect(editor.getAttribute('data-postcheck')).toBe('x:post'));
  return editor;
}
