// A page's port disconnecting drops that page's drafts; ports of others (another extension, no tab,
// another name) are ignored.
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { watchPagePorts } from '../../../lib/background/page-ports';
import { composerIdOn, newPageId, onPage, pageOfPort, portName } from '../../../lib/messaging/page-port';

function fakePort(name: string, sender: Runtime.MessageSender) {
  const listeners: (() => void)[] = [];
  const port = { name, sender, onDisconnect: { addListener: (l: () => void) => listeners.push(l) } } as unknown as Runtime.Port;
  return { port, disconnect: () => listeners.forEach((l) => l()) };
}

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
    let connect: ((port: Runtime.Port) => void) | undefined;
    const gone = vi.fn();
    watchPagePorts((l) => (connect = l), 'ours', gone);
    const page = fakePort(portName('pabc'), { id: 'ours', tab: { id: 4 } as Runtime.MessageSender['tab'] });
    const foreign = fakePort(portName('pdef'), { id: 'another-extension', tab: { id: 4 } as Runtime.MessageSender['tab'] });
    const noTab = fakePort(portName('pghi'), { id: 'ours' });
    const otherName = fakePort('something', { id: 'ours', tab: { id: 4 } as Runtime.MessageSender['tab'] });
    for (const p of [page, foreign, noTab, otherName]) connect!(p.port);
    for (const p of [foreign, noTab, otherName]) p.disconnect();
    expect(gone).not.toHaveBeenCalled();
    page.disconnect();
    expect(gone).toHaveBeenCalledExactlyOnceWith(4, 'pabc');
  });
});
