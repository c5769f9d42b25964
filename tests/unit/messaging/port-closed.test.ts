// A port that closes for a failure carries its reason in runtime.lastError, which Chromium logs as
// "Unchecked runtime.lastError" into the console of the page holding the port unless it is read while
// the port's onDisconnect listeners run (seen in the side panel when the service worker was stopping).
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { onPortClosed } from '../../../lib/messaging/port-closed';

test('reads the reason a port closed with while its close is handled, then calls back', () => {
  const listeners: (() => void)[] = [];
  const port = { onDisconnect: { addListener: (l: () => void) => listeners.push(l) } } as unknown as Browser.runtime.Port;
  const order: string[] = [];
  const read = vi.fn(() => {
    order.push('read');
    return { message: 'Could not establish connection. Receiving end does not exist.' };
  });
  const own = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'lastError');
  Object.defineProperty(fakeBrowser.runtime, 'lastError', { get: read, configurable: true });
  try {
    onPortClosed(port, () => order.push('closed'));
    expect(read).not.toHaveBeenCalled();
    for (const listener of listeners) listener();
    expect(order).toEqual(['read', 'closed']);
  } finally {
    if (own) Object.defineProperty(fakeBrowser.runtime, 'lastError', own);
    else delete (fakeBrowser.runtime as { lastError?: unknown }).lastError;
  }
});
