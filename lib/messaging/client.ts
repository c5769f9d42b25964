/** Typed senders over the polyfilled runtime/tabs messaging. */
import { browser } from 'wxt/browser';
import type { Message, MessageType, Payload, Reply } from './protocol';

export function sendToBackground<T extends MessageType>(type: T, payload: Payload<T>): Promise<Reply<T>> {
  return browser.runtime.sendMessage<Message<T>, Reply<T>>({ type, payload });
}

/** To the content script of `tabId`: its top frame, or the frame `frameId` names (a context-menu click's frame). */
export function sendToTab<T extends MessageType>(tabId: number, type: T, payload: Payload<T>, frameId?: number): Promise<Reply<T>> {
  const message = { type, payload } satisfies Message<T>;
  return frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
