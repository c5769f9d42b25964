// A page's port disconnecting drops that page's drafts; ports of others (another extension, no tab,
// another name) are ignored.
import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { watchPagePorts } from '../../../lib/background/page-ports';
import { composerIdOn, newPageId, onPage, pageOfPort, portName, POST } from '../../../lib/messaging/page-port';
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

describe('posts (rpc 0): answers told per key only when they change', () => {
  test('the same answer is not told twice; another key, a change, or an answer after an error is', async () => {
    let connect: ((port: Browser.runtime.Port) => void) | undefined;
    const answers: unknown[] = ['a', 'a', 'b', new Error('review failed'), 'b', 'b'];
    let i = 0;
    watchPagePorts(
      (l) => (connect = l),
      'ours',
      () => {
        const next = answers[i++ % answers.length];
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
      () => undefined,
    );
    const page = fakePort(portName('pabc'), { id: 'ours', tab: { id: 4 } as Browser.tabs.Tab });
    connect!(page.port);
    const post = (key: string) => page.send({ rpc: POST, type: 'draft:update', payload: {}, key });
    for (let n = 0; n < 6; n++) {
      post('p1-0');
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(page.posted).toEqual([
      { rpc: POST, key: 'p1-0', reply: 'a' },
      { rpc: POST, key: 'p1-0', reply: 'b' },
      { rpc: POST, key: 'p1-0', error: 'review failed' },
      { rpc: POST, key: 'p1-0', reply: 'b' },
    ]);
    // Another composer's first answer is told even when it equals this one's.
    i = 5;
    post('p1-1');
    await new Promise((r) => setTimeout(r, 0));
    expect(page.posted.at(-1)).toEqual({ rpc: POST, key: 'p1-1', reply: 'b' });
    // A request with its own rpc is answered every time.
    page.send({ rpc: 7, type: 'draft:update', payload: {} });
    page.send({ rpc: 8, type: 'draft:update', payload: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(page.posted.slice(-2).map((m) => (m as { rpc: number }).rpc)).toEqual([7, 8]);
  });
});

test('a badge told its state another way has the next answer told even when it equals the last one', async () => {
  let connect: ((port: Browser.runtime.Port) => void) | undefined;
  const pages = watchPagePorts(
    (l) => (connect = l),
    'ours',
    () => Promise.resolve('same'),
    () => undefined,
  );
  const page = fakePort(portName('pabc'), { id: 'ours', tab: { id: 4 } as Browser.tabs.Tab });
  connect!(page.port);
  const post = async () => {
    page.send({ rpc: POST, type: 'draft:update', payload: {}, key: 'pabc-0' });
    await new Promise((r) => setTimeout(r, 0));
  };
  await post();
  await post();
  expect(page.posted).toHaveLength(1);
  pages.forget(4, 'pabc-0');
  await post();
  expect(page.posted).toHaveLength(2);
  // Another tab's forget changes nothing here.
  pages.forget(5, 'pabc-0');
  await post();
  expect(page.posted).toHaveLength(2);
});
