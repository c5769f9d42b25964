// The background's message dispatch: each message the background takes reaches its own handler with its
// payload read from the wire; other messages, other senders and malformed payloads are not answered; a
// handler's failure is logged once and goes back to the sender.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { backgroundHandlers, createAnswer } from '../../../lib/background/messages';
import type { HandlerDeps, ToBackground } from '../../../lib/background/messages';
import type { BadgeState } from '../../../lib/messaging/protocol';
import { readNudges } from '../../../lib/habits/nudges';
import { defaultRules } from '../../../lib/settings/defaults';

const OWN_ID = 'postcheck-id';
const OWN_ORIGIN = 'chrome-extension://postcheck-id/';
const BADGE: BadgeState = { verdict: 'consider', open: 2, empty: false };

/** A content script in tab 7 on X (frame 3), the side panel (no tab), and the options page opened as tab 9. */
const onX: Browser.runtime.MessageSender = { id: OWN_ID, tab: { id: 7 } as Browser.tabs.Tab, frameId: 3, url: 'https://x.com/home' };
const panel: Browser.runtime.MessageSender = { id: OWN_ID, url: `${OWN_ORIGIN}sidepanel.html` };
const optionsTab: Browser.runtime.MessageSender = { id: OWN_ID, tab: { id: 9 } as Browser.tabs.Tab, url: `${OWN_ORIGIN}options.html` };

function setup(overrides: Partial<HandlerDeps> = {}) {
  const rules = defaultRules('en');
  const deps = {
    rules: vi.fn(() => Promise.resolve(rules)),
    locale: 'en' as const,
    service: {
      update: vi.fn(() => Promise.resolve(BADGE)),
      gone: vi.fn(() => Promise.resolve()),
      dismiss: vi.fn((tabId: number, composerId: string) => Promise.resolve({ tabId, composerId, state: BADGE })),
      chooseGoal: vi.fn((tabId: number, composerId: string) => Promise.resolve({ tabId, composerId, state: BADGE })),
    },
    offers: { offer: vi.fn(() => Promise.resolve(null)), withdraw: vi.fn(() => Promise.resolve(null)) },
    recordHabit: vi.fn(() => Promise.resolve()),
    openPanel: vi.fn(),
    panelOpen: vi.fn(() => false),
    tellBadge: vi.fn(),
    ...overrides,
  };
  const answer = createAnswer(backgroundHandlers(deps), OWN_ID, OWN_ORIGIN);
  return {
    deps,
    rules,
    answer,
    send: (type: string, payload: unknown, sender: Browser.runtime.MessageSender) => answer({ type, payload }, sender),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('each message the background takes is routed to its handler', () => {
  test('draft:update: the draft service reviews it for the sender tab and host; the reply is the badge', async () => {
    const { deps, send } = setup();
    const update = { composerId: 'p1-0', network: 'x', kind: 'post', text: 'Hello' };
    await expect(send('draft:update', update, onX)).resolves.toEqual(BADGE);
    expect(deps.service.update).toHaveBeenCalledExactlyOnceWith(7, 'x.com', update);
  });

  test('draft:update: with a side panel open the answer says so, and the content script sends every key', async () => {
    const { send } = setup({ panelOpen: () => true });
    const update = { composerId: 'p1-0', network: 'x', kind: 'post', text: 'Hello' };
    await expect(send('draft:update', update, onX)).resolves.toEqual({ ...BADGE, panel: true });
  });

  test("content:config: the sender page's network's share of the rules, whatever network the payload names", async () => {
    const { deps, rules, send } = setup();
    const config = await send('content:config', { network: 'linkedin' }, onX);
    expect(config).toEqual({
      enabled: rules.networks.x.enabled,
      repostMode: rules.repost.mode.x,
      starter: rules.repost.starters.en[0],
      replyStarter: rules.repost.replyStarters.en[0],
      postGate: rules.postGate,
      quietUntil: 0,
      gateRests: false,
    });
    expect(deps.rules).toHaveBeenCalledOnce();
  });

  test("content:config: the sender page's network's nudges, as counted", async () => {
    const nudges = readNudges({ x: { commentStreak: 1, quietUntil: 5000, readyStreak: 3 }, linkedin: { readyStreak: 1 } });
    const { send } = setup({ nudges: () => Promise.resolve(nudges) });
    await expect(send('content:config', { network: 'x' }, onX)).resolves.toMatchObject({ quietUntil: 5000, gateRests: true });
    await expect(send('content:config', { network: 'x' }, { ...onX, url: 'https://www.linkedin.com/feed/' })).resolves.toMatchObject({
      quietUntil: 0,
      gateRests: false,
    });
  });

  test("habit:count: counted for the sender page's network, with the rules' nudge limits", async () => {
    const { deps, rules, send } = setup();
    await expect(send('habit:count', { network: 'facebook', kind: 'comment' }, onX)).resolves.toBeNull();
    expect(deps.recordHabit).toHaveBeenCalledExactlyOnceWith('x', 'comment', rules.nudges);
    await expect(send('habit:count', { kind: 'ready' }, onX)).resolves.toBeNull();
    expect(deps.recordHabit).toHaveBeenLastCalledWith('x', 'ready', rules.nudges);
    await expect(send('habit:count', { kind: 'unready' }, onX)).resolves.toBeNull();
    expect(deps.recordHabit).toHaveBeenLastCalledWith('x', 'unready', rules.nudges);
    expect(send('habit:count', { kind: 'posted' }, onX)).toBeUndefined();
    expect(deps.recordHabit).toHaveBeenCalledTimes(3);
  });

  test('draft:gone: the composer of the sender tab', async () => {
    const { deps, send } = setup();
    await expect(send('draft:gone', { composerId: 'p1-4' }, onX)).resolves.toBeNull();
    expect(deps.service.gone).toHaveBeenCalledExactlyOnceWith(7, 'p1-4');
  });

  test('box:offer and box:gone: offered from the sender frame with its network and host, withdrawn by id', async () => {
    const { deps, send } = setup();
    await expect(send('box:offer', { boxId: 'p1-box-2' }, onX)).resolves.toBeNull();
    expect(deps.offers.offer).toHaveBeenCalledExactlyOnceWith(7, 3, 'x', 'x.com', 'p1-box-2');
    await expect(send('box:gone', { boxId: 'p1-box-2' }, onX)).resolves.toBeNull();
    expect(deps.offers.withdraw).toHaveBeenCalledExactlyOnceWith(7, 'p1-box-2');
  });

  test('panel:open: the panel opens on the sender tab before anything is awaited', () => {
    const { deps, send } = setup();
    const reply = send('panel:open', {}, onX);
    expect(deps.openPanel).toHaveBeenCalledExactlyOnceWith(7);
    return expect(reply).resolves.toBeNull();
  });

  test("draft:dismiss: from the panel, for the named tab's draft; the badge is told the new state", async () => {
    const { deps, send } = setup();
    await expect(send('draft:dismiss', { tabId: 4, composerId: 'p2-0', checkId: 'length', dismissed: true }, panel)).resolves.toBeNull();
    expect(deps.service.dismiss).toHaveBeenCalledExactlyOnceWith(4, 'p2-0', 'length', true);
    expect(deps.tellBadge).toHaveBeenCalledExactlyOnceWith(4, 'p2-0', BADGE);
    // Anything but true restores.
    await send('draft:dismiss', { tabId: 4, composerId: 'p2-0', checkId: 'length', dismissed: 'yes' }, panel);
    expect(deps.service.dismiss).toHaveBeenLastCalledWith(4, 'p2-0', 'length', false);
  });

  test("draft:goal: from the panel, a goal id or none for the named tab's draft; the badge is told the new state", async () => {
    const { deps, send } = setup();
    await expect(send('draft:goal', { tabId: 4, composerId: 'p2-0', goal: 'brand' }, panel)).resolves.toBeNull();
    expect(deps.service.chooseGoal).toHaveBeenCalledExactlyOnceWith(4, 'p2-0', 'brand');
    expect(deps.tellBadge).toHaveBeenCalledExactlyOnceWith(4, 'p2-0', BADGE);
    await send('draft:goal', { tabId: 4, composerId: 'p2-0', goal: null }, panel);
    expect(deps.service.chooseGoal).toHaveBeenLastCalledWith(4, 'p2-0', null);
    // Not a goal id: no answer, nothing chosen.
    for (const goal of [undefined, 7, 'x'.repeat(41)]) {
      expect(send('draft:goal', { tabId: 4, composerId: 'p2-0', goal }, panel)).toBeUndefined();
    }
    expect(send('draft:goal', { tabId: 4, composerId: 'p2-0', goal: 'brand' }, onX)).toBeUndefined();
    expect(deps.service.chooseGoal).toHaveBeenCalledTimes(2);
  });

  test('every message the background takes is covered above', () => {
    const covered: ToBackground[] = [
      'draft:update',
      'content:config',
      'habit:count',
      'draft:gone',
      'box:offer',
      'box:gone',
      'panel:open',
      'draft:dismiss',
      'draft:goal',
    ];
    expect(Object.keys(backgroundHandlers(setup().deps)).sort()).toEqual([...covered].sort());
  });
});

describe('what is not answered', () => {
  test("unknown types, messages meant for content scripts, Object's own keys and non-messages", () => {
    const { deps, answer, send } = setup();
    for (const type of ['nope', 'config:changed', 'badge:set', 'composer:insert', 'box:adopt', 'toString', 'constructor', '__proto__']) {
      expect(send(type, {}, onX), type).toBeUndefined();
    }
    expect(answer(null, onX)).toBeUndefined();
    expect(answer('draft:gone', onX)).toBeUndefined();
    expect(answer({ payload: {} }, onX)).toBeUndefined();
    for (const fn of [...Object.values(deps.service), ...Object.values(deps.offers), deps.recordHabit, deps.openPanel, deps.rules]) {
      expect(fn).not.toHaveBeenCalled();
    }
  });

  test('another extension, or a sender without a tab where one is needed', () => {
    const { deps, send } = setup();
    expect(send('draft:gone', { composerId: 'p1-4' }, { ...onX, id: 'other-extension' })).toBeUndefined();
    expect(send('panel:open', {}, panel)).toBeUndefined();
    expect(send('content:config', {}, { id: OWN_ID, frameId: 3, url: 'https://x.com/home' })).toBeUndefined(); // onX without its tab
    expect(deps.openPanel).not.toHaveBeenCalled();
    expect(deps.rules).not.toHaveBeenCalled();
  });

  test('drafts and boxes only from content scripts, dismissals only from our own pages', () => {
    const { deps, send } = setup();
    const update = { composerId: 'p1-0', network: 'x', kind: 'post', text: 'Hello' };
    expect(send('draft:update', update, optionsTab)).toBeUndefined();
    expect(send('box:offer', { boxId: 'p1-box-2' }, optionsTab)).toBeUndefined();
    expect(send('box:gone', { boxId: 'p1-box-2' }, optionsTab)).toBeUndefined();
    expect(send('draft:dismiss', { tabId: 4, composerId: 'p2-0', checkId: 'length', dismissed: true }, onX)).toBeUndefined();
    expect(deps.service.update).not.toHaveBeenCalled();
    expect(deps.offers.offer).not.toHaveBeenCalled();
    expect(deps.offers.withdraw).not.toHaveBeenCalled();
    expect(deps.service.dismiss).not.toHaveBeenCalled();
  });

  test('payloads of the wrong shape, or a page speaking for another network or none', () => {
    const { deps, send } = setup();
    const onExample: Browser.runtime.MessageSender = { ...onX, url: 'https://example.com/' };
    expect(send('draft:update', { composerId: 'p1-0', network: 'linkedin', kind: 'post', text: 'Hi' }, onX)).toBeUndefined();
    expect(send('draft:update', { composerId: 'no spaces!', network: 'x', kind: 'post', text: 'Hi' }, onX)).toBeUndefined();
    expect(send('draft:update', null, onX)).toBeUndefined();
    expect(send('habit:count', { kind: 'boast' }, onX)).toBeUndefined();
    expect(send('habit:count', null, onX)).toBeUndefined();
    expect(send('habit:count', { kind: 'plain' }, onExample)).toBeUndefined();
    expect(send('content:config', {}, onExample)).toBeUndefined();
    expect(send('draft:gone', { composerId: 4 }, onX)).toBeUndefined();
    expect(send('box:offer', { boxId: 5 }, onX)).toBeUndefined();
    expect(send('box:offer', { boxId: 'p1-box-2' }, onExample)).toBeUndefined();
    expect(send('box:gone', {}, onX)).toBeUndefined();
    expect(send('draft:dismiss', { tabId: '4', composerId: 'p2-0', checkId: 'length' }, panel)).toBeUndefined();
    expect(send('draft:dismiss', undefined, panel)).toBeUndefined();
    for (const fn of [...Object.values(deps.service), ...Object.values(deps.offers), deps.recordHabit, deps.rules]) {
      expect(fn).not.toHaveBeenCalled();
    }
  });
});

describe('a handler that fails', () => {
  test('is logged once per error, and the sender gets the failure as its reply', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = new Error('storage.session is full (dispatch test)');
    const { send } = setup({
      service: { update: vi.fn(() => Promise.reject(error)), gone: vi.fn(), dismiss: vi.fn(), chooseGoal: vi.fn() },
    });
    const update = { composerId: 'p1-0', network: 'x', kind: 'post', text: 'Hello' };
    await expect(send('draft:update', update, onX)).rejects.toBe(error);
    await expect(send('draft:update', update, onX)).rejects.toBe(error);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[Postcheck] draft:update:', error);
  });

  test('a handler that throws at once is caught: logged once, a failed reply, nothing thrown into the listener', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = new Error('no rules (dispatch test)');
    const { send } = setup({
      rules: () => {
        throw error;
      },
    });
    let reply: Promise<unknown> | undefined;
    expect(() => (reply = send('content:config', {}, onX))).not.toThrow();
    await expect(reply).rejects.toBe(error);
    await expect(send('content:config', {}, onX)).rejects.toBe(error);
    expect(warn).toHaveBeenCalledExactlyOnceWith('[Postcheck] content:config:', error);
  });

  test('an offer that cannot be stored is logged and answered null', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = new Error('quota (dispatch test)');
    const { send } = setup({ offers: { offer: vi.fn(() => Promise.reject(error)), withdraw: vi.fn() } });
    await expect(send('box:offer', { boxId: 'p1-box-2' }, onX)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledExactlyOnceWith('[Postcheck] box:offer:', error);
  });
});
