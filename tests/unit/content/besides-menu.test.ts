// The share prompt goes beside the site's menu and never over it, so the site's own items stay in reach.
import { expect, test } from 'vitest';
import { besideMenu } from '../../../lib/content/share-prompt';

const view = { width: 1280, height: 800 };
const overlaps = (menu: { left: number; right: number; top: number; bottom: number }, at: { left: number; top: number }) =>
  at.left < menu.right && at.left + 240 > menu.left && at.top < menu.bottom && at.top + 250 > menu.top;

test('right of the menu where there is room, else left, else below, else above', () => {
  expect(besideMenu({ left: 100, right: 300, top: 200, bottom: 300 }, view)).toEqual({ left: 308, top: 200 });
  expect(besideMenu({ left: 900, right: 1200, top: 200, bottom: 300 }, view)).toEqual({ left: 652, top: 200 });
  // A menu as wide as the window (LinkedIn's 2026 menu spans the post): below it, then above it.
  expect(besideMenu({ left: 0, right: 1280, top: 100, bottom: 300 }, view)).toEqual({ left: 8, top: 308 });
  // Above by the prompt's height with its reply action (measured 232 px in Chromium, budgeted 250).
  expect(besideMenu({ left: 0, right: 1280, top: 500, bottom: 700 }, view)).toEqual({ left: 8, top: 242 });
});

test('never over the menu while the window has room on any side', () => {
  for (const menu of [
    { left: 0, right: 1280, top: 100, bottom: 300 },
    { left: 0, right: 1280, top: 500, bottom: 790 },
    { left: 500, right: 700, top: 0, bottom: 800 },
    { left: 20, right: 1100, top: 300, bottom: 400 },
  ]) {
    expect(overlaps(menu, besideMenu(menu, view)), JSON.stringify(menu)).toBe(false);
  }
});
