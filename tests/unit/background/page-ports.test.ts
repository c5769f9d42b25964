// A page's port disconnecting drops that page's drafts; ports of others (another extension, no tab,
// another name) are ignored.
import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { watchPagePorts } from '../../../lib/background/page-ports';
import { composerIdOn, newPageId, onPage, pageOfPort, portName } from '../../../lib/messaging/page-port';
import { fakePort } from '../../support/fake-port';

describe('page ports', () => {
  test('ids: a page id round-trips through the port name and prefixes its composers only', () => {
    const page = newPageId();
    expect(pageOfPort(portName(page))).toBe(page);
    expect(pageOfPort('other-port')).toBeNull();
    expect(pageOfPort(portName('bad id!'))).toBeNull();
    expect(onPage(composerIdOn(page, 11), page)).toBe(true);
    expect(onPage(composerIdOn(`${page}x`, 0), page)).toBe(false);
    expect(new Set(Array.from({ length: 1000 }, newPageId)).size).toBe(1000);
  });

  test('the page going (its port disconnecting) reports the tab and page; foreign ports are ignored', () => {
    let connect: ((port: Browser.runtime.Port) => void) | undefined;
    const gone = vi.fn();
    watchPagePorts(
      (l) => (connect = l),
      'ours',
      () => undefined,
      gone,
    );
    const page = fakePort(portName('pabc'), { id: 'ours', tab: { id: 4 } as Browser.tabs.Tab });
    const foreign = fakePort(portName('pdef'), { id: 'another-extension', tab: { id: 4 } as Browser.tabs.Tab });
    const noTab = fakePort(portName('pghi'), { id: 'ours' });
    const otherName = fakePort('something', { id: 'ours', tab: { id: 4 } as Browser.tabs.Tab });
    for (const p of [page, foreign, noTab, otherName]) connect!(p.port);
    for (const p of [foreign, noTab, otherName]) p.disconnect();
    expect(gone).not.toHaveBeenCalled();
    page.disconnect();
    expect(gone).toHaveBeenCalledExactlyOnceWith(4, 'pabc');
  });

  test('requests over the port are answered by id, errors as their message; a page that went gets nothing', async () => {
    let connect: ((port: Browser.runtime.Port) => void) | undefined;
    const answer = vi.fn((message: unknown, sender: Browser.runtime.MessageSender) => {
      const { type, payload } = message as { type: string; payload: { text: string } };
      if (type === 'fails') return Promise.reject(new Error('storage is full'));
      if (type === 'not-ours') return undefined;
      return Promise.resolve({ echo: payload.text, tab: sender.tab?.id });
    });
    watchPagePorts(
      (l) => (connect = l),
      'ours',
      answer,
      () => {},
    );
    const page = fakePort(portName('pabc'), { id: 'ours', tab: { id: 4 } as Browser.tabs.Tab, url: 'https://x.com/home' });
    connect!(page.port);
    page.send({ rpc: 1, type: 'draft:update', payload: { text: 'hi' } });
    page.send({ rpc: 2, type: 'fails', payload: {} });
    page.send({ rpc: 3, type: 'not-ours', payload: {} });
    page.send({ rpc: 4 }); // not a request
    await vi.waitFor(() => expect(page.posted).toHaveLength(3));
    expect([...page.posted].sort((a, b) => (a as { rpc: number }).rpc - (b as { rpc: number }).rpc)).toEqual([
      { rpc: 1, reply: { echo: 'hi', tab: 4 } },
      { rpc: 2, error: 'storage is full' },
      { rpc: 3, reply: null },
    ]);
    expect(answer.mock.calls[0]![1]).toBe(page.port.sender);
    // The page went before its answer: posting throws, and nothing is thrown out of the background.
    (page.port as unknown as { postMessage: () => void }).postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    page.send({ rpc: 5, type: 'draft:update', payload: { text: 'late' } });
    await vi.waitFor(() => expect(answer).toHaveBeenCalledTimes(4));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
