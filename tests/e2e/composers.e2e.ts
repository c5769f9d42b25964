// Every composer the adapters support, in the built extension: the editor is marked with its network
// and kind, the badge shows up by it, and the side panel reviews the typed draft — on English, German
// and Swedish pages alike, with nothing leaving the browser and no error reaching the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { composerCases } from '../sites/cases';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { launchWithPanel, type SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';
import { badgeAgreesWithPanel } from './support/badge';
import { openWithContentClock } from './support/content-clock';
import { settled } from './support/settled';
import { RESIZE_CHECKS } from '../../lib/content/resize-probe';

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => ({ ext, panel } = await launchWithPanel()));
afterAll(() => ext?.close());

/**
 * Where every element around the editor's badge is, and how tall the page is, with the badge there and
 * with it taken out: the two must be the same (the badge takes no place in the site's layout).
 */
function layoutWithAndWithoutBadge(editor: Locator) {
  return editor.evaluate((el) => {
    let badge: Element | null = null;
    for (let node: Element | null = el; node && !badge; node = node.parentElement) badge = node.querySelector('postcheck-badge');
    const scope = badge!.parentElement!.parentElement ?? badge!.parentElement!;
    const measure = () => [
      document.documentElement.scrollHeight,
      ...[...scope.querySelectorAll('*')]
        .filter((n) => n !== badge && !badge!.contains(n))
        .map((n) => {
          const r = n.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        }),
    ];
    const withBadge = measure();
    const parent = badge!.parentElement!;
    const next = badge!.nextSibling;
    badge!.remove();
    const without = measure();
    parent.insertBefore(badge!, next);
    return { withBadge, without };
  });
}

const DRAFT = 'Here is what we learned shipping weekly: write decisions down, because memory fades. What do you think?';

describe.each(composerCases)('$name', (c) => {
  let page: Page;
  it(`is marked ${c.network}:${c.kind} and reviewed live`, async () => {
    ext.servePage(c.url, c.file);
    page = await ext.page(c.url);
    await c.open?.(page);
    const editor = page.locator(c.editor);
    // Marked on appearance, before anyone types.
    await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(`${c.network}:${c.kind}`);
    await editor.click();
    await page.keyboard.type(DRAFT);

    await expect.poll(() => panel.root.getAttribute('data-network')).toBe(c.network);
    await expect.poll(() => panel.root.getAttribute('data-kind')).toBe(c.kind);
    await expect.poll(() => panel.draftText()).toContain('memory fades. What do you think?');
    // A quote is judged on the comment it adds; the value check reads every kind.
    await expect.poll(() => panel.status('value')).toBe('pass');
    if (c.kind === 'quote') expect(await panel.status('share-comment')).toBe('pass');
    // The badge and the panel read the same review.
    await badgeAgreesWithPanel(panel.page, editor);
    const layout = await layoutWithAndWithoutBadge(editor);
    expect(layout.withBadge).toEqual(layout.without);
    expect(ext.problems()).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

it('stands down on a site whose network is switched off, and comes back when it is switched on', async () => {
  ext.servePage('https://x.com/home', 'x-home.html');
  const { page, clock } = await openWithContentClock(ext, 'https://x.com/home');
  const editor = page.locator('main [data-testid=tweetTextarea_0]');
  await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('x:post');
  const traces = () =>
    page.evaluate(() => ({
      marked: document.querySelectorAll('[data-postcheck]').length,
      badges: document.querySelectorAll('postcheck-badge').length,
      sheets: document.adoptedStyleSheets.length,
    }));
  const before = await traces();
  expect(before.marked).toBeGreaterThan(0);

  await setRules(ext, (r) => {
    r.networks.x.enabled = false;
  });
  // Nothing of Postcheck is left on the page: no mark, no badge, no stylesheet.
  await expect.poll(traces).toEqual({ marked: 0, badges: 0, sheets: 0 });
  // And nothing is watching: a composer added now stays unmarked, focused and typed in.
  // The fixture's own compose modal (X opens it in #layers), opened by a script rather than a click.
  await page.evaluate(() => (window as unknown as { openComposer(id: string, quote: boolean): void }).openComposer('', false));
  await page.locator('#layers [contenteditable]').click();
  await page.keyboard.type('Still here?');
  // Past every timed window of the content script (the first seconds of a page, a click's second), on
  // its clock, then the frames and task after: a composer still watched would be marked by then.
  await clock.advance(10_000);
  await settled(page);
  expect(await traces()).toEqual({ marked: 0, badges: 0, sheets: 0 });

  await setRules(ext, () => undefined);
  await expect.poll(() => editor.getAttribute('data-postcheck')).toBe('x:post');
  await expect.poll(() => page.locator('#layers [contenteditable]').getAttribute('data-postcheck')).toBe('x:post');
  await expect.poll(async () => (await traces()).badges).toBe(2);
  expect((await traces()).sheets).toBe(1);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});

it('marks a composer that a client-side navigation brings at once, and one that appears of itself before it is painted', async () => {
  ext.servePage('https://x.com/home', 'x-home.html');
  // The content script's time is moved by the test: past a watched window at once, with no race against its timer.
  const { page, clock } = await openWithContentClock(ext, 'https://x.com/home');
  await expect.poll(() => page.locator('main [data-testid=tweetTextarea_0]').getAttribute('data-postcheck')).toBe('x:post');
  // Past the first seconds after load, which are watched closely anyway (the content script's 3 s, and a margin).
  await clock.advance(3300);
  const insert = (navigate: boolean) =>
    page.evaluate(async (navigate) => {
      // Two frames first, so the page has been laid out since the last box went: ResizeObserver reports a
      // size that differs from the last one it reported, and a box removed and another added within one
      // frame (no real time passes while the test moves the content script's clock) would leave none.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const column = document.querySelector('main [aria-label]')!;
      const wrap = document.createElement('div');
      wrap.innerHTML = document.querySelector('main [data-testid=tweetTextarea_0RichTextInputContainer]')!.outerHTML;
      const editor = wrap.querySelector<HTMLElement>('[contenteditable]')!;
      editor.removeAttribute('data-postcheck');
      if (navigate) history.pushState({}, '', `/status/${Date.now()}`);
      column.prepend(wrap);
      // The observers' callbacks run at this microtask checkpoint, before any frame.
      await null;
      const atOnce = editor.hasAttribute('data-postcheck');
      // A task posted from the next animation frame runs once that frame is laid out and painted.
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
      const byFirstPaint = editor.hasAttribute('data-postcheck');
      wrap.remove();
      return { atOnce, byFirstPaint };
    }, navigate);
  expect(await insert(true)).toEqual({ atOnce: true, byFirstPaint: true });
  // The navigation keeps the page watched for its first seconds, like a page that loads. Past them, a
  // composer that makes the page longer is marked in the frame that lays it out, before it is painted.
  await clock.advance(3300);
  expect(await insert(false)).toEqual({ atOnce: false, byFirstPaint: true });

  // A click outside a text field (on "Reply", "Comment"…) has the page watched for a second: marked at once.
  await page.locator('[data-testid=tweetText]').first().click();
  expect(await insert(false)).toEqual({ atOnce: true, byFirstPaint: true });
  // Typing does not: neither the click into the editor nor its spaces and new lines (past the click's second first).
  await clock.advance(1200);
  await page.locator('main [data-testid=tweetTextarea_0]').click();
  await page.keyboard.type('Spaces and new lines ');
  await page.keyboard.press('Enter');
  expect(await insert(false)).toEqual({ atOnce: false, byFirstPaint: true });

  // A page that grows in every frame: the resize check rests (after more than RESIZE_CHECKS frames that
  // found nothing, lib/content/resize-probe.ts), and the style engine still reports the composer, a frame later.
  await page.evaluate(async (checks) => {
    const filler = document.createElement('div');
    document.body.append(filler);
    const grow = () => {
      filler.append(document.createElement('p'));
      (window as unknown as { __grow: number }).__grow = requestAnimationFrame(grow);
    };
    grow();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < checks + 2; i++) await frame();
  }, RESIZE_CHECKS);
  const late = await page.evaluate(async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = document.querySelector('main [data-testid=tweetTextarea_0RichTextInputContainer]')!.outerHTML;
    const editor = wrap.querySelector<HTMLElement>('[contenteditable]')!;
    editor.removeAttribute('data-postcheck');
    document.querySelector('main [aria-label]')!.prepend(wrap);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 3; i++) await frame();
    cancelAnimationFrame((window as unknown as { __grow: number }).__grow);
    return editor.hasAttribute('data-postcheck');
  });
  expect(late).toBe(true);
  expect(ext.problems()).toEqual(NO_PROBLEMS);
  await page.close();
});
