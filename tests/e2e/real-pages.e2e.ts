// The built extension on the real saved pages of ../shared/real-pages (read from there, never copied
// here): each composer pages.json lists is marked `network:kind` on appearance, gets its badge, and the
// side panel reviews the draft exactly as typed; editors that are not composers (chats) stay unmarked.
// The adapter-level checks (Post button, selector counts) are in tests/sites/real-pages.test.ts.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, DRAFT, OPEN, REAL, UNSUPPORTED, present } from '../sites/real-pages';
import { NO_PROBLEMS, type ExtensionSession } from './harness';
import { openWithContentClock } from './support/content-clock';
import { settled } from './support/settled';
import { launchWithPanel, type SidePanel } from './pages/side-panel';
import { setRules } from './support/rules';
import { badgeAgreesWithPanel, badgeVerdict } from './support/badge';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let ext: ExtensionSession;
let panel: SidePanel;
beforeAll(async () => {
  if (present) ({ ext, panel } = await launchWithPanel());
});
afterAll(() => ext?.close());

// Reported as skipped, never as passed, where the pages are not there.
if (!present) it.skip(`${REAL} is absent: no real pages to test`, () => {});

describe.skipIf(!present)('the extension on real pages', () => {
  for (const c of cases) {
    const unsupported = UNSUPPORTED[c.page.id];
    it(c.name + (unsupported ? ` (unsupported: ${unsupported})` : ''), async () => {
      // The harness serves from tests/fixtures/pages: the real page is named relative to it.
      ext.servePage(c.page.url, relative(FIXTURE_DIR, REAL + c.page.file));
      // A chat's content script on a clock the test moves, to run its timed windows out.
      const { page, clock } =
        !unsupported && c.kind === null ? await openWithContentClock(ext, c.page.url) : { page: await ext.page(c.page.url) };
      await OPEN[c.page.id]?.(page);
      const editor = page.locator(c.editor).nth(c.nth);
      await editor.waitFor({ state: 'attached' });
      if (unsupported) {
        // No adapter supports this editor: typed into, it is offered for review (the toolbar and the
        // panel ask) while nothing marks it; "Review this box" adopts it and the panel reviews the draft.
        await editor.click();
        await page.keyboard.type(DRAFT);
        const review = panel.page.getByRole('button', { name: 'Review this box' });
        await review.waitFor();
        expect(await editor.getAttribute('data-postcheck')).toBeNull();
        expect(await page.locator('postcheck-badge').count()).toBe(0);
        await review.click();
        await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(`${c.kind!.split(':')[0]}:post`);
        await expect.poll(() => panel.draftText()).toContain(DRAFT);
      } else if (c.kind === null) {
        // A chat: focused and typed into, it stays unmarked and gains no badge — while the page's
        // composers (if any) are marked, which shows the content script did run here.
        const composers = cases.filter((o) => o.page === c.page && o.kind);
        for (const o of composers) await expect.poll(() => page.locator(o.editor).nth(o.nth).getAttribute('data-postcheck')).toBe(o.kind);
        const badges = page.locator('postcheck-badge');
        const before = await badges.count();
        await editor.click();
        await page.keyboard.type('see you at 5');
        // Past every timed window of the content script, on its clock, and the frames and task after:
        // a chat taken for a composer would be marked by then.
        await clock!.advance(10_000);
        await settled(page);
        expect(await editor.getAttribute('data-postcheck')).toBeNull();
        expect(await badges.count()).toBe(before);
      } else {
        await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(c.kind);
        await editor.click();
        await page.keyboard.type(DRAFT);
        const [network, kind] = c.kind.split(':');
        await expect.poll(() => panel.root.getAttribute('data-network')).toBe(network);
        await expect.poll(() => panel.root.getAttribute('data-kind')).toBe(kind);
        await expect.poll(() => panel.draftText()).toContain(DRAFT);
        expect(await badgeAgreesWithPanel(panel.page, editor)).toMatch(/\w/);
      }
      // The saved pages ask for their images, styles and fonts, all refused: only errors count here.
      const { pageErrors, consoleErrors } = ext.problems();
      expect({ pageErrors, consoleErrors: consoleErrors.filter((e) => !/Failed to load resource/.test(e)) }).toEqual({
        pageErrors: NO_PROBLEMS.pageErrors,
        consoleErrors: NO_PROBLEMS.consoleErrors,
      });
      await page.close();
    });
  }
});

// The post gate on the site's own Post/send button, where the saved page has one: with the gate on and a
// draft to fix, the first click on that button brings up the nudge — so the button is found on real markup.
describe.skipIf(!present)('the post gate on real pages', () => {
  // (An unsupported editor has no gate until adopted: the pages of UNSUPPORTED name no Post button.)
  for (const c of cases.filter((o) => o.kind && o.post && !UNSUPPORTED[o.page.id])) {
    it(`${c.page.id}: ${c.post}`, async () => {
      // The gate on, and personal data made a point to fix on every network.
      await setRules(ext, (r) => {
        r.postGate = 'nudge';
        for (const n of Object.values(r.networks)) n.severity.privacy = 'fail';
      });
      ext.servePage(c.page.url, relative(FIXTURE_DIR, REAL + c.page.file));
      const page = await ext.page(c.page.url);
      await OPEN[c.page.id]?.(page);
      const editor = page.locator(c.editor).nth(c.nth);
      await expect.poll(() => editor.getAttribute('data-postcheck')).toBe(c.kind);
      await editor.click();
      await page.keyboard.type('Questions about the guide? Write to jane.doe@example.com any time.');
      await expect.poll(() => panel.root.getAttribute('data-verdict')).toBe('fix');
      // The gate decides from the page's own copy of the verdict, which comes after the panel's.
      await expect.poll(() => badgeVerdict(editor)).toBe('fix');
      expect(await page.locator('postcheck-gate').count()).toBe(0);
      const post = page.locator(c.post!).first();
      // Facebook's saved page has no stand-in for its own script, which enables the send button once
      // there is text: do that here, as the X and LinkedIn pages' stand-in does.
      await post.evaluate((el) => el.removeAttribute('aria-disabled'));
      await post.click();
      await expect.poll(() => page.locator('postcheck-gate').count()).toBe(1);
      await setRules(ext, () => undefined);
      const { pageErrors } = ext.problems();
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }
});
