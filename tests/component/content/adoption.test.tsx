// @vitest-environment happy-dom
// Boxes the person adopts, on their own (issue 16: small pieces with an injected clock): "Review with
// Postcheck" adopts the box the browser names (Firefox) or the one right-clicked within MENU_WINDOW_MS;
// a box no adapter knows that the person types into is offered, and withdrawn when it goes, is adopted
// or Postcheck stands down; nothing is adopted while Postcheck is not watching.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boxAdoption, MENU_WINDOW_MS } from '../../../lib/content/adoption';
import type { Clock } from '../../../lib/content/clock';
import type { Composers, Tracked } from '../../../lib/content/composers';
import type { SiteAdapter } from '../../../lib/sites/types';

let now = 0;
const clock: Clock = { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined };

beforeEach(() => {
  fakeBrowser.reset();
  now = 0;
});
afterEach(() => {
  Reflect.deleteProperty(fakeBrowser, 'menus');
  document.body.innerHTML = '';
});

const adapter = {
  network: 'x',
  editorSelector: '[data-testid=tweetTextarea_0]',
  composerOf: () => null,
} as unknown as SiteAdapter;

function setup({ watching = true } = {}) {
  document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea><input id="c" type="checkbox">';
  const engaged: HTMLElement[] = [];
  const tracked = new Map<HTMLElement, Tracked>();
  const composers: Pick<Composers, 'adopted' | 'found' | 'tracked'> = {
    adopted: new WeakSet(),
    tracked,
    found: vi.fn((box: HTMLElement) => {
      tracked.set(box, { engage: () => engaged.push(box) } as unknown as Tracked);
    }),
  };
  const port = { request: vi.fn(() => Promise.resolve(null)) };
  const signal = new AbortController();
  const boxes = boxAdoption(adapter, composers, port, () => watching, clock);
  boxes.watch(signal.signal);
  const box = (id: string) => document.getElementById(id)!;
  return { boxes, composers, tracked, engaged, port, box, signal };
}

const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const rightClick = (el: Element, isTrusted = true) => {
  const event = new MouseEvent('contextmenu', { bubbles: true, composed: true });
  el.dispatchEvent(isTrusted ? trusted(event) : event);
};
/** The person types into `box`: their key, then the input it makes (the box in sight, as happy-dom has no layout). */
const typeInto = (box: HTMLElement) => {
  box.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 300, height: 80 });
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  box.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, key: 'a' })));
  box.dispatchEvent(trusted(new InputEvent('input', { bubbles: true })));
};
const requests = (port: { request: { mock: { calls: unknown[][] } } }) => port.request.mock.calls.map(([type]) => type);

test('"Review with Postcheck" adopts the box right-clicked last, within MENU_WINDOW_MS; it is tracked and engaged', () => {
  const { boxes, composers, engaged, box } = setup();
  rightClick(box('a'));
  now = MENU_WINDOW_MS;
  expect(boxes.adoptMenuTarget(undefined)).toBe(true);
  expect(composers.adopted.has(box('a'))).toBe(true);
  expect(engaged).toEqual([box('a')]);
});

test('a right-click older than MENU_WINDOW_MS, a script’s right-click, or one outside a text box adopts nothing', () => {
  const { boxes, box, composers } = setup();
  rightClick(box('a'));
  now = MENU_WINDOW_MS + 1;
  expect(boxes.adoptMenuTarget(undefined)).toBe(false);
  rightClick(box('b'), false);
  expect(boxes.adoptMenuTarget(undefined)).toBe(false);
  rightClick(box('c'));
  expect(boxes.adoptMenuTarget(undefined)).toBe(false);
  expect(composers.found).not.toHaveBeenCalled();
});

test("Firefox's handle for the menu's element comes before the remembered right-click", () => {
  const { boxes, box, engaged } = setup();
  const getTargetElement = vi.fn((id: number) => (id === 7 ? box('b') : null));
  Object.assign(fakeBrowser, { menus: { getTargetElement } });
  rightClick(box('a'));
  expect(boxes.adoptMenuTarget(7)).toBe(true);
  expect(engaged).toEqual([box('b')]);
  // No element for the handle: the right-click it is.
  expect(boxes.adoptMenuTarget(8)).toBe(true);
  expect(engaged).toEqual([box('b'), box('a')]);
});

test('nothing is adopted while Postcheck does not watch the page, nor a box no longer in it', () => {
  const off = setup({ watching: false });
  rightClick(off.box('a'));
  expect(off.boxes.adoptMenuTarget(undefined)).toBe(false);
  expect(off.composers.found).not.toHaveBeenCalled();

  const { boxes, box, composers } = setup();
  const a = box('a');
  rightClick(a);
  a.remove();
  expect(boxes.adoptMenuTarget(undefined)).toBe(false);
  expect(composers.found).not.toHaveBeenCalled();
});

test('a box no adapter knows that the person types into is offered; adopted by its id, the offer is withdrawn', async () => {
  const { boxes, box, port, engaged } = setup();
  boxes.focused(box('a'));
  typeInto(box('a'));
  expect(requests(port)).toEqual(['box:offer']);
  const [, { boxId }] = port.request.mock.calls[0] as unknown as [string, { boxId: string }];
  expect(boxes.adoptOffered('p-other')).toBe(false);
  expect(boxes.adoptOffered(boxId)).toBe(true);
  expect(engaged).toEqual([box('a')]);
  expect(port.request).toHaveBeenLastCalledWith('box:gone', { boxId });
  // Adopted once: the same id adopts nothing more.
  expect(boxes.adoptOffered(boxId)).toBe(false);
  await Promise.resolve();
});

test('the offer is withdrawn when its box leaves the page, and when Postcheck stands down', async () => {
  const { boxes, box, port } = setup();
  boxes.focused(box('a'));
  typeInto(box('a'));
  box('a').remove();
  await vi.waitFor(() => expect(requests(port)).toEqual(['box:offer', 'box:gone']));

  boxes.focused(box('b'));
  typeInto(box('b'));
  boxes.stop();
  expect(requests(port)).toEqual(['box:offer', 'box:gone', 'box:offer', 'box:gone']);
  // Standing down forgets the right-click too.
  rightClick(box('b'));
  boxes.stop();
  expect(boxes.adoptMenuTarget(undefined)).toBe(false);
});

test('an adopted box the site took out and put back is tracked again when it gets focus', () => {
  const { boxes, box, composers, engaged, tracked } = setup();
  rightClick(box('a'));
  boxes.adoptMenuTarget(undefined);
  tracked.clear();
  boxes.focused(box('a'));
  expect(composers.found).toHaveBeenCalledTimes(2);
  expect(engaged).toEqual([box('a')]);
});
