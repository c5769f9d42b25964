// "Review with Postcheck" and the toolbar's "?": the background's share of adopting a box no adapter knows.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBoxOffers, MENU_ID, startContextMenu } from '../../../lib/background/context-menu';
import { watchToolbar } from '../../../lib/background/toolbar';
import { lastOfferTab, offerItem } from '../../../lib/drafts/offer';
import { adapters } from '../../../lib/sites';
import { useEnglishMessages } from '../../component/sidepanel/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
});

type Click = (info: Record<string, unknown>, tab?: { id?: number }) => void;

/** The context-menu API as Chromium has it: records the item made and the click listener. */
function fakeMenus() {
  const created: Record<string, unknown>[] = [];
  const listeners: Click[] = [];
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation((() => Promise.resolve()) as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((props: Record<string, unknown>, done?: () => void) => {
    created.push(props);
    done?.();
    return props.id;
  }) as never);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((fn: Click) => void listeners.push(fn)) as never);
  return { created, click: (info: Record<string, unknown>, tab?: { id?: number }) => listeners.forEach((fn) => fn(info, tab)) };
}

describe('the context-menu item', () => {
  test('is made for editable fields of the three sites only, the pages the content scripts run on', async () => {
    const menus = fakeMenus();
    startContextMenu(() => undefined);
    await vi.waitFor(() => expect(menus.created).toHaveLength(1));
    expect(menus.created[0]).toMatchObject({ id: MENU_ID, title: 'Review with Postcheck', contexts: ['editable'] });
    expect((menus.created[0]!.documentUrlPatterns as string[]).sort()).toEqual(adapters.flatMap((a) => a.matches).sort());
  });

  test('a click opens the panel at once and asks the clicked frame to adopt the box', async () => {
    const menus = fakeMenus();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => Promise.resolve({ ok: true })) as never);
    const opened: number[] = [];
    startContextMenu((tabId) => opened.push(tabId));
    menus.click({ menuItemId: MENU_ID, frameId: 2, editable: true, targetElementId: 41, pageUrl: 'https://x.com/home' }, { id: 5 });
    expect(opened).toEqual([5]);
    expect(sent).toHaveBeenCalledWith(5, { type: 'composer:adopt', payload: { targetElementId: 41 } }, { frameId: 2 });
    // Another extension's item, or a click with no tab: nothing.
    menus.click({ menuItemId: 'other', frameId: 0, editable: true }, { id: 5 });
    menus.click({ menuItemId: MENU_ID, frameId: 0, editable: true });
    expect(sent).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([5]);
  });
});

describe('the offer of an unrecognised box', () => {
  test('shows on the toolbar icon of its tab only, and goes with its box', async () => {
    watchToolbar();
    const offers = createBoxOffers();
    await offers.offer(4, 0, 'x', 'x.com', 'cbox1');
    expect(await offerItem(4).getValue()).toMatchObject({ tabId: 4, frameId: 0, boxId: 'cbox1', network: 'x', host: 'x.com' });
    expect(await lastOfferTab.getValue()).toBe(4);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('?'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toMatch(/box it does not recognise/);

    // Another box's "gone" (an older offer) leaves this one standing.
    await offers.withdraw(4, 'cbox0');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('?');

    await offers.withdraw(4, 'cbox1');
    expect(await offerItem(4).getValue()).toBeNull();
    expect(await lastOfferTab.getValue()).toBeNull();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe(''));
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe('Open the Postcheck checklist');
  });

  test('a tab that navigates or closes withdraws it whatever the box; a malformed id is refused', async () => {
    const offers = createBoxOffers();
    await offers.offer(4, 0, 'linkedin', 'www.linkedin.com', 'cbox1');
    await offers.withdraw(4);
    expect(await offerItem(4).getValue()).toBeNull();
    await offers.offer(4, 0, 'x', 'x.com', '<img src=x>');
    await offers.offer(4, 0, 'x', 'x.com', 42);
    expect(await offerItem(4).getValue()).toBeNull();
  });
});
