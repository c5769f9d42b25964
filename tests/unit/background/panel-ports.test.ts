// Open side panels get each review at once over their port (issue 14: the panel within 100 ms of a key
// while storage is written a few times a second); only our own pages' panel ports are served.
import { expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { watchPanelPorts } from '../../../lib/background/panel-ports';
import { PANEL_PORT } from '../../../lib/messaging/panel-port';
import type { TabDraft } from '../../../lib/drafts/state';
import { fakePort } from '../../support/fake-port';

const OWN = 'chrome-extension://ours/';
const draft = { tabId: 3, composerId: 'p1-0', text: 'Hello' } as TabDraft;

test('each draft goes to every open panel of ours, and stops with its port', () => {
  let connect: ((port: Browser.runtime.Port) => void) | undefined;
  const panels = watchPanelPorts((l) => (connect = l), OWN);
  const panel = fakePort(PANEL_PORT, { id: 'ours', url: `${OWN}sidepanel.html` });
  const second = fakePort(PANEL_PORT, { id: 'ours', url: `${OWN}sidepanel.html` });
  // A content script shares our id, but its page is the site's; another port name is not a panel.
  const page = fakePort(PANEL_PORT, { id: 'ours', url: 'https://x.com/home', tab: { id: 3 } as Browser.tabs.Tab });
  const other = fakePort('postcheck:page:p1', { id: 'ours', url: `${OWN}sidepanel.html` });
  for (const p of [panel, second, page, other]) connect!(p.port);

  panels.publish(3, draft);
  panels.publish(3, null);
  expect(panel.posted).toEqual([
    { tabId: 3, draft },
    { tabId: 3, draft: null },
  ]);
  expect(second.posted).toEqual(panel.posted);
  expect(page.posted).toEqual([]);
  expect(other.posted).toEqual([]);

  panel.disconnect();
  panels.publish(4, null);
  expect(panel.posted).toHaveLength(2);
  expect(second.posted).toHaveLength(3);
});

test('a port that fails as it is sent to is dropped, and the others still get the draft', () => {
  let connect: ((port: Browser.runtime.Port) => void) | undefined;
  const panels = watchPanelPorts((l) => (connect = l), OWN);
  const broken = fakePort(PANEL_PORT, { id: 'ours', url: `${OWN}sidepanel.html` });
  let tries = 0;
  (broken.port as { postMessage: (m: unknown) => void }).postMessage = () => {
    tries++;
    throw new Error('Attempting to use a disconnected port object');
  };
  const fine = fakePort(PANEL_PORT, { id: 'ours', url: `${OWN}sidepanel.html` });
  connect!(broken.port);
  connect!(fine.port);
  panels.publish(1, draft);
  panels.publish(1, draft);
  expect(tries).toBe(1);
  expect(fine.posted).toHaveLength(2);
});
