// @vitest-environment happy-dom
// The badge opens the panel where the browser lets a page ask for it (Chromium), and in Firefox, where
// only the toolbar button, its shortcut or a menu may open the sidebar, says how instead.
import { afterEach, expect, test, vi } from 'vitest';
import { createBadge } from '../../../lib/content/badge';

const trustedClick = () => {
  const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  return click;
};

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

test('Chromium: a click opens the panel, and the label is the verdict alone', () => {
  const open = vi.fn();
  const badge = createBadge(open, { sidebarHint: false });
  document.body.append(badge.host);
  badge.set({ verdict: 'consider', open: 2, empty: false });
  const button = badge.host.shadowRoot!.querySelector('button')!;
  expect(button.getAttribute('aria-label')).toBe('Postcheck: 2 to consider');
  button.dispatchEvent(trustedClick());
  expect(open).toHaveBeenCalledTimes(1);
  expect(badge.host.shadowRoot!.querySelector('.tip')).toBeNull();
});

test('Firefox: the label says how to open the sidebar, and a click shows it as a tip for a while', () => {
  vi.useFakeTimers();
  const open = vi.fn();
  const badge = createBadge(open, { sidebarHint: true });
  document.body.append(badge.host);
  badge.set({ verdict: 'fix', open: 1, empty: false });
  const button = badge.host.shadowRoot!.querySelector('button')!;
  expect(button.getAttribute('aria-label')).toMatch(/^Postcheck: 1 to fix\. Open the Postcheck sidebar .*Alt\+Shift\+P/);
  expect(button.title).toBe(button.getAttribute('aria-label'));
  button.dispatchEvent(trustedClick());
  expect(open).not.toHaveBeenCalled();
  const tip = badge.host.shadowRoot!.querySelector<HTMLElement>('.tip[role="status"]')!;
  expect(tip.hidden).toBe(false);
  expect(tip.textContent).toContain('Alt+Shift+P');
  vi.advanceTimersByTime(5000);
  expect(tip.hidden).toBe(true);
});

test('a click the page made up is ignored in both', () => {
  for (const sidebarHint of [false, true]) {
    const open = vi.fn();
    const badge = createBadge(open, { sidebarHint });
    document.body.append(badge.host);
    badge.host.shadowRoot!.querySelector('button')!.click();
    expect(open).not.toHaveBeenCalled();
    expect(badge.host.shadowRoot!.querySelector('.tip')).toBeNull();
  }
});

test('a state the badge already shows writes nothing to it; a changed one does, whatever came between', async () => {
  const badge = createBadge(vi.fn(), { sidebarHint: false });
  document.body.append(badge.host);
  badge.set({ verdict: 'consider', open: 2, empty: false });
  const button = badge.host.shadowRoot!.querySelector('button')!;
  const writes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => writes.push(...records));
  observer.observe(badge.host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  // Every keystroke's answer, the same review: nothing changes on the page.
  for (let i = 0; i < 5; i++) badge.set({ verdict: 'consider', open: 2, empty: false });
  await Promise.resolve();
  writes.push(...observer.takeRecords());
  expect(writes).toEqual([]);
  badge.set({ verdict: 'consider', open: 3, empty: false });
  expect(button.getAttribute('aria-label')).toBe('Postcheck: 3 to consider');
  badge.set(null);
  expect(button.getAttribute('aria-label')).toBe('Postcheck: reviewing…');
  badge.set({ verdict: 'consider', open: 3, empty: false });
  expect(button.getAttribute('aria-label')).toBe('Postcheck: 3 to consider');
  badge.set({ verdict: 'consider', open: 3, empty: false, incomplete: true });
  expect(button.hasAttribute('data-incomplete')).toBe(true);
  badge.set('idle');
  expect(button.getAttribute('aria-label')).toMatch(/click into the box/);
  observer.disconnect();
});
